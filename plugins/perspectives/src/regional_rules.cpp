#include "regional_rules.h"

#include "rule_ids.h"

#include <algorithm>
#include <string>

namespace parallax::perspectives {

namespace {

/// At most this many related locations per finding: the ones that matter, not every mention.
constexpr std::size_t kMaxRelated = 6;
/// "The region" as a whole must come up this often before its missing parts are a finding.
constexpr std::uint32_t kWholeRegionReferences = 2;
/// A draft whose mentions of a region's countries go this much to one country is about it.
constexpr double kSingleCountryShare = 0.7;

std::string country_name(std::string_view code) {
    const Country* c = Gazetteer::instance().country(code);
    return c != nullptr ? c->name : std::string(code);
}

/// "A", "A and B", "A, B and C".
std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) {
            out += i + 1 == items.size() ? " and " : ", ";
        }
        out += items[i];
    }
    return out;
}

std::vector<const MentionedCountry*> countries_in(const PerspectiveMap& map,
                                                  const DiscussedRegion& region) {
    const Gazetteer& g = Gazetteer::instance();
    std::vector<const MentionedCountry*> out;
    for (const auto& c : map.mentioned) {
        if (g.in_region(c.code, region.name)) {
            out.push_back(&c);
        }
    }
    return out;
}

/// Related locations: the first mention of each country, with a note ("is mentioned here but
/// never quoted").
void relate_mentions(Diagnostic& d, const std::vector<const MentionedCountry*>& countries,
                     std::string_view note) {
    for (const auto* c : countries) {
        if (d.related.size() >= kMaxRelated || c->mentions.empty()) {
            continue;
        }
        d.related.push_back({c->mentions.front().range, country_name(c->code) + std::string(note)});
    }
}

/// Whether a mention of a country or grouping covers a part of a region: a country in it, the
/// part itself, a grouping within it ("Melanesia"), or an institution speaking for it ("ASEAN").
bool covers(const Gazetteer& g, const PlaceMention& mention, std::string_view part) {
    if (mention.kind == PlaceKind::Country) {
        return g.in_region(mention.id, part);
    }
    const Grouping* grouping = g.grouping(mention.id);
    return mention.id == part || g.within(mention.id, part) ||
           (grouping != nullptr && grouping->kind == GroupingKind::Institution &&
            std::ranges::find(grouping->parts, part) != grouping->parts.end());
}

/// A draft about one country of the region: its title names one ("Japan's defence strategy"),
/// or one country takes most of the region's mentions. An outside actor in the title ("America's
/// pivot to Asia") leaves the draft about the region.
bool about_one_country(const std::vector<const MentionedCountry*>& countries) {
    if (std::ranges::any_of(countries, [](const MentionedCountry* c) { return c->in_title; })) {
        return true;
    }
    std::uint32_t total = 0;
    std::uint32_t top = 0;
    for (const auto* c : countries) {
        total += c->sentences;
        top = std::max(top, c->sentences);
    }
    return total >= 3 && static_cast<double>(top) >= kSingleCountryShare * total;
}

} // namespace

std::vector<Diagnostic> find_unvoiced_regions(const Document& /*document*/,
                                              const PerspectiveMap& map) {
    std::vector<Diagnostic> out;
    for (const auto& region : map.regions) {
        const auto countries = countries_in(map, region);
        if (std::ranges::any_of(countries, [&](const auto* c) { return map.is_voiced(c->code); })) {
            continue;
        }
        if (map.unplaced_named_sources > 0 && !map.home.empty() &&
            Gazetteer::instance().in_region(map.home, region.name)) {
            continue; // "Sanders said" in a draft about the United States
        }
        Diagnostic d;
        d.rule = kNoRegionalVoice;
        d.severity = Severity::Warning;
        d.range = region.anchor;
        d.message = "The draft discusses " + region.name +
                    " but quotes no one from it: add a named source from the region (an "
                    "official, scholar, outlet or organisation) and attribute their view.";
        relate_mentions(d, countries, " is mentioned here but never quoted");
        d.data.emplace_back("region", region.name);
        out.push_back(std::move(d));
    }
    return out;
}

std::vector<Diagnostic> find_missing_subregions(const Document& /*document*/,
                                                const PerspectiveMap& map) {
    const Gazetteer& g = Gazetteer::instance();
    std::vector<Diagnostic> out;
    if (map.whole_region_references < kWholeRegionReferences) {
        return out;
    }
    // Only the draft's main region: the one in its title, else the one it names most.
    const DiscussedRegion* main = nullptr;
    for (const auto& region : map.regions) {
        if (!region.named) {
            continue;
        }
        if (main == nullptr || (region.in_title && !main->in_title) ||
            (region.in_title == main->in_title && region.name_mentions > main->name_mentions)) {
            main = &region;
        }
    }
    const Grouping* grouping = main != nullptr ? g.grouping(main->name) : nullptr;
    if (grouping == nullptr || grouping->parts.empty()) {
        return out;
    }
    const auto countries = countries_in(map, *main);
    if (about_one_country(countries)) {
        return out;
    }
    std::vector<std::string> missing;
    for (const auto& part : grouping->parts) {
        const bool covered =
            std::ranges::any_of(map.places, [&](const auto& m) { return covers(g, m, part); }) ||
            std::ranges::any_of(map.voiced, [&](const auto& c) { return g.in_region(c, part); });
        if (!covered) {
            missing.push_back(part);
        }
    }
    if (missing.empty()) {
        return out;
    }
    Diagnostic d;
    d.rule = kMissingSubregions;
    d.severity = Severity::Information;
    d.range = main->anchor;
    d.message = "The draft speaks of " + main->name + " as a whole but never mentions or quotes " +
                join(missing) + ": bring in countries and voices from " +
                (missing.size() == 1 ? "it" : "them") +
                ", or narrow the claims to the parts it covers.";
    relate_mentions(d, countries, " is mentioned here: the draft covers its part of the region");
    d.data.emplace_back("region", main->name);
    d.data.emplace_back("missing", missing);
    out.push_back(std::move(d));
    return out;
}

std::vector<Diagnostic> find_one_sided_voices(const Document& /*document*/,
                                              const PerspectiveMap& map) {
    const Gazetteer& g = Gazetteer::instance();
    std::vector<Diagnostic> out;
    for (const auto& region : map.regions) {
        const auto countries = countries_in(map, region);
        std::vector<std::string> voiced;
        for (const auto* c : countries) {
            if (map.is_voiced(c->code)) {
                voiced.push_back(c->code);
            }
        }
        if (voiced.empty()) {
            continue; // no voice at all is no-regional-voice
        }
        if (std::ranges::any_of(
                voiced, [&](const auto& code) { return !g.aligned(voiced.front(), code); })) {
            continue; // voices from more than one side
        }
        std::vector<const MentionedCountry*> unheard;
        for (const auto* c : countries) {
            if (!map.is_voiced(c->code) && c->discussed() &&
                std::ranges::none_of(voiced,
                                     [&](const auto& v) { return g.aligned(v, c->code); })) {
                unheard.push_back(c);
            }
        }
        if (unheard.size() < 2) {
            continue;
        }
        std::vector<std::string> voiced_names;
        for (const auto& code : voiced) {
            voiced_names.push_back(country_name(code));
        }
        std::vector<std::string> unheard_names;
        std::vector<std::string> unheard_codes;
        for (const auto* c : unheard) {
            unheard_names.push_back(country_name(c->code));
            unheard_codes.push_back(c->code);
        }
        Diagnostic d;
        d.rule = kOneSidedVoices;
        d.severity = Severity::Warning;
        d.range = region.anchor;
        d.message = "Every voice from " + region.name + " comes from one side (" +
                    join(voiced_names) + "); " + join(unheard_names) +
                    (unheard.size() == 1 ? " is" : " are") +
                    " discussed but never heard: quote a named source from the other side.";
        for (const auto& voice : map.voices) {
            if (d.related.size() < kMaxRelated && g.in_region(voice.country, region.name)) {
                d.related.push_back({voice.source, "voice from " + country_name(voice.country)});
            }
        }
        relate_mentions(d, unheard, " is discussed here but never heard");
        d.data.emplace_back("region", region.name);
        d.data.emplace_back("voiced", voiced);
        d.data.emplace_back("unheard", unheard_codes);
        out.push_back(std::move(d));
        break; // one finding per draft: the first region where it holds
    }
    return out;
}

} // namespace parallax::perspectives
