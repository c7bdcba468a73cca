#pragma once
// claims/unsourced-specific: specifics a reader would want to check — statistics (counts of
// people, money, shares, large numbers), rankings and superlatives, quotations without a speaker
// — in a sentence with no evidence near (GUIDELINES.md §1).
//
//   statistic     "Forty-four people have been infected", "over $200 billion", "12 percent"
//   superlative   "the largest state sponsor of terrorism", "one of the world's biggest armies"
//   quotation     “…” of six words or more with no speaker in the sentence
//
// Numbers that only locate something in time ("in 2009", "on May 18", "the 1970s", "for two
// decades"), ordinals ("its 75th anniversary") and numbers in names ("World War II",
// "Hwasong-14", "the 2024 summit") are not specifics on their own.

#include "claim_match.h"
#include "sentence_words.h"

#include <vector>

namespace parallax::claims {

std::vector<ClaimMatch> find_unsourced_specifics(const SentenceWords& s);

} // namespace parallax::claims
