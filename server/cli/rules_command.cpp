#include "rules_command.h"

#include "parallax/plugin_interface.h"

#include <fmt/format.h>

namespace parallax {

int run_rules(std::ostream& out) {
    for (const auto& plugin : PluginRegistry::instance().plugins()) {
        for (const auto& rule : plugin->rules()) {
            out << fmt::format("{:<36} {:<12} {}\n", rule.id, to_string(rule.default_severity),
                               rule.summary);
        }
    }
    return 0;
}

int run_explain(std::string_view rule_id, std::ostream& out, std::ostream& err) {
    const RuleInfo* rule = PluginRegistry::instance().find_rule(rule_id);
    if (rule == nullptr) {
        err << "parallax: unknown rule '" << rule_id << "'";
        std::string_view sep = "; rules are: ";
        for (const auto& plugin : PluginRegistry::instance().plugins()) {
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
