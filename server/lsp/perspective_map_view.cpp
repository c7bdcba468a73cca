// The perspective map as parallax.perspectiveMap returns it: the engine's summary, with where
// each country is mentioned (the SDK's place mentions) and voiced (its attributions).
#include "commands.h"

#include "parallax/gazetteer.h"

#include <algorithm>
#include <map>

namespace parallax::lsp {

namespace {

using nlohmann::json;

std::vector<std::string> strings_of(std::span<const std::pair<std::string, DataValue>> summary,
                                    std::string_view key) {
    for (const auto& [name, value] : summary) {
        if (name != key)
            continue;
        if (const auto* list = std::get_if<std::vector<std::string>>(&value))
            return *list;
        if (const auto* text = std::get_if<std::string>(&value))
            return {*text};
    }
    return {};
}

json place(const Document& document, ByteRange range, const char* text_key) {
    return {{"line", document.text().line_of(range.start).value},
            {"offset", {{"start", range.start.value}, {"end", range.end.value}}},
            {text_key, std::string(document.slice(range))}};
}

/// "line 3", "lines 3, 5 and 9" (1-based, for people).
std::string lines_text(const json& places) {
    std::vector<std::uint32_t> lines;
    for (const json& p : places)
        lines.push_back(p["line"].get<std::uint32_t>() + 1);
    lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
    std::string out = lines.size() == 1 ? "line " : "lines ";
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i > 0)
            out += i + 1 == lines.size() ? " and " : ", ";
        out += std::to_string(lines[i]);
    }
    return out;
}

std::string markdown_of(const json& map) {
    std::string out = "**Perspective map**";
    const json& regions = map["regions"];
    if (!regions.empty()) {
        out += " — regions discussed: ";
        for (std::size_t i = 0; i < regions.size(); ++i)
            out += (i > 0 ? ", " : "") + regions[i].get<std::string>();
    }
    out += "\n\n";
    if (map["countries"].empty())
        return out + "No country is mentioned.\n";
    out += "| Country | Mentioned | Voiced |\n|---|---|---|\n";
    for (const json& country : map["countries"]) {
        out += "| " + country["name"].get<std::string>() + " (" +
               country["code"].get<std::string>() + ") | ";
        out += country["mentions"].empty() ? "as a source only" : lines_text(country["mentions"]);
        out += " | ";
        if (country["voices"].empty()) {
            out += "**not voiced**";
        } else {
            std::string sources;
            for (const json& voice : country["voices"])
                sources += (sources.empty() ? "" : "; ") + std::string("\u201c") +
                           voice["source"].get<std::string>() + "\u201d (line " +
                           std::to_string(voice["line"].get<std::uint32_t>() + 1) + ")";
            out += sources;
        }
        out += " |\n";
    }
    return out;
}

} // namespace

json perspective_map_json(const Document& document,
                          std::span<const std::pair<std::string, DataValue>> summary) {
    const std::vector<std::string> mentioned = strings_of(summary, "perspectives.mentioned");
    const std::vector<std::string> voiced = strings_of(summary, "perspectives.voiced");

    // Mentioned countries first (in the summary's order), then countries only voiced.
    std::vector<std::string> codes = mentioned;
    for (const std::string& code : voiced) {
        if (std::find(codes.begin(), codes.end(), code) == codes.end())
            codes.push_back(code);
    }
    std::map<std::string, json> mentions;
    for (const PlaceMention& m : find_place_mentions(document)) {
        if (m.kind == PlaceKind::Country)
            mentions[m.id].push_back(place(document, m.range, "text"));
    }
    std::map<std::string, json> voices;
    for (const Attribution& a : document.attributions()) {
        if (!a.vague && !a.country.empty())
            voices[a.country].push_back(place(document, a.source, "source"));
    }
    const Gazetteer& gazetteer = Gazetteer::instance();
    json countries = json::array();
    for (const std::string& code : codes) {
        const Country* country = gazetteer.country(code);
        countries.push_back(
            {{"code", code},
             {"name", country != nullptr ? country->name : code},
             {"voiced", std::find(voiced.begin(), voiced.end(), code) != voiced.end()},
             {"mentions", mentions.contains(code) ? mentions[code] : json::array()},
             {"voices", voices.contains(code) ? voices[code] : json::array()}});
    }
    json map = {{"regions", strings_of(summary, "perspectives.regions")},
                {"mentioned", mentioned},
                {"voiced", voiced},
                {"countries", std::move(countries)}};
    map["markdown"] = markdown_of(map);
    return map;
}

} // namespace parallax::lsp
