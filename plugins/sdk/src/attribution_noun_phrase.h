#pragma once
// The noun phrase of a source, found by walking from a reporting cue over the tokens: leftwards
// from the word before "said" ("a spokesman for the Chinese foreign ministry said"), rightwards
// after an inverted "said" or "according to" ("according to data from the census bureau").
// Heuristic and part-of-speech free: capitalised words, determiners, possessives, a few
// lowercase modifiers and linking prepositions ("of", "for", "within") make a phrase.

#include "attribution_tokens.h"

#include <cstddef>
#include <optional>

namespace parallax::detail::evidence {

/// The phrase whose last word is token `head`, not reaching before token `floor`.
std::optional<TokenSpan> phrase_ending_at(const TokenView& view, std::size_t head,
                                          std::size_t floor);

/// The phrase starting at token `first`, not reaching token `limit`.
std::optional<TokenSpan> phrase_starting_at(const TokenView& view, std::size_t first,
                                            std::size_t limit);

/// Whether a phrase can plausibly be an agent: a pronoun, a name, a determined noun phrase, a
/// plural or an agent noun. Rejects "economic" in "economic stress".
bool plausible_agent(const TokenView& view, TokenSpan phrase);

} // namespace parallax::detail::evidence
