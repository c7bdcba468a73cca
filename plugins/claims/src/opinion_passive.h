#pragma once
// Passives of opinion verbs for claims/weasel-attribution: which forms of "be" make a passive,
// where the "by" of its agent is, and whether a participle holds a view ("is widely believed",
// "are framed as", "has been criticized") rather than reporting an event ("was signed").

#include "sentence_words.h"

#include <cstddef>

namespace parallax::claims {

/// be, is, are, was, were, been, being.
bool is_passive_be(const SentenceWords& s, std::ptrdiff_t i);

/// The first "by" after a participle, within its clause: "viewed with skepticism by many";
/// -1 when there is none or it belongs to a later verb ("believed to be haunted by spirits").
std::ptrdiff_t by_agent(const SentenceWords& s, std::ptrdiff_t participle);

/// A participle `p` after the auxiliary `be` that holds a view: which ones need what after
/// them ("it is expected that" but not "is expected to"; "is considered" before a complement).
bool passive_reads_as_opinion(const SentenceWords& s, std::ptrdiff_t be, std::ptrdiff_t p);

} // namespace parallax::claims
