#pragma once
// Possessives the SDK leaves whole in a token ("NATO’s"), stripped before stemming. Inline:
// every word of a draft passes through it.

#include <string_view>

namespace parallax::framing {

/// `folded` without a trailing possessive ("’s", "'s", or a bare "’"/"'" after an s), or
/// `folded` itself.
inline std::string_view strip_possessive(std::string_view folded) {
    // Every possessive ends in "s", "'" or the last byte of "’" (E2 80 99): most words do not.
    if (folded.empty() ||
        (folded.back() != 's' && folded.back() != '\'' && folded.back() != '\x99')) {
        return folded;
    }
    for (std::string_view suffix : {std::string_view("\u2019s"), std::string_view("'s")}) {
        if (folded.size() > suffix.size() && folded.ends_with(suffix)) {
            return folded.substr(0, folded.size() - suffix.size());
        }
    }
    for (std::string_view suffix : {std::string_view("s\u2019"), std::string_view("s'")}) {
        if (folded.size() > suffix.size() && folded.ends_with(suffix)) {
            return folded.substr(0, folded.size() - suffix.size() + 1);
        }
    }
    return folded;
}

} // namespace parallax::framing
