#include "perspective_map.h"

#include "lexicon.h"

#include <algorithm>
#include <set>
#include <string_view>

namespace parallax::perspectives {

namespace {

/// The share of all country-mention sentences that makes one country the draft's home.
constexpr double kHomeShare = 0.4;
/// A region named in this many sentences is discussed even outside the title.
constexpr std::uint32_t kNamedRegionSentences = 3;
/// Mentions of a sub-region's countries (in distinct sentences, summed) that make it discussed,
/// in absolute terms and as a share of the most discussed sub-region: a list of past wars in a
/// piece on Korea does not make the Middle East a subject.
constexpr std::uint32_t kRegionCountrySentences = 4;
constexpr double kRegionShareOfLargest = 0.25;

bool in_block(const Block* block, ByteRange range) {
    return block != nullptr && block->range.start <= range.start && range.end <= block->range.end;
}

MentionedCountry& country_entry(std::vector<MentionedCountry>& list, const std::string& code) {
    const auto it = std::ranges::find(list, code, &MentionedCountry::code);
    if (it != list.end()) {
        return *it;
    }
    list.push_back(MentionedCountry{code, {}, 0, false});
    return list.back();
}

std::uint32_t count_whole_region_references(const Document& document) {
    std::uint32_t count = 0;
    const auto tokens = document.tokens();
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const std::string_view word = tokens[i].folded;
        if (!word.starts_with("region")) {
            continue; // every word counted here starts so: one cheap test for most tokens
        }
        if (word == "regional" || word == "region's" || word == "region\xE2\x80\x99s") {
            ++count;
        } else if (word == "region" && i > 0) {
            const std::string_view before = tokens[i - 1].folded;
            if (before != "a" && before != "each" && before != "every") {
                ++count; // "the region", "this region", "the Asia-Pacific region"; not "a region"
            }
        }
    }
    return count;
}

void add_named_regions(const PerspectiveMap& map, const Block* title,
                       std::vector<DiscussedRegion>& out) {
    const Gazetteer& g = Gazetteer::instance();
    struct Tally {
        std::set<std::uint32_t> sentences;
        bool in_title = false;
        ByteRange first;
        bool has_first = false;
    };
    std::vector<std::pair<std::string, Tally>> tallies;
    for (const auto& mention : map.places) {
        if (mention.kind != PlaceKind::Grouping) {
            continue;
        }
        const Grouping* grouping = g.grouping(mention.id);
        if (grouping == nullptr || grouping->kind == GroupingKind::Institution ||
            grouping->kind == GroupingKind::Alliance) {
            continue;
        }
        auto it = std::ranges::find(tallies, mention.id, &std::pair<std::string, Tally>::first);
        if (it == tallies.end()) {
            tallies.emplace_back(mention.id, Tally{});
            it = std::prev(tallies.end());
        }
        Tally& tally = it->second;
        tally.sentences.insert(mention.sentence);
        const bool titled = in_block(title, mention.range);
        if (!tally.has_first || (titled && !tally.in_title)) {
            tally.first = mention.range;
            tally.has_first = true;
        }
        tally.in_title = tally.in_title || titled;
    }
    for (const auto& [name, tally] : tallies) {
        const auto count = static_cast<std::uint32_t>(tally.sentences.size());
        if (!tally.in_title && count < kNamedRegionSentences) {
            continue;
        }
        DiscussedRegion region;
        region.name = name;
        region.named = true;
        region.in_title = tally.in_title;
        region.name_mentions = count;
        region.anchor = tally.first;
        out.push_back(std::move(region));
    }
    // A named region inside another named region is part of that discussion.
    std::erase_if(out, [&](const DiscussedRegion& r) {
        return std::ranges::any_of(out, [&](const DiscussedRegion& other) {
            return other.name != r.name && !r.in_title && g.within(r.name, other.name);
        });
    });
}

void add_country_regions(const PerspectiveMap& map, std::vector<DiscussedRegion>& out) {
    const Gazetteer& g = Gazetteer::instance();
    struct Tally {
        std::uint32_t sentences = 0;
        bool in_title = false;
        bool central = false;
        ByteRange anchor;
    };
    // Keyed by the gazetteer's own region names, which outlive the map.
    std::vector<std::pair<std::string_view, Tally>> tallies;
    for (const auto& c : map.mentioned) {
        if (c.mentions.empty()) {
            continue;
        }
        // Dependent territories ("Guam") are mentioned for their state: they make no region.
        const Country* country = g.country(c.code);
        if (country == nullptr || !country->sovereign || country->regions.empty()) {
            continue;
        }
        const std::string_view region = country->regions.front(); // Gazetteer::subregion
        if (region.empty()) {
            continue;
        }
        auto it = std::ranges::find(tallies, region, &std::pair<std::string_view, Tally>::first);
        if (it == tallies.end()) {
            tallies.emplace_back(region, Tally{0, false, false, c.mentions.front().range});
            it = std::prev(tallies.end());
        }
        it->second.sentences += c.sentences;
        it->second.central = it->second.central || c.discussed();
        if (c.in_title && !it->second.in_title) {
            it->second.in_title = true;
            it->second.anchor = c.mentions.front().range;
        }
    }
    std::uint32_t largest = 0;
    for (const auto& [name, tally] : tallies) {
        largest = std::max(largest, tally.sentences);
    }
    for (const auto& [name, tally] : tallies) {
        const bool discussed =
            tally.in_title || (tally.central && tally.sentences >= kRegionCountrySentences &&
                               tally.sentences >= kRegionShareOfLargest * largest);
        if (!discussed) {
            continue;
        }
        const bool covered = std::ranges::any_of(out, [&](const DiscussedRegion& r) {
            return r.name == name || g.within(name, r.name);
        });
        if (!covered) {
            DiscussedRegion region;
            region.name = std::string(name);
            region.in_title = tally.in_title;
            region.anchor = tally.anchor;
            out.push_back(std::move(region));
        }
    }
}

/// A source that is more than a pronoun ("he", "they").
bool names_someone(const Document& document, ByteRange source) {
    const Lexicon& words = lexicon();
    // Tokens are in text order: look only at those that start inside the source.
    const auto tokens = document.tokens();
    const auto start_of = [](const Token& token) { return token.range.start; };
    const auto first = std::ranges::lower_bound(tokens, source.start, {}, start_of);
    const auto last = std::ranges::lower_bound(first, tokens.end(), source.end, {}, start_of);
    return std::any_of(first, last, [&](const Token& token) {
        return token.range.end <= source.end && token.kind == TokenKind::Word &&
               !words.pronouns.contains(token.folded);
    });
}

std::string home_country(const PerspectiveMap& map) {
    std::uint32_t total = 0;
    const MentionedCountry* top = nullptr;
    for (const auto& c : map.mentioned) {
        total += c.sentences;
        if (top == nullptr || c.sentences > top->sentences) {
            top = &c;
        }
    }
    if (top == nullptr || top->sentences == 0 || top->sentences < kHomeShare * total) {
        return {};
    }
    return top->code;
}

} // namespace

const MentionedCountry* PerspectiveMap::country(std::string_view code) const {
    const auto it = std::ranges::find(mentioned, code, &MentionedCountry::code);
    return it == mentioned.end() ? nullptr : &*it;
}

bool PerspectiveMap::is_voiced(std::string_view code) const {
    return std::ranges::find(voiced, code) != voiced.end();
}

PerspectiveMap build_perspective_map(const Document& document,
                                     std::span<const Attribution> attributions) {
    const Gazetteer& g = Gazetteer::instance();
    PerspectiveMap map;
    map.places = find_place_mentions(document);
    const Block* title = document.title();

    for (const auto& mention : map.places) {
        if (mention.kind != PlaceKind::Country) {
            continue;
        }
        // Every entry so far is a country the gazetteer knows: only a new code needs asking.
        auto entry = std::ranges::find(map.mentioned, mention.id, &MentionedCountry::code);
        if (entry == map.mentioned.end()) {
            if (g.country(mention.id) == nullptr) {
                continue;
            }
            map.mentioned.push_back(MentionedCountry{mention.id, {}, 0, false});
            entry = std::prev(map.mentioned.end());
        }
        entry->mentions.push_back(mention);
        entry->in_title = entry->in_title || in_block(title, mention.range);
    }
    std::vector<std::uint32_t> distinct; // reused for every country
    for (auto& entry : map.mentioned) {
        distinct.clear();
        for (const auto& m : entry.mentions) {
            distinct.push_back(m.sentence);
        }
        std::ranges::sort(distinct);
        entry.sentences = static_cast<std::uint32_t>(
            std::ranges::distance(distinct.begin(), std::ranges::unique(distinct).begin()));
    }

    // Countries were resolved once, at the end of Document::build.
    for (const auto& attribution : attributions) {
        if (attribution.vague || attribution.source.size() == 0) {
            continue;
        }
        const std::string& country = attribution.country;
        if (country.empty()) {
            map.unplaced_named_sources += names_someone(document, attribution.source) ? 1 : 0;
            continue;
        }
        map.voices.push_back(Voice{country, attribution.source});
        if (!map.is_voiced(country)) {
            map.voiced.push_back(country);
        }
        // A voice from a country the prose never names (an outlet: "the BBC reports") still
        // puts that country on the map.
        country_entry(map.mentioned, country);
    }

    map.home = home_country(map);
    map.whole_region_references = count_whole_region_references(document);
    add_named_regions(map, title, map.regions);
    add_country_regions(map, map.regions);
    return map;
}

} // namespace parallax::perspectives
