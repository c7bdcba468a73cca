#pragma once
// What the editor shows on a hover over a country or region mention: whether and where the
// draft lets that place speak.
//
//     parallax::perspectives::describe_place_at(*document, offset)
//     // "**Japan** (JP, Eastern Asia): mentioned in 3 sentences; voiced 1 time: “Japan's
//     //  defence ministry” (line 5)."

#include "parallax/document.h"

#include <optional>
#include <string>

namespace parallax::perspectives {

/// Markdown for a hover at `offset`, or nullopt when no country or region is named there.
std::optional<std::string> describe_place_at(const Document& document, ByteOffset offset);

} // namespace parallax::perspectives
