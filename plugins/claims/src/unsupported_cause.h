#pragma once
// claims/unsupported-cause: a motive, cause or responsibility presented as fact (GUIDELINES.md
// §1). The shapes:
//
//   asserted cause        "has led to", "giving rise to", "because of", "In response, NATO has"
//   pinned responsibility "Propagated primarily by the United States"
//   motive read off acts  "reflects NATO's ambitions to extend its influence"
//   ascribed motive       "aims to", "seeks to", "to justify", "for the sole reason of",
//                         "What Trump really meant", "Iran's ambitions to"
//   ascribed will         "The Pentagon is not eager to tangle"

#include "claim_match.h"
#include "sentence_words.h"

#include <vector>

namespace parallax::claims {

std::vector<ClaimMatch> find_unsupported_causes(const SentenceWords& s);

} // namespace parallax::claims
