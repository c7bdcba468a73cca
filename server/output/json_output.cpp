#include "json_output.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace parallax {
namespace {

using nlohmann::json;

json offsets(ByteRange range) {
    return {{"start", range.start.value}, {"end", range.end.value}};
}

json lsp_range(const Text& text, ByteRange range) {
    const PositionRange r = text.range_of(range, PositionEncoding::Utf16);
    return {{"start", {{"line", r.start.line.value}, {"character", r.start.character}}},
            {"end", {{"line", r.end.line.value}, {"character", r.end.character}}}};
}

json data_value(const DataValue& value) {
    return std::visit([](const auto& v) { return json(v); }, value);
}

json diagnostic_json(const Text& text, const Diagnostic& d) {
    json data = json::object();
    for (const auto& [key, value] : d.data) {
        data[key] = data_value(value);
    }
    json related = json::array();
    for (const auto& r : d.related) {
        related.push_back({{"message", r.message},
                           {"range", lsp_range(text, r.range)},
                           {"offset", offsets(r.range)}});
    }
    return {{"rule", d.rule},
            {"severity", std::string(to_string(d.severity))},
            {"message", d.message},
            {"range", lsp_range(text, d.range)},
            {"offset", offsets(d.range)},
            {"related", std::move(related)},
            {"data", std::move(data)}};
}

json attribution_json(const Attribution& a) {
    json out = {{"source", offsets(a.source)}, {"cue", offsets(a.cue)}};
    if (a.content.size() > 0) {
        out["content"] = offsets(a.content);
    }
    if (!a.country.empty()) {
        out["country"] = a.country;
    }
    return out;
}

/// The contract's summary: the perspective map (empty lists until a plugin fills them), every
/// attribution the SDK found, and whatever else plugins summarised under dotted keys.
json summary_json(const FileReport& report) {
    json summary = {
        {"perspectives",
         {{"regions", json::array()}, {"mentioned", json::array()}, {"voiced", json::array()}}},
        {"attributions", json::array()}};
    if (report.document) {
        for (const auto& a : report.document->attributions()) {
            summary["attributions"].push_back(attribution_json(a));
        }
    }
    for (const auto& [key, value] : report.summary) {
        std::string pointer = "/" + key;
        std::replace(pointer.begin(), pointer.end(), '.', '/');
        summary[json::json_pointer(pointer)] = data_value(value);
    }
    return summary;
}

json file_json(const FileReport& report) {
    json file = {{"path", report.path}};
    if (!report.error.empty()) {
        file["error"] = report.error;
    }
    file["summary"] = summary_json(report);
    json diagnostics = json::array();
    if (report.document) {
        for (const auto& d : report.diagnostics) {
            diagnostics.push_back(diagnostic_json(report.document->text(), d));
        }
    }
    file["diagnostics"] = std::move(diagnostics);
    return file;
}

} // namespace

void write_json(std::span<const FileReport> reports, std::ostream& out) {
    json files = json::array();
    for (const auto& report : reports) {
        files.push_back(file_json(report));
    }
    // Invalid UTF-8 in a path or message must not throw: replace it.
    out << json{{"version", 1}, {"files", std::move(files)}}.dump(-1, ' ', false,
                                                                  json::error_handler_t::replace)
        << '\n';
}

} // namespace parallax
