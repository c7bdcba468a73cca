#pragma once
// How far apart two ids are, for "did you mean …?" suggestions.

#include <cstddef>
#include <string_view>

namespace parallax {

/// The Levenshtein distance: single-byte insertions, deletions and substitutions.
std::size_t edit_distance(std::string_view a, std::string_view b);

} // namespace parallax
