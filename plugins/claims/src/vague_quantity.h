#pragma once
// A vague quantity standing in for a count or a list (reported under
// claims/sweeping-generalization): "many historians accept", "several groups", "some of the
// assumptions", "most Sovietologists". The reader cannot tell how many, or which.

#include "claim_match.h"
#include "sentence_words.h"

#include <vector>

namespace parallax::claims {

std::vector<ClaimMatch> find_vague_quantities(const SentenceWords& s);

} // namespace parallax::claims
