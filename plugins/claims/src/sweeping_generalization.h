#pragma once
// claims/sweeping-generalization: a country, people or group — or "the region" — described as a
// whole, habitually or by nature, as fact (GUIDELINES.md §1):
//
//   collective subject                      habitual or stative predicate
//   "Countries in the region, …,"           "often prioritize sovereignty"
//   "Asian nations"                         "distrust Western alliances"
//   "Europeans"                             "have always preferred …"
//   "The North Koreans, who"                "are very eccentric"
//
// Past events ("Asian nations signed the accord") and hedged or prescribed predicates are not
// generalisations.

#include "claim_match.h"
#include "sentence_words.h"

#include <vector>

namespace parallax::claims {

std::vector<ClaimMatch> find_sweeping_generalizations(const SentenceWords& s);

} // namespace parallax::claims
