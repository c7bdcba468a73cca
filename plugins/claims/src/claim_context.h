#pragma once
// Whether a stretch of a sentence is the author asserting something as fact: not an opinion
// marked as such ("I believe"), not hedged ("could provoke", "perhaps"), not a prescription
// ("must", "should"), not someone else's quoted words (GUIDELINES.md §1, "Do not flag").

#include "sentence_words.h"

#include <cstddef>

namespace parallax::claims {

/// The author marks the sentence as opinion: "I believe", "in my view", "to my mind".
bool marked_as_opinion(const SentenceWords& s);

/// A title or heading line: no closing punctuation, and every word capitalised but for short
/// function words ("The Best of Eric Margolis", "Japan's Quiet Rearmament"). A headline names
/// its subject; it asserts nothing a reader would check.
bool title_line(const SentenceWords& s);

/// First token of the clause holding token `i`: just after the nearest break punctuation or
/// clause-opening word ("that", "which", "but", "while") before it.
std::ptrdiff_t clause_start(const SentenceWords& s, std::ptrdiff_t i);

/// A hedge ("could", "may", "perhaps", "seems") in the clause of `first`, up to `last` and a few
/// tokens beyond it (the verb a subject governs). `modals` false ignores modal verbs: a number
/// in a hypothetical ("it would take three weapons") is still a specific.
bool hedged(const SentenceWords& s, std::ptrdiff_t first, std::ptrdiff_t last, bool modals = true);

/// Like hedged(), but "can" of ability or habit does not hedge: "some varieties can be made
/// from rice" states what is so, where "some may defect" forecasts.
bool hedged_beyond_ability(const SentenceWords& s, std::ptrdiff_t first, std::ptrdiff_t last);

} // namespace parallax::claims
