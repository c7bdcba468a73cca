#pragma once
// The perspective map of a draft: which countries it mentions, which it lets speak (voices), and
// which regions it discusses.

#include "parallax/document.h"
#include "parallax/gazetteer.h"

#include <span>
#include <string>
#include <vector>

namespace parallax::perspectives {

/// A country the draft mentions, with every mention in text order.
struct MentionedCountry {
    std::string code;
    std::vector<PlaceMention> mentions;
    std::uint32_t sentences = 0; // distinct sentences mentioning it
    bool in_title = false;
    /// A country mentioned in this many sentences is discussed even outside the title.
    static constexpr std::uint32_t kDiscussedSentences = 2;
    /// Central to the draft: in the title, or mentioned in several sentences.
    bool discussed() const { return in_title || sentences >= kDiscussedSentences; }
};

/// A named source from a country: an attribution the gazetteer resolves, not a vague one.
struct Voice {
    std::string country;
    ByteRange source;
};

/// A region the draft is about.
struct DiscussedRegion {
    std::string name;   // UN M49 name or grouping ("Asia-Pacific")
    bool named = false; // discussed by name, not only through its countries
    bool in_title = false;
    std::uint32_t name_mentions = 0;    // mentions of the region's own name
    ByteRange anchor;                   // where document-level findings sit
    std::vector<std::string> countries; // mentioned countries in it, in first-mention order
};

struct PerspectiveMap {
    std::vector<PlaceMention> places;          // every mention, in text order
    std::vector<MentionedCountry> mentioned;   // in first-mention order
    std::vector<Voice> voices;                 // in text order
    std::vector<std::string> voiced;           // distinct voice countries, in first-voice order
    std::vector<DiscussedRegion> regions;      // in order of first mention
    std::uint32_t whole_region_references = 0; // "the region", "regional", "the region's"
    /// The country the draft is mostly about, when one dominates its mentions; empty otherwise.
    std::string home;
    /// Named sources the gazetteer cannot place ("Sanders said"): in a draft about one country
    /// they are most likely its own voices, so its region is not called unvoiced.
    std::uint32_t unplaced_named_sources = 0;

    const MentionedCountry* country(std::string_view code) const;
    bool is_voiced(std::string_view code) const;
};

/// Builds the map from the document's prose and the given attributions (normally
/// Document::attributions(); a source without a country is resolved through the gazetteer).
PerspectiveMap build_perspective_map(const Document& document,
                                     std::span<const Attribution> attributions);

} // namespace parallax::perspectives
