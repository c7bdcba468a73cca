#include "parallax/plugin_interface.h"

namespace parallax {

PluginRegistry& PluginRegistry::instance() {
    static PluginRegistry registry;
    return registry;
}

void PluginRegistry::add(std::unique_ptr<Plugin> plugin) {
    if (plugin) {
        plugins_.push_back(std::move(plugin));
    }
}

const RuleInfo* PluginRegistry::find_rule(std::string_view rule_id) const {
    for (const auto& plugin : plugins_) {
        for (const RuleInfo& rule : plugin->rules()) {
            if (rule.id == rule_id) {
                return &rule;
            }
        }
    }
    return nullptr;
}

} // namespace parallax
