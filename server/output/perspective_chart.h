#pragma once
// The perspective map of a draft as an inline SVG chart: which regions the draft discusses,
// and of the countries it mentions, which it gives a voice (an attributed source).

#include <string>
#include <vector>

namespace parallax {

struct PerspectiveMap {
    std::vector<std::string> regions;   // UN M49 names ("Eastern Asia")
    std::vector<std::string> mentioned; // ISO 3166-1 alpha-2 codes
    std::vector<std::string> voiced;    // ISO 3166-1 alpha-2 codes
    bool empty() const { return regions.empty() && mentioned.empty() && voiced.empty(); }
};

/// HTML for the chart (a <figure> with an <svg>), or an empty state that says why there is none.
std::string perspective_chart_html(const PerspectiveMap& map);

} // namespace parallax
