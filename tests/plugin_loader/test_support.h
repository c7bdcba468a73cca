#pragma once
// Helpers for the plugin loader tests.

#include "shared_object_plugin.h"

#include "parallax/plugin.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <variant>
#include <vector>

extern "C" const struct parallax_plugin_v1* misbehaving_plugin_entry(uint32_t host_abi_version);

namespace parallax::test {

class CollectingReporter final : public Reporter {
public:
    explicit CollectingReporter(bool cancel = false) : cancel_(cancel) {}
    void report(Diagnostic diagnostic) override { diagnostics.push_back(std::move(diagnostic)); }
    bool cancelled() const override { return cancel_; }
    std::vector<Diagnostic> diagnostics;

private:
    bool cancel_;
};

using LoadResult = std::variant<std::shared_ptr<const Plugin>, PluginLoadError>;

/// The plugin, or null after a test failure naming the error.
inline std::shared_ptr<const Plugin> loaded(const LoadResult& result) {
    if (const auto* error = std::get_if<PluginLoadError>(&result)) {
        ADD_FAILURE() << "load failed: " << error->message;
        return nullptr;
    }
    return std::get<std::shared_ptr<const Plugin>>(result);
}

/// The error; after a test failure, a placeholder when the load succeeded instead.
inline PluginLoadError failed(const LoadResult& result) {
    if (const auto* error = std::get_if<PluginLoadError>(&result)) {
        return *error;
    }
    ADD_FAILURE() << "loaded, but an error was expected";
    return PluginLoadError{PluginLoadError::Kind::NotFound, "", ""};
}

inline std::shared_ptr<const Document> markdown(std::string text) {
    return Document::build(Text(std::move(text)), DocumentFormat::Markdown);
}

} // namespace parallax::test
