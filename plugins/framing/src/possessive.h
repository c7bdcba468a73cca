#pragma once
// Possessives the SDK leaves whole in a token ("NATO’s"), stripped before stemming.

#include <string>
#include <string_view>

namespace parallax::framing {

/// `folded` without a trailing possessive ("’s", "'s", or a bare "’"/"'" after an s), or
/// `folded` itself.
std::string_view strip_possessive(std::string_view folded);

} // namespace parallax::framing
