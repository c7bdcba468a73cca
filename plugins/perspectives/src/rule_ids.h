#pragma once
// The perspectives plugin's rule ids.

namespace parallax::perspectives {

inline constexpr const char* kNoRegionalVoice = "perspectives/no-regional-voice";
inline constexpr const char* kMissingSubregions = "perspectives/missing-subregions";
inline constexpr const char* kUnnamedCollective = "perspectives/unnamed-collective";
inline constexpr const char* kOneSidedVoices = "perspectives/one-sided-voices";

} // namespace parallax::perspectives
