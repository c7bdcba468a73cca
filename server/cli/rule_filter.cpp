#include "rule_filter.h"

#include "parallax/plugin_interface.h"

#include <algorithm>

namespace parallax {
namespace {

bool names(const Plugin& plugin, std::string_view entry) {
    if (plugin.id() == entry) {
        return true;
    }
    const auto rules = plugin.rules();
    return std::any_of(rules.begin(), rules.end(),
                       [&](const RuleInfo& rule) { return rule.id == entry; });
}

bool is_known(std::string_view entry, std::span<const std::shared_ptr<const Plugin>> extras) {
    const auto& plugins = PluginRegistry::instance().plugins();
    return std::any_of(plugins.begin(), plugins.end(),
                       [&](const auto& plugin) { return names(*plugin, entry); }) ||
           std::any_of(extras.begin(), extras.end(),
                       [&](const auto& plugin) { return names(*plugin, entry); });
}

/// A rule matches its own id and its plugin's id (the part before the first '/').
bool matches(std::string_view rule, const std::vector<std::string>& entries) {
    const std::string_view plugin = rule.substr(0, rule.find('/'));
    return std::any_of(entries.begin(), entries.end(),
                       [&](const std::string& entry) { return entry == rule || entry == plugin; });
}

} // namespace

std::variant<RuleFilter, std::string>
RuleFilter::parse(const std::vector<std::string>& select, const std::vector<std::string>& ignore,
                  std::span<const std::shared_ptr<const Plugin>> extra_plugins) {
    std::vector<std::string> unknown;
    for (const auto* list : {&select, &ignore}) {
        for (const auto& entry : *list) {
            if (!is_known(entry, extra_plugins) &&
                std::find(unknown.begin(), unknown.end(), entry) == unknown.end()) {
                unknown.push_back(entry);
            }
        }
    }
    if (!unknown.empty()) {
        std::string message =
            unknown.size() == 1 ? "unknown rule or plugin: " : "unknown rules or plugins: ";
        for (std::size_t i = 0; i < unknown.size(); ++i) {
            message += (i > 0 ? ", '" : "'") + unknown[i] + "'";
        }
        message += " (`parallax rules` lists them)";
        return message;
    }
    RuleFilter filter;
    filter.select_ = select;
    filter.ignore_ = ignore;
    return filter;
}

bool RuleFilter::allows(std::string_view rule) const {
    return (select_.empty() || matches(rule, select_)) && !matches(rule, ignore_);
}

} // namespace parallax
