#pragma once
// The engine's own rules: findings about suppression comments. Listed by `parallax rules`,
// explained by `parallax explain` and on hover, and configured like any plugin's rules
// ("parallax/unused-suppression": "off").

#include "parallax/plugin_interface.h"

#include <span>
#include <string_view>

namespace parallax {

/// The id the engine's rules share, as a plugin's rules share its id.
inline constexpr std::string_view kEngineId = "parallax";
inline constexpr std::string_view kSuppressionWithoutReason = "parallax/suppression-without-reason";
inline constexpr std::string_view kUnusedSuppression = "parallax/unused-suppression";
inline constexpr std::string_view kUnknownRule = "parallax/unknown-rule";

/// The engine's rules, with summary, rationale and example.
std::span<const RuleInfo> engine_rules();

/// The engine's rules seen as a plugin with id "parallax" whose check finds nothing (the engine
/// reports them itself), so that configuration and `parallax rules` treat them like any other.
const Plugin& engine_rules_plugin();

} // namespace parallax
