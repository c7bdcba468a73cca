// The gazetteer's tables: parsed once from the embedded TSV files in plugins/data/gazetteer.
#include "gazetteer_index.h"

#include <algorithm>
#include <functional>
#include <set>

namespace parallax::embedded {
std::string_view gazetteer_countries();
std::string_view gazetteer_groupings();
std::string_view gazetteer_metonyms();
std::string_view gazetteer_outlets();
std::string_view gazetteer_leaders();
std::string_view gazetteer_offices();
std::string_view gazetteer_event_nouns();
std::string_view gazetteer_ambiguous_names();
} // namespace parallax::embedded

namespace parallax {

using gazetteer_detail::split;

namespace {

/// Non-empty, non-comment lines of a TSV file, split into fields.
std::vector<std::vector<std::string_view>> rows_of(std::string_view text) {
    std::vector<std::vector<std::string_view>> rows;
    for (std::string_view line : split(text, '\n')) {
        if (!line.empty() && line.back() == '\r') {
            line.remove_suffix(1);
        }
        if (line.empty() || line.front() == '#') {
            continue;
        }
        rows.push_back(split(line, '\t'));
    }
    return rows;
}

std::vector<std::string_view> list_of(const std::vector<std::string_view>& row, std::size_t field) {
    std::vector<std::string_view> out;
    if (field < row.size() && !row[field].empty()) {
        for (auto item : split(row[field], '|')) {
            if (!item.empty()) {
                out.push_back(item);
            }
        }
    }
    return out;
}

std::string_view field_of(const std::vector<std::string_view>& row, std::size_t field) {
    return field < row.size() ? row[field] : std::string_view{};
}

GroupingKind kind_of(std::string_view kind) {
    if (kind == "m49") {
        return GroupingKind::M49;
    }
    if (kind == "institution") {
        return GroupingKind::Institution;
    }
    return kind == "alliance" ? GroupingKind::Alliance : GroupingKind::Region;
}

bool is_iso_code(std::string_view s) {
    return s.size() == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z';
}

} // namespace

Gazetteer::Gazetteer(const Tables& tables) : index_(std::make_unique<Index>()) {
    // Curated metonyms first: where a name is ambiguous, our own choice wins.
    for (const auto& row : rows_of(tables.metonyms)) {
        if (row.size() >= 2) {
            index_->add(row[0], PlaceKind::Country, MentionForm::Metonym, std::string(row[1]));
        }
    }
    // Then states before territories: "American" is the United States, not the Northern
    // Mariana Islands.
    auto country_rows = rows_of(tables.countries);
    std::stable_partition(country_rows.begin(), country_rows.end(),
                          [](const auto& row) { return field_of(row, 7) != "territory"; });
    for (const auto& row : country_rows) {
        if (row.size() < 7) {
            continue;
        }
        Country country{
            std::string(row[0]), std::string(row[1]), {}, field_of(row, 7) != "territory"};
        for (auto region : list_of(row, 6)) {
            country.regions.emplace_back(region);
        }
        index_->add(row[1], PlaceKind::Country, MentionForm::Name, country.code);
        index_->add(row[2], PlaceKind::Country, MentionForm::Name, country.code);
        for (auto alias : list_of(row, 3)) {
            index_->add(alias, PlaceKind::Country, MentionForm::Name, country.code);
        }
        for (auto demonym : list_of(row, 4)) {
            index_->add(demonym, PlaceKind::Country, MentionForm::Demonym, country.code);
            if (demonym.ends_with('n') || demonym.ends_with('i')) { // "Americans", "Israelis"
                index_->add(std::string(demonym) + "s", PlaceKind::Country, MentionForm::Demonym,
                            country.code);
            }
        }
        for (auto capital : list_of(row, 5)) {
            index_->add(capital, PlaceKind::Country, MentionForm::Capital, country.code);
        }
        countries_.push_back(std::move(country));
    }
    std::ranges::sort(countries_, {}, &Country::code);
    const auto raw = rows_of(tables.groupings);
    for (const auto& row : raw) {
        Grouping grouping{std::string(field_of(row, 0)), kind_of(field_of(row, 1)), {}, {}};
        for (auto part : list_of(row, 4)) {
            grouping.parts.emplace_back(part);
        }
        // "Australia and New Zealand" in prose names two countries, not the M49 region.
        if (grouping.name.find(" and ") == std::string::npos) {
            index_->add(grouping.name, PlaceKind::Grouping, MentionForm::Name, grouping.name);
        }
        for (auto alias : list_of(row, 2)) {
            index_->add(alias, PlaceKind::Grouping, MentionForm::Name, grouping.name);
        }
        groupings_.push_back(std::move(grouping));
    }
    for (const auto table : {tables.outlets, tables.leaders}) {
        for (const auto& row : rows_of(table)) {
            if (row.size() >= 2) {
                index_->add(row[0], PlaceKind::Country, MentionForm::Metonym, std::string(row[1]),
                            /*source_only=*/true);
            }
        }
    }
    index_->sort();
    index_->index_common_words();
    for (const auto& row : rows_of(tables.offices)) {
        offices_.emplace_back(row.front());
    }
    std::ranges::sort(offices_);
    for (const auto& row : rows_of(tables.events)) {
        events_.emplace_back(row.front());
    }
    std::ranges::sort(events_);
    for (const auto& row : rows_of(tables.ambiguous)) {
        ambiguous_.emplace_back(row.front());
    }
    std::ranges::sort(ambiguous_);
    index_->office_words.insert(offices_.begin(), offices_.end());
    index_->event_nouns.insert(events_.begin(), events_.end());
    index_->ambiguous_names.insert(ambiguous_.begin(), ambiguous_.end());

    // Members: ISO codes, UN M49 names (every country whose chain names it) or other rows.
    std::function<void(std::string_view, std::set<std::string>&, int)> expand =
        [&](std::string_view member, std::set<std::string>& out, int depth) {
            if (is_iso_code(member)) {
                out.emplace(member);
                return;
            }
            bool m49 = false;
            for (const auto& c : countries_) {
                if (std::find(c.regions.begin(), c.regions.end(), member) != c.regions.end()) {
                    out.insert(c.code);
                    m49 = true;
                }
            }
            if (m49 || depth > 4) {
                return;
            }
            for (const auto& row : raw) {
                if (field_of(row, 0) == member) {
                    for (auto inner : list_of(row, 3)) {
                        expand(inner, out, depth + 1);
                    }
                }
            }
        };
    for (std::size_t i = 0; i < groupings_.size(); ++i) {
        std::set<std::string> members;
        for (auto member : list_of(raw[i], 3)) {
            expand(member, members, 0);
        }
        groupings_[i].members.assign(members.begin(), members.end());
    }
}

Gazetteer::~Gazetteer() = default;

const Gazetteer& Gazetteer::instance() {
    static const Gazetteer gazetteer(
        Tables{embedded::gazetteer_countries(), embedded::gazetteer_groupings(),
               embedded::gazetteer_metonyms(), embedded::gazetteer_outlets(),
               embedded::gazetteer_leaders(), embedded::gazetteer_offices(),
               embedded::gazetteer_event_nouns(), embedded::gazetteer_ambiguous_names()});
    return gazetteer;
}

const Country* Gazetteer::country(std::string_view code) const {
    // countries_ is sorted by code.
    const auto it = std::ranges::lower_bound(countries_, code, std::less<>{}, &Country::code);
    return it != countries_.end() && it->code == code ? &*it : nullptr;
}

const Grouping* Gazetteer::grouping(std::string_view name) const {
    for (const auto& g : groupings_) {
        if (g.name == name) {
            return &g;
        }
    }
    return nullptr;
}

bool Gazetteer::in_region(std::string_view code, std::string_view region) const {
    if (const Country* c = country(code)) {
        if (std::find(c->regions.begin(), c->regions.end(), region) != c->regions.end()) {
            return true;
        }
    }
    const Grouping* g = grouping(region);
    return g != nullptr && std::binary_search(g->members.begin(), g->members.end(), code);
}

bool Gazetteer::within(std::string_view inner, std::string_view outer) const {
    const Grouping* a = grouping(inner);
    const Grouping* b = grouping(outer);
    if (a == nullptr || b == nullptr || a->members.empty()) {
        return false;
    }
    return std::ranges::all_of(a->members, [&](const std::string& code) {
        return std::ranges::binary_search(b->members, code);
    });
}

bool Gazetteer::aligned(std::string_view a, std::string_view b) const {
    if (a == b) {
        return true;
    }
    return std::any_of(groupings_.begin(), groupings_.end(), [&](const Grouping& g) {
        return g.kind == GroupingKind::Alliance &&
               std::binary_search(g.members.begin(), g.members.end(), a) &&
               std::binary_search(g.members.begin(), g.members.end(), b);
    });
}

bool Gazetteer::is_office_word(std::string_view folded) const {
    return index_->office_words.contains(folded);
}

bool Gazetteer::is_event_noun(std::string_view folded) const {
    return index_->event_nouns.contains(folded);
}

bool Gazetteer::is_ambiguous_name(std::string_view folded) const {
    return index_->ambiguous_names.contains(folded);
}

std::string_view Gazetteer::subregion(std::string_view code) const {
    const Country* c = country(code);
    return c == nullptr || c->regions.empty() ? std::string_view{} : c->regions.front();
}

} // namespace parallax
