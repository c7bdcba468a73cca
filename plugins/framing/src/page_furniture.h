#pragma once
// Page furniture: lines of a scraped page that repeat because of its layout, not its rhetoric.
// A poll question shown three times, or thirty photo captions opening "Hide Caption 3 of 30
// Photos: Mass shooting at ...", are not a writer repeating a frame; the framing rules skip them.

#include "parallax/text.h"

#include <cstdint>
#include <vector>

namespace parallax::framing {

struct FurnitureOptions {
    /// A line of at least this many words that recurs word for word is furniture...
    std::uint32_t min_repeated_line_words = 8;
    /// ...and so are lines that open with the same `prefix_words` words, when at least
    /// `min_prefix_lines` lines do (captions and listings; a writer's anaphora repeats two or
    /// three words, not six).
    std::uint32_t prefix_words = 6;
    std::uint32_t min_prefix_lines = 3;
};

/// One flag per line of `text` (Text::line_count()): whether the line is furniture. Words are
/// compared case-folded (ASCII) with numbers left out, so numbered captions match. Linear in
/// the length of the text.
std::vector<bool> furniture_lines(const Text& text, const FurnitureOptions& options = {});

} // namespace parallax::framing
