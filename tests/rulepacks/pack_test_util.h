#pragma once
// Loads a rule pack from text and runs it on a draft, keeping what it reports.

#include "parallax/rulepacks/rule_pack.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace parallax::rulepacks::test {

class CollectingReporter final : public Reporter {
public:
    void report(Diagnostic diagnostic) override { diagnostics.push_back(std::move(diagnostic)); }
    std::vector<Diagnostic> diagnostics;
};

struct Finding {
    std::string rule;
    std::string text; // what the range covers
    Diagnostic diagnostic;
};

/// The pack, or a test failure naming the error.
inline std::shared_ptr<const Plugin> pack_of(std::string_view text) {
    auto result = parse_rule_pack(text);
    if (auto* error = std::get_if<PackError>(&result)) {
        ADD_FAILURE() << "pack rejected at " << error->line << ":" << error->column << " "
                      << error->key << ": " << error->message;
        return nullptr;
    }
    return std::get<std::shared_ptr<const Plugin>>(result);
}

/// The error a pack is rejected with (an empty error, and a test failure, when it is accepted).
inline PackError error_of(std::string_view text) {
    auto result = parse_rule_pack(text);
    if (auto* error = std::get_if<PackError>(&result)) {
        return *error;
    }
    ADD_FAILURE() << "pack accepted:\n" << text;
    return {};
}

inline std::vector<Finding> check(const Plugin& plugin, const std::string& draft,
                                  DocumentFormat format = DocumentFormat::Markdown) {
    const auto document = Document::build(Text(draft), format);
    CollectingReporter reporter;
    // As the engine runs a plugin: the whole draft, then each block for the block rules.
    plugin.check(*document, Options{}, reporter);
    if (plugin.checks_blocks()) {
        for (const Block& block : document->blocks()) {
            plugin.check_block(*document, block, Options{}, reporter);
        }
    }
    std::vector<Finding> out;
    for (Diagnostic& d : reporter.diagnostics) {
        out.push_back({d.rule, std::string(document->slice(d.range)), std::move(d)});
    }
    return out;
}

/// Runs a pack of one rule (given as the JSON of that rule) on a draft.
inline std::vector<Finding> check_rule(std::string_view rule_json, const std::string& draft) {
    const std::string pack = R"({"name": "house", "rules": [)" + std::string(rule_json) + "]}";
    const auto plugin = pack_of(pack);
    if (!plugin) {
        return {};
    }
    return check(*plugin, draft);
}

inline std::vector<std::string> texts(const std::vector<Finding>& findings) {
    std::vector<std::string> out;
    for (const Finding& f : findings) {
        out.push_back(f.text);
    }
    return out;
}

inline const DataValue* data_of(const Diagnostic& d, std::string_view key) {
    for (const auto& [k, v] : d.data) {
        if (k == key) {
            return &v;
        }
    }
    return nullptr;
}

} // namespace parallax::rulepacks::test
