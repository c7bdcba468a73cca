#include "c_plugin_adapter.h"

#include "document_view.h"
#include "option_json.h"
#include "plugin_table.h"
#include "report_conversion.h"

#include <exception>

namespace parallax {
namespace {

/// A C plugin seen as a Plugin.
class CPlugin final : public Plugin {
public:
    CPlugin(PluginTable table, std::string origin, std::shared_ptr<const void> keep_alive,
            PluginLog log)
        : keep_alive_(std::move(keep_alive)), table_(std::move(table)),
          notes_("plugin '" + table_.id + "' (" + origin + ")", std::move(log)) {}

    std::string_view id() const override { return table_.id; }
    std::span<const RuleInfo> rules() const override { return table_.rules; }
    std::span<const OptionInfo> options() const override { return table_.options; }

    void check(const Document& document, const Options& options,
               Reporter& reporter) const override {
        if (reporter.cancelled()) {
            return;
        }
        const DocumentView view(document);
        const std::string json = options_json(table_.options, options);
        Call call{*this, document.text().view(), reporter};
        const parallax_reporter c_reporter{sizeof(parallax_reporter), &call, &report, &cancelled};
        try {
            table_.check(&view.view(), json.c_str(), &c_reporter);
        } catch (...) {
            // Only reachable for a plugin written in C++ that broke the ABI's rule; its
            // findings so far stand.
            notes_.note(PluginProblem::Threw, "an exception escaped its check function");
        }
    }

private:
    /// What the reporter callbacks need during one check call.
    struct Call {
        const CPlugin& plugin;
        std::string_view text;
        Reporter& reporter;
    };

    // The callbacks run inside the plugin's C frames: nothing may be thrown through them.
    static void report(void* ctx, const parallax_diagnostic* diagnostic) noexcept {
        const Call& call = *static_cast<const Call*>(ctx);
        try {
            if (auto converted = convert_report(diagnostic, call.plugin.table_.rules, call.text,
                                                call.plugin.notes_)) {
                call.reporter.report(std::move(*converted));
            }
        } catch (const std::exception& e) {
            call.plugin.notes_.note(PluginProblem::Threw,
                                    std::string("a report was lost: ") + e.what());
        } catch (...) {
            call.plugin.notes_.note(PluginProblem::Threw, "a report was lost");
        }
    }

    static int cancelled(void* ctx) noexcept {
        const Call& call = *static_cast<const Call*>(ctx);
        try {
            return call.reporter.cancelled() ? 1 : 0;
        } catch (...) {
            return 1;
        }
    }

    // Declared first, destroyed last: the library stays loaded until nothing can call into it.
    std::shared_ptr<const void> keep_alive_;
    PluginTable table_;
    PluginNotes notes_;
};

bool is_builtin_id(std::string_view id) {
    for (const auto& plugin : PluginRegistry::instance().plugins()) {
        if (plugin->id() == id) {
            return true;
        }
    }
    return false;
}

} // namespace

std::variant<std::shared_ptr<const Plugin>, PluginLoadError>
adapt_c_plugin(parallax_plugin_entry_fn entry, std::string origin,
               std::shared_ptr<const void> keep_alive, PluginLog log) {
    if (entry == nullptr) {
        return PluginLoadError{PluginLoadError::Kind::MissingSymbol, origin,
                               origin + ": no entry point " PARALLAX_PLUGIN_ENTRY_SYMBOL};
    }
    auto table = read_plugin_table(entry(PARALLAX_PLUGIN_ABI_VERSION), origin);
    if (auto* failed = std::get_if<PluginLoadError>(&table)) {
        return std::move(*failed);
    }
    PluginTable& checked = std::get<PluginTable>(table);
    if (is_builtin_id(checked.id)) {
        return PluginLoadError{PluginLoadError::Kind::Invalid, origin,
                               origin + ": plugin id '" + checked.id +
                                   "' is taken by a built-in plugin: choose another one"};
    }
    return std::make_shared<const CPlugin>(std::move(checked), std::move(origin),
                                           std::move(keep_alive), std::move(log));
}

} // namespace parallax
