#pragma once
// What an attribution found by pattern still needs: its content when the pattern did not give
// one, the sentences it supports, whether its source is vague, and pronoun sources resolved.

#include "attribution_quotes.h"
#include "attribution_tokens.h"

#include <cstdint>
#include <vector>

namespace parallax::detail::evidence {

/// An attribution as the patterns find it, in token indexes.
struct Found {
    TokenSpan source;
    TokenSpan cue;
    TokenSpan content; // may be empty
    std::uint32_t sentence = 0;
};

/// Turns found attributions into the SDK's Attribution: byte ranges, supports, vague.
std::vector<Attribution> finish(const TokenView& view, const Quotations& quotes,
                                const std::vector<Found>& found);

/// Whether the source phrase names nobody: "critics", "some analysts", "many within the region",
/// "a senior official" — but not "Japanese officials" or "officials at the Pentagon".
bool vague_source(const TokenView& view, TokenSpan source);

} // namespace parallax::detail::evidence
