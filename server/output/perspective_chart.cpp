#include "perspective_chart.h"
#include "markup.h"

#include "html_report.h"

#include "parallax/gazetteer.h"

#include <fmt/format.h>

#include <algorithm>

namespace parallax {
namespace {

constexpr int kTileWidth = 46;
constexpr int kTileHeight = 26;
constexpr int kGap = 6;
constexpr int kColumns = 6;
constexpr int kChartWidth = kColumns * (kTileWidth + kGap);
constexpr int kBarHeight = 12;
constexpr int kLabelHeight = 22;

bool contains(const std::vector<std::string>& list, std::string_view item) {
    return std::find(list.begin(), list.end(), item) != list.end();
}

/// One row of the chart: a region and the countries of it the draft names.
struct RegionRow {
    std::string name;
    bool discussed = false; // named in the summary's regions
    std::vector<std::string> countries;
    std::size_t voiced = 0;
};

/// Groups the countries by their UN M49 subregion; regions the draft discusses with no country
/// named get a row too. Rows with a voice missing come first.
std::vector<RegionRow> region_rows(const PerspectiveMap& map) {
    const Gazetteer& gazetteer = Gazetteer::instance();
    std::vector<std::string> countries = map.mentioned;
    for (const auto& code : map.voiced) {
        if (!contains(countries, code)) {
            countries.push_back(code);
        }
    }
    std::vector<RegionRow> rows;
    const auto row_for = [&](std::string_view name) -> RegionRow& {
        auto it =
            std::find_if(rows.begin(), rows.end(), [&](const auto& r) { return r.name == name; });
        if (it == rows.end()) {
            rows.push_back({std::string(name), contains(map.regions, name), {}, 0});
            return rows.back();
        }
        return *it;
    };
    for (const auto& code : countries) {
        const std::string_view subregion = gazetteer.subregion(code);
        RegionRow& row = row_for(subregion.empty() ? std::string_view("Elsewhere") : subregion);
        row.countries.push_back(code);
        row.voiced += contains(map.voiced, code) ? 1 : 0;
    }
    for (const auto& region : map.regions) {
        row_for(region).discussed = true;
    }
    for (auto& row : rows) {
        std::stable_sort(row.countries.begin(), row.countries.end(),
                         [&](const auto& a, const auto& b) {
                             return contains(map.voiced, a) > contains(map.voiced, b);
                         });
    }
    std::stable_sort(rows.begin(), rows.end(), [](const RegionRow& a, const RegionRow& b) {
        return std::tuple(a.discussed, a.countries.size()) >
               std::tuple(b.discussed, b.countries.size());
    });
    return rows;
}

std::string tile(const std::string& code, bool voiced, int x, int y) {
    const Country* country = Gazetteer::instance().country(code);
    const std::string name = escape_markup(country != nullptr ? country->name : code);
    return fmt::format("<g class=\"tile {0}\"><title>{1}: {2}</title>"
                       "<rect x=\"{3}\" y=\"{4}\" width=\"{5}\" height=\"{6}\" rx=\"5\"/>"
                       "<text x=\"{7}\" y=\"{8}\" text-anchor=\"middle\">{9}</text></g>",
                       voiced ? "voiced" : "unvoiced", name,
                       voiced ? "quoted or attributed" : "discussed, not voiced", x, y, kTileWidth,
                       kTileHeight, x + kTileWidth / 2, y + kTileHeight / 2 + 5,
                       escape_markup(code));
}

/// The rows as SVG elements from `top`; returns the height used.
int draw_rows(const std::vector<RegionRow>& rows, const PerspectiveMap& map, int top,
              std::string& svg) {
    int y = top;
    for (const auto& row : rows) {
        const std::string count = row.countries.empty() ? std::string("no country named")
                                                        : fmt::format("{} of {} voiced", row.voiced,
                                                                      row.countries.size());
        svg +=
            fmt::format("<text x=\"0\" y=\"{}\" class=\"region{}\">{}{}</text>"
                        "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" class=\"caption\">{}</text>",
                        y + 14, row.discussed ? " discussed" : "", escape_markup(row.name),
                        row.discussed ? " ◆" : "", kChartWidth - kGap, y + 14, count);
        y += kLabelHeight;
        for (std::size_t i = 0; i < row.countries.size(); ++i) {
            const int x = static_cast<int>(i % kColumns) * (kTileWidth + kGap);
            const int tile_y = y + static_cast<int>(i / kColumns) * (kTileHeight + kGap);
            svg += tile(row.countries[i], contains(map.voiced, row.countries[i]), x, tile_y);
        }
        const auto tile_rows = static_cast<int>((row.countries.size() + kColumns - 1) / kColumns);
        y += tile_rows * (kTileHeight + kGap) + 8;
    }
    return y - top;
}

} // namespace

std::string perspective_chart_html(const PerspectiveMap& map) {
    if (map.empty()) {
        return "<p class=\"empty-state\">No perspective map for this draft: no country or region "
               "was recognised (or the perspectives plugin is not part of this build).</p>";
    }
    const std::vector<RegionRow> rows = region_rows(map);
    std::size_t total = 0;
    std::size_t voiced = 0;
    for (const auto& row : rows) {
        total += row.countries.size();
        voiced += row.voiced;
    }
    const int voiced_width =
        total == 0 ? 0 : static_cast<int>(static_cast<std::size_t>(kChartWidth) * voiced / total);
    std::string body = fmt::format(
        "<rect x=\"0\" y=\"0\" width=\"{0}\" height=\"{1}\" rx=\"3\" class=\"bar-unvoiced\"/>"
        "<rect x=\"0\" y=\"0\" width=\"{2}\" height=\"{1}\" rx=\"3\" class=\"bar-voiced\"/>"
        "<text x=\"0\" y=\"{3}\" class=\"caption\">{4} of {5} countries voiced</text>",
        kChartWidth, kBarHeight, voiced_width, kBarHeight + 16, voiced, total);
    const int rows_top = kBarHeight + 30;
    const int height = rows_top + draw_rows(rows, map, rows_top, body);
    return fmt::format(
        "<figure class=\"perspective-map\">"
        "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 {0} {1}\" width=\"{0}\" height=\"{1}\" "
        "xmlns=\"http://www.w3.org/2000/svg\"><title>{2} of {3} countries discussed have a "
        "voice</title>{4}</svg>"
        "<figcaption><span class=\"key voiced\"></span> voiced (a source from the country is "
        "quoted or attributed) <span class=\"key unvoiced\"></span> discussed but not voiced; "
        "◆ a region the draft is about</figcaption></figure>",
        kChartWidth, height, voiced, total, body);
}

} // namespace parallax
