#include "engine.h"

#include "suppressions.h"

#include "parallax/plugin_interface.h"

#include <algorithm>
#include <exception>
#include <iterator>
#include <system_error>
#include <thread>
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

/// The shared owner of an extra plugin (built-ins live as long as the registry): null for one.
std::shared_ptr<const Plugin> owner_of(const Plugin& plugin, const CheckSettings& settings) {
    for (const auto& extra : settings.extra_plugins) {
        if (extra.get() == &plugin) {
            return extra;
        }
    }
    return nullptr;
}

bool any_rule_enabled(const Plugin& plugin, const CheckSettings& settings) {
    const auto rules = plugin.rules();
    return rules.empty() || std::any_of(rules.begin(), rules.end(), [&](const RuleInfo& rule) {
               return settings.enabled(rule.id);
           });
}

/// One plugin's part of an analysis, collected on whichever thread ran it.
struct PluginRun {
    const Plugin* plugin = nullptr;
    std::shared_ptr<const Plugin> owner; // for an extra plugin
    Analysis found;
    std::exception_ptr failure;
};

void run_plugin(PluginRun& run, const Document& document, const CheckSettings& settings,
                const std::atomic<bool>* cancel, BlockRulesRun& block_rules) {
    try {
        CollectingReporter reporter(run.found, cancel);
        if (reporter.cancelled()) {
            return;
        }
        const Options& options = settings.options_for(run.plugin->id());
        run.plugin->check(document, options, reporter);
        if (run.plugin->checks_blocks()) {
            block_rules.check(*run.plugin, run.owner, options, reporter);
        }
    } catch (...) {
        run.failure = std::current_exception();
    }
}

} // namespace

Analysis analyze(const Document& document, const CheckSettings& settings,
                 const std::atomic<bool>* cancel, AnalysisCache* cache) {
    std::vector<PluginRun> runs;
    for_each_plugin(settings, [&](const Plugin& plugin) {
        if (any_rule_enabled(plugin, settings)) {
            runs.push_back({&plugin, owner_of(plugin, settings), {}, nullptr});
        }
        return true;
    });
    BlockRulesRun block_rules(document, cache);
    // A draft being edited (it has a cache) is analysed while its writer waits: its plugins run
    // side by side. A batch check runs drafts side by side instead, each plugin after the other.
    const std::size_t threads =
        cache == nullptr ? 1
                         : std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1,
                                                   std::max<std::size_t>(runs.size(), 1));
    std::atomic<std::size_t> next{0};
    const auto work = [&] {
        for (std::size_t i = next.fetch_add(1); i < runs.size(); i = next.fetch_add(1)) {
            run_plugin(runs[i], document, settings, cancel, block_rules);
        }
    };
    {
        std::vector<std::jthread> helpers;
        try {
            for (std::size_t t = 1; t < threads; ++t) {
                helpers.emplace_back(work);
            }
        } catch (const std::system_error&) {
            // No thread to spare: this one does the rest.
        }
        work();
    } // joined
    Analysis result;
    for (PluginRun& run : runs) {
        if (run.failure) {
            std::rethrow_exception(run.failure); // as if the plugin had run on this thread
        }
        std::move(run.found.diagnostics.begin(), run.found.diagnostics.end(),
                  std::back_inserter(result.diagnostics));
        std::move(run.found.summary.begin(), run.found.summary.end(),
                  std::back_inserter(result.summary));
    }
    result.cancelled = cancel != nullptr && cancel->load();
    if (result.cancelled) {
        return result;
    }
    block_rules.commit();
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
