#pragma once
// The claims rules as `parallax rules` and `parallax explain` show them.

#include "parallax/plugin_interface.h"

#include <span>
#include <string_view>

namespace parallax::claims {

inline constexpr std::string_view kWeaselRule = "claims/weasel-attribution";
inline constexpr std::string_view kSweepingRule = "claims/sweeping-generalization";
inline constexpr std::string_view kSpecificRule = "claims/unsourced-specific";
inline constexpr std::string_view kCauseRule = "claims/unsupported-cause";
inline constexpr std::string_view kHedgeRule = "claims/hedged-assertion";

std::span<const RuleInfo> claims_rules();

} // namespace parallax::claims
