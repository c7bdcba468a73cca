#pragma once
// A place named in a Document's prose. The Document finds its mentions once, when it is built
// (Document::place_mentions()); the gazetteer (gazetteer.h) says what each one names.

#include "parallax/text.h"

#include <cstdint>
#include <string>

namespace parallax {

/// What a mention names.
enum class PlaceKind { Country, Grouping };

/// How a country is named.
enum class MentionForm { Name, Demonym, Capital, Metonym, Abbreviation };

/// A place named in the prose: "Japan's" (Country JP, Name, possessive), "Chinese" (Country CN,
/// Demonym), "Beijing" (Country CN, Capital), "Southeast Asia" (Grouping "South-eastern Asia").
struct PlaceMention {
    ByteRange range;
    PlaceKind kind = PlaceKind::Country;
    MentionForm form = MentionForm::Name;
    std::string id; // ISO code for countries, Grouping::name for groupings
    std::uint32_t sentence = 0;
    std::uint32_t first_token = 0; // index into Document::tokens()
    std::uint32_t token_count = 0;
};

} // namespace parallax
