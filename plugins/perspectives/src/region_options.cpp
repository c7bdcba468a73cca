#include "region_options.h"

#include <algorithm>
#include <set>

namespace parallax::perspectives {

namespace {

bool is_region(const Grouping& grouping) {
    return grouping.kind == GroupingKind::M49 || grouping.kind == GroupingKind::Region;
}

bool equal_ignoring_case(std::string_view a, std::string_view b) {
    const auto lower = [](char c) {
        return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    };
    return a.size() == b.size() &&
           std::ranges::equal(a, b, [&](char x, char y) { return lower(x) == lower(y); });
}

std::string_view trim(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) {
        return {};
    }
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

bool in_range(ByteRange outer, ByteRange inner) {
    return outer.start <= inner.start && inner.end <= outer.end;
}

/// Where findings about the declared region sit: its first mention by name, else the first
/// mention of one of its countries, else the title, else the first block.
ByteRange anchor_for(const Document& document, const PerspectiveMap& map,
                     const std::string& region) {
    const Gazetteer& g = Gazetteer::instance();
    for (const PlaceMention& mention : map.places) {
        if (mention.kind == PlaceKind::Grouping && mention.id == region) {
            return mention.range;
        }
    }
    for (const PlaceMention& mention : map.places) {
        if (mention.kind == PlaceKind::Country && g.in_region(mention.id, region)) {
            return mention.range;
        }
    }
    if (const Block* title = document.title()) {
        return title->range;
    }
    return document.blocks().empty() ? ByteRange{} : document.blocks().front().range;
}

} // namespace

std::optional<std::string> region_named(std::string_view name) {
    const std::string_view wanted = trim(name);
    if (wanted.empty()) {
        return std::nullopt;
    }
    const Gazetteer& g = Gazetteer::instance();
    for (const Grouping& grouping : g.groupings()) {
        if (is_region(grouping) && equal_ignoring_case(grouping.name, wanted)) {
            return grouping.name;
        }
    }
    // Aliases ("East Asia", "Indo Pacific"): read the name as prose and take it when one region
    // mention covers all of it.
    const auto document = Document::build(Text(std::string(wanted)), DocumentFormat::PlainText);
    const auto mentions = find_place_mentions(*document);
    if (mentions.size() == 1 && mentions.front().kind == PlaceKind::Grouping &&
        mentions.front().range.size() == wanted.size()) {
        const Grouping* grouping = g.grouping(mentions.front().id);
        if (grouping != nullptr && is_region(*grouping)) {
            return grouping->name;
        }
    }
    return std::nullopt;
}

void declare_region(const Document& document, PerspectiveMap& map, const std::string& region) {
    const Gazetteer& g = Gazetteer::instance();
    DiscussedRegion declared;
    declared.name = region;
    declared.named = true; // the writer named it as the draft's region
    std::set<std::uint32_t> sentences;
    for (const PlaceMention& mention : map.places) {
        if (mention.kind == PlaceKind::Grouping && mention.id == region) {
            sentences.insert(mention.sentence);
            const Block* title = document.title();
            declared.in_title =
                declared.in_title || (title && in_range(title->range, mention.range));
        }
    }
    declared.name_mentions = static_cast<std::uint32_t>(sentences.size());
    declared.anchor = anchor_for(document, map, region);
    for (const MentionedCountry& country : map.mentioned) {
        if (g.in_region(country.code, region)) {
            declared.countries.push_back(country.code);
        }
    }
    map.regions = {std::move(declared)};
}

bool about_covered_region(const PerspectiveMap& map, std::span<const std::string> covered) {
    if (covered.empty()) {
        return true;
    }
    const Gazetteer& g = Gazetteer::instance();
    std::vector<std::string> names;
    for (const std::string& name : covered) {
        if (auto region = region_named(name)) {
            names.push_back(std::move(*region));
        }
    }
    return std::ranges::any_of(map.regions, [&](const DiscussedRegion& discussed) {
        return std::ranges::any_of(names, [&](const std::string& name) {
            return discussed.name == name || g.within(discussed.name, name) ||
                   g.within(name, discussed.name);
        });
    });
}

} // namespace parallax::perspectives
