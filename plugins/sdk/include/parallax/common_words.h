#pragma once
// The commonest English words, and every form of one printable ASCII character or two
// lowercase ASCII letters or digits (",", "of", "10"), which have the same WordId in every
// Document: the ids below common_words().size(). A plugin can work out what it needs to know of
// them once per process (in a function-local static table) instead of once per Document; the other
// words of a Document have ids from common_words().size() up, numbered in that Document alone.

#include <span>
#include <string_view>

namespace parallax {

struct CommonWord {
    std::string_view folded; // case-folded, as Token::folded
    std::string_view stem;   // its Snowball stem, as Token::stem of a word token
};

/// Indexed by WordId::value. Built on first use (thread-safe), never changed after.
std::span<const CommonWord> common_words();

} // namespace parallax
