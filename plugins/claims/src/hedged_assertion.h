#pragma once
// A statement of present or past fact the author hedges instead of supporting (reported under
// claims/hedged-assertion): "coalition forces apparently have done nothing", "the plan seems to
// have failed", "it is probably the largest". The hedge admits the author is unsure; the reader
// still gets no evidence. Predictions ("probably will by 2019", "could provoke") are left alone:
// a forecast cannot be sourced.

#include "claim_match.h"
#include "sentence_words.h"

#include <vector>

namespace parallax::claims {

std::vector<ClaimMatch> find_hedged_assertions(const SentenceWords& s);

} // namespace parallax::claims
