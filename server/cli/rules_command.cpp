#include "rules_command.h"

#include "engine_rules.h"

#include "configuration.h"
#include "engine.h"
#include "lint.h"

#include "parallax/plugin_interface.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <optional>
#include <vector>

namespace parallax {
namespace {

/// The configuration a draft in the current folder would get (without front matter).
std::optional<config::Resolved> resolve_current_folder(const ConfigOptions& options,
                                                       std::ostream& err) {
    config::Resolver resolver(user_settings(options));
    std::error_code ec;
    const std::filesystem::path folder = std::filesystem::current_path(ec);
    config::Resolved resolved = resolver.resolve(folder / "draft.md", "");
    if (report_config_errors(resolved.errors, err)) {
        return std::nullopt;
    }
    return resolved;
}

/// Built-in plugins, then those the configuration loaded.
std::vector<const Plugin*> every_plugin(const CheckSettings& settings) {
    std::vector<const Plugin*> plugins;
    for (const auto& plugin : PluginRegistry::instance().plugins()) {
        plugins.push_back(plugin.get());
    }
    for (const auto& plugin : settings.extra_plugins) {
        plugins.push_back(plugin.get());
    }
    plugins.push_back(&engine_rules_plugin());
    return plugins;
}

/// "on", "off", or the configured severity, with where it was configured.
std::string state_of(const RuleInfo& rule, const config::Resolved& resolved) {
    const CheckSettings& settings = resolved.settings;
    auto origin = resolved.rule_origins.find(rule.id);
    auto setting = settings.rules.find(rule.id);
    if (origin == resolved.rule_origins.end()) {
        const std::string plugin = rule.id.substr(0, rule.id.find('/'));
        origin = resolved.rule_origins.find(plugin);
        setting = settings.rules.find(plugin);
    }
    if (setting == settings.rules.end()) {
        return "on";
    }
    std::string state = !setting->second.enabled ? "off"
                        : setting->second.severity
                            ? std::string(to_string(*setting->second.severity))
                            : "on";
    if (origin != resolved.rule_origins.end()) {
        state += " (" + display_path(origin->second) + ")";
    }
    return state;
}

} // namespace

int run_rules(std::ostream& out, std::ostream& err, const ConfigOptions& config) {
    const auto resolved = resolve_current_folder(config, err);
    if (!resolved) {
        return 2;
    }
    struct Row {
        const RuleInfo* rule;
        std::string state;
    };
    std::vector<Row> rows;
    std::size_t id_width = 36;
    std::size_t state_width = 3;
    for (const Plugin* plugin : every_plugin(resolved->settings)) {
        for (const RuleInfo& rule : plugin->rules()) {
            rows.push_back({&rule, state_of(rule, *resolved)});
            id_width = std::max(id_width, rule.id.size());
            state_width = std::max(state_width, rows.back().state.size());
        }
    }
    for (const Row& row : rows) {
        out << fmt::format("{:<{}} {:<12} {:<{}} {}\n", row.rule->id, id_width,
                           to_string(row.rule->default_severity), row.state, state_width,
                           row.rule->summary);
    }
    return 0;
}

int run_explain(std::string_view rule_id, std::ostream& out, std::ostream& err,
                const ConfigOptions& config) {
    const auto resolved = resolve_current_folder(config, err);
    if (!resolved) {
        return 2;
    }
    const RuleInfo* rule = find_rule(rule_id, resolved->settings);
    if (rule == nullptr) {
        err << "parallax: unknown rule '" << rule_id << "'";
        std::string_view sep = "; rules are: ";
        for (const Plugin* plugin : every_plugin(resolved->settings)) {
            for (const auto& r : plugin->rules()) {
                err << sep << r.id;
                sep = ", ";
            }
        }
        err << '\n';
        return 2;
    }
    out << rule->id << " (" << to_string(rule->default_severity) << ")\n\n"
        << rule->summary << "\n\n"
        << "Why: " << rule->rationale << "\n\n"
        << "Example: " << rule->example << '\n';
    return 0;
}

} // namespace parallax
