#include "json_output.h"

#include <nlohmann/json.hpp>

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

json file_json(const FileReport& report) {
    json file = {{"path", report.path}};
    if (!report.error.empty()) {
        file["error"] = report.error;
    }
    // Filled by the perspectives plugin and the SDK's evidence model as they land.
    file["summary"] = {
        {"perspectives",
         {{"regions", json::array()}, {"mentioned", json::array()}, {"voiced", json::array()}}},
        {"attributions", json::array()}};
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
