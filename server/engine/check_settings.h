#pragma once
// How one draft is checked: which plugins and rules run, at which severity, with which options.
// Configuration (.parallax.json, editor settings, front matter) resolves to one of these; the
// default-constructed value runs every built-in rule at its default severity.

#include "parallax/diagnostic.h"
#include "parallax/options.h"
#include "parallax/plugin_interface.h"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace parallax {

struct RuleSetting {
    bool enabled = true;
    std::optional<Severity> severity; // nullopt: the rule's default severity
};

struct CheckSettings {
    /// By rule id ("claims/vague-quantity") or plugin id ("framing"); a rule's own entry wins
    /// over its plugin's.
    std::map<std::string, RuleSetting, std::less<>> rules;
    /// By plugin id.
    std::map<std::string, Options, std::less<>> options;
    /// Rule packs and shared-object plugins the configuration loaded, run after the built-ins.
    std::vector<std::shared_ptr<const Plugin>> extra_plugins;

    /// Whether `rule_id` runs, and at which severity (`fallback` when not configured).
    bool enabled(std::string_view rule_id) const;
    Severity severity(std::string_view rule_id, Severity fallback) const;
    /// The options of `plugin_id` (empty when none are set).
    const Options& options_for(std::string_view plugin_id) const;
};

} // namespace parallax
