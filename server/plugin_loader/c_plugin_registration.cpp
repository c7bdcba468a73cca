#include "c_plugin_registration.h"

#include <cstdio>

namespace parallax::detail {
namespace {

/// The registry owns unique Plugins; the adapter hands out shared ones.
class RegisteredCPlugin final : public Plugin {
public:
    explicit RegisteredCPlugin(std::shared_ptr<const Plugin> plugin) : plugin_(std::move(plugin)) {}
    std::string_view id() const override { return plugin_->id(); }
    std::span<const RuleInfo> rules() const override { return plugin_->rules(); }
    std::span<const OptionInfo> options() const override { return plugin_->options(); }
    void check(const Document& document, const Options& options,
               Reporter& reporter) const override {
        plugin_->check(document, options, reporter);
    }

private:
    std::shared_ptr<const Plugin> plugin_;
};

} // namespace

CPluginRegistration::CPluginRegistration(parallax_plugin_entry_fn entry, const char* name) {
    auto adapted = adapt_c_plugin(entry, std::string("built-in C plugin ") + name);
    if (const auto* error = std::get_if<PluginLoadError>(&adapted)) {
        std::fprintf(stderr, "parallax: %s\n", error->message.c_str());
        return;
    }
    PluginRegistry::instance().add(std::make_unique<RegisteredCPlugin>(
        std::get<std::shared_ptr<const Plugin>>(std::move(adapted))));
}

} // namespace parallax::detail
