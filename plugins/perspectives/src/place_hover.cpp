#include "parallax/perspectives/place_hover.h"

#include "perspective_map.h"

#include <algorithm>

namespace parallax::perspectives {

namespace {

std::string line_of(const Document& document, ByteRange range) {
    return "line " + std::to_string(document.text().line_of(range.start).value + 1);
}

std::string names(const std::vector<std::string>& codes) {
    const Gazetteer& g = Gazetteer::instance();
    std::string out;
    for (const auto& code : codes) {
        const Country* c = g.country(code);
        out += (out.empty() ? "" : ", ") + (c != nullptr ? c->name : code);
    }
    return out.empty() ? "none" : out;
}

std::string describe_country(const Document& document, const PerspectiveMap& map,
                             const std::string& code) {
    const Gazetteer& g = Gazetteer::instance();
    const Country* country = g.country(code);
    std::string out = "**" + (country != nullptr ? country->name : code) + "** (" + code;
    if (!g.subregion(code).empty()) {
        out += ", " + std::string(g.subregion(code));
    }
    out += ")";
    if (const MentionedCountry* m = map.country(code)) {
        out += ": mentioned in " + std::to_string(m->sentences) + " sentence" +
               (m->sentences == 1 ? "" : "s");
    }
    std::vector<const Voice*> voices;
    for (const auto& voice : map.voices) {
        if (voice.country == code) {
            voices.push_back(&voice);
        }
    }
    if (voices.empty()) {
        return out + "; never quoted: no statement is attributed to anyone from it.";
    }
    out +=
        "; voiced " + std::to_string(voices.size()) + (voices.size() == 1 ? " time: " : " times: ");
    for (std::size_t i = 0; i < voices.size() && i < 3; ++i) {
        out += (i > 0 ? "; " : "") + std::string("\u201c") +
               std::string(document.slice(voices[i]->source)) + "\u201d (" +
               line_of(document, voices[i]->source) + ")";
    }
    return out + ".";
}

std::string describe_region(const PerspectiveMap& map, const std::string& name) {
    const Gazetteer& g = Gazetteer::instance();
    std::vector<std::string> voiced;
    std::vector<std::string> silent;
    for (const auto& c : map.mentioned) {
        if (g.in_region(c.code, name)) {
            (map.is_voiced(c.code) ? voiced : silent).push_back(c.code);
        }
    }
    return "**" + name + "**: voices from " + names(voiced) +
           "; mentioned but never quoted: " + names(silent) + ".";
}

} // namespace

std::optional<std::string> describe_place_at(const Document& document, ByteOffset offset) {
    const auto mentions = find_place_mentions(document);
    const auto at = std::ranges::find_if(
        mentions, [&](const PlaceMention& m) { return m.range.contains(offset); });
    if (at == mentions.end()) {
        return std::nullopt;
    }
    const PerspectiveMap map = build_perspective_map(document, document.attributions());
    return at->kind == PlaceKind::Country ? describe_country(document, map, at->id)
                                          : describe_region(map, at->id);
}

} // namespace parallax::perspectives
