#pragma once
// Whether a stretch of a sentence is the author asserting something as fact: not an opinion
// marked as such ("I believe"), not hedged ("could provoke", "perhaps"), not a prescription
// ("must", "should"), not someone else's quoted words (GUIDELINES.md §1, "Do not flag").

#include "sentence_words.h"

#include <cstddef>

namespace parallax::claims {

/// The author marks the sentence as opinion: "I believe", "in my view", "to my mind".
bool marked_as_opinion(const SentenceWords& s);

/// First token of the clause holding token `i`: just after the nearest break punctuation or
/// clause-opening word ("that", "which", "but", "while") before it.
std::ptrdiff_t clause_start(const SentenceWords& s, std::ptrdiff_t i);

/// A hedge ("could", "may", "perhaps", "seems") in the clause of `first`, up to `last` and a few
/// tokens beyond it (the verb a subject governs). `modals` false ignores modal verbs: a number
/// in a hypothetical ("it would take three weapons") is still a specific.
bool hedged(const SentenceWords& s, std::ptrdiff_t first, std::ptrdiff_t last, bool modals = true);

} // namespace parallax::claims
