#include "engine.h"

#include "suppressions.h"

#include "parallax/plugin_interface.h"

#include <algorithm>
#include <tuple>

namespace parallax {
namespace {

class CollectingReporter final : public Reporter {
public:
    CollectingReporter(Analysis& out, const std::atomic<bool>* cancel)
        : out_(out), cancel_(cancel) {}
    void report(Diagnostic diagnostic) override {
        out_.diagnostics.push_back(std::move(diagnostic));
    }
    void summarize(std::string key, DataValue value) override {
        out_.summary.emplace_back(std::move(key), std::move(value));
    }
    bool cancelled() const override { return cancel_ != nullptr && cancel_->load(); }

private:
    Analysis& out_;
    const std::atomic<bool>* cancel_;
};

/// Built-in plugins first, then the settings' extra plugins.
template <class Visit> void for_each_plugin(const CheckSettings& settings, Visit visit) {
    for (const auto& plugin : PluginRegistry::instance().plugins()) {
        if (!visit(*plugin)) {
            return;
        }
    }
    for (const auto& plugin : settings.extra_plugins) {
        if (!visit(*plugin)) {
            return;
        }
    }
}

bool any_rule_enabled(const Plugin& plugin, const CheckSettings& settings) {
    const auto rules = plugin.rules();
    return rules.empty() || std::any_of(rules.begin(), rules.end(), [&](const RuleInfo& rule) {
               return settings.enabled(rule.id);
           });
}

} // namespace

Analysis analyze(const Document& document, const CheckSettings& settings,
                 const std::atomic<bool>* cancel) {
    Analysis result;
    CollectingReporter reporter(result, cancel);
    for_each_plugin(settings, [&](const Plugin& plugin) {
        if (reporter.cancelled()) {
            return false;
        }
        if (any_rule_enabled(plugin, settings)) {
            plugin.check(document, settings.options_for(plugin.id()), reporter);
        }
        return true;
    });
    result.cancelled = reporter.cancelled();
    if (result.cancelled) {
        return result;
    }
    const auto disabled = [&](const Diagnostic& d) { return !settings.enabled(d.rule); };
    std::erase_if(result.diagnostics, disabled);
    // After the settings, so that a suppression of a rule that is off suppresses nothing; then
    // the settings again, for the engine's own findings.
    apply_suppressions(document, settings, result.diagnostics);
    std::erase_if(result.diagnostics, disabled);
    for (Diagnostic& d : result.diagnostics) {
        d.severity = settings.severity(d.rule, d.severity);
    }
    std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                     [](const Diagnostic& a, const Diagnostic& b) {
                         return std::tie(a.range.start, a.range.end, a.rule) <
                                std::tie(b.range.start, b.range.end, b.rule);
                     });
    return result;
}

const RuleInfo* find_rule(std::string_view rule_id, const CheckSettings& settings) {
    for (const RuleInfo& rule : engine_rules()) {
        if (rule.id == rule_id) {
            return &rule;
        }
    }
    const RuleInfo* found = nullptr;
    for_each_plugin(settings, [&](const Plugin& plugin) {
        for (const RuleInfo& rule : plugin.rules()) {
            if (rule.id == rule_id) {
                found = &rule;
                return false;
            }
        }
        return true;
    });
    return found;
}

const Plugin* find_plugin(std::string_view plugin_id, const CheckSettings& settings) {
    const Plugin* found = nullptr;
    for_each_plugin(settings, [&](const Plugin& plugin) {
        if (plugin.id() == plugin_id) {
            found = &plugin;
        }
        return found == nullptr;
    });
    return found;
}

std::string hover_at(const Document& document, std::span<const Diagnostic> diagnostics,
                     ByteOffset offset, const CheckSettings& settings) {
    std::vector<std::string> parts;
    for (const Diagnostic& d : diagnostics) {
        // A caret at the end of a finding's range still belongs to it.
        if (offset < d.range.start || d.range.end < offset) {
            continue;
        }
        std::string part = "**" + d.message + "** `" + d.rule + "`";
        if (const RuleInfo* rule = find_rule(d.rule, settings)) {
            part += "\n\n" + rule->summary + " " + rule->rationale;
        }
        parts.push_back(std::move(part));
    }
    for_each_plugin(settings, [&](const Plugin& plugin) {
        if (auto note = plugin.hover(document, offset)) {
            parts.push_back(std::move(*note));
        }
        return true;
    });
    std::string out;
    for (const auto& part : parts) {
        out += (out.empty() ? "" : "\n\n---\n\n") + part;
    }
    return out;
}

} // namespace parallax
