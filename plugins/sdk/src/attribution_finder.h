#pragma once
// Who said what: the attributions of a Document, found over its sentences and tokens.
//
//     "Japan's defence ministry said in a statement that it welcomed the move."
//      source "Japan's defence ministry", cue "said in a statement", content "it welcomed the move"
//
// Patterns: a subject and a reporting verb ("X said", "X has warned", "X declined to say"); an
// inverted verb after a quotation or clause ("…,” said X"); a trailing report (", he said"); a
// passive report ("was first reported by MSNBC"); phrases whose source follows ("according to
// X", "in the words of X"); a speaker before a colon and a quotation ("Smith: “…”"); findings of
// studies and data ("a study by X found", "data from X show"). Linear in the number of tokens.

#include "parallax/document.h"

#include <vector>

namespace parallax::detail {

/// Every attribution of `doc` in text order (by cue), with supports and the vague flag set;
/// `country` is left empty.
std::vector<Attribution> find_attributions(const Document& doc);

} // namespace parallax::detail
