#include "check_settings.h"

namespace parallax {
namespace {

std::string_view plugin_of(std::string_view rule_id) {
    return rule_id.substr(0, rule_id.find('/'));
}

const RuleSetting* find_setting(const CheckSettings& settings, std::string_view rule_id) {
    if (auto own = settings.rules.find(rule_id); own != settings.rules.end()) {
        return &own->second;
    }
    if (auto plugin = settings.rules.find(plugin_of(rule_id)); plugin != settings.rules.end()) {
        return &plugin->second;
    }
    return nullptr;
}

} // namespace

bool CheckSettings::enabled(std::string_view rule_id) const {
    const RuleSetting* setting = find_setting(*this, rule_id);
    return setting == nullptr || setting->enabled;
}

Severity CheckSettings::severity(std::string_view rule_id, Severity fallback) const {
    const RuleSetting* setting = find_setting(*this, rule_id);
    return setting != nullptr && setting->severity ? *setting->severity : fallback;
}

const Options& CheckSettings::options_for(std::string_view plugin_id) const {
    static const Options none;
    auto found = options.find(plugin_id);
    return found == options.end() ? none : found->second;
}

} // namespace parallax
