#include "json_output.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace parallax {
namespace {

using nlohmann::json;

json offsets(ByteRange range) {
    return {{"start", range.start.value}, {"end", range.end.value}};
}

json data_value(const DataValue& value) {
    return std::visit([](const auto& v) { return json(v); }, value);
}

/// Writes JSON text straight into a string: the diagnostics are most of a report, and building
/// an nlohmann tree for each one cost more than checking the draft. Output is byte for byte what
/// nlohmann's dump(-1, ' ', false, replace) writes: keys in sorted order, no spaces, UTF-8 as
/// is, control characters escaped.
class JsonWriter {
public:
    explicit JsonWriter(std::string& out) : out_(out) {}

    void raw(std::string_view text) { out_.append(text); }
    void number(std::uint32_t n) { out_.append(std::to_string(n)); }
    void string(std::string_view s) {
        if (!is_valid_utf8(s)) {
            // Invalid UTF-8 is rare: nlohmann replaces it with U+FFFD as it always did.
            out_.append(json(s).dump(-1, ' ', false, json::error_handler_t::replace));
            return;
        }
        out_.push_back('"');
        for (const char c : s) {
            switch (c) {
            case '"':
                out_.append("\\\"");
                break;
            case '\\':
                out_.append("\\\\");
                break;
            case '\b':
                out_.append("\\b");
                break;
            case '\f':
                out_.append("\\f");
                break;
            case '\n':
                out_.append("\\n");
                break;
            case '\r':
                out_.append("\\r");
                break;
            case '\t':
                out_.append("\\t");
                break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    constexpr std::string_view hex = "0123456789abcdef";
                    out_.append("\\u00");
                    out_.push_back(hex[static_cast<unsigned char>(c) >> 4U]);
                    out_.push_back(hex[static_cast<unsigned char>(c) & 0xFU]);
                } else {
                    out_.push_back(c);
                }
            }
        }
        out_.push_back('"');
    }
    void value(const DataValue& v) {
        std::visit(
            [&](const auto& x) {
                using T = std::decay_t<decltype(x)>;
                if constexpr (std::is_same_v<T, std::string>) {
                    string(x);
                } else if constexpr (std::is_same_v<T, std::vector<std::string>>) {
                    out_.push_back('[');
                    for (std::size_t i = 0; i < x.size(); ++i) {
                        if (i > 0) {
                            out_.push_back(',');
                        }
                        string(x[i]);
                    }
                    out_.push_back(']');
                } else {
                    out_.append(json(x).dump()); // nlohmann's shortest round-trip form
                }
            },
            v);
    }
    void offsets(ByteRange range) {
        raw("{\"end\":");
        number(range.end.value);
        raw(",\"start\":");
        number(range.start.value);
        out_.push_back('}');
    }
    void lsp_range(const Text& text, ByteRange range) {
        const PositionRange r = text.range_of(range, PositionEncoding::Utf16);
        raw("{\"end\":{\"character\":");
        number(r.end.character);
        raw(",\"line\":");
        number(r.end.line.value);
        raw("},\"start\":{\"character\":");
        number(r.start.character);
        raw(",\"line\":");
        number(r.start.line.value);
        raw("}}");
    }

private:
    std::string& out_;
};

void write_diagnostic(JsonWriter& w, const Text& text, const Diagnostic& d) {
    // nlohmann's object kept the last value of a repeated key, in key order.
    std::vector<const std::pair<std::string, DataValue>*> data;
    data.reserve(d.data.size());
    for (const auto& entry : d.data) {
        data.push_back(&entry);
    }
    std::stable_sort(data.begin(), data.end(),
                     [](const auto* a, const auto* b) { return a->first < b->first; });
    w.raw("{\"data\":{");
    bool first = true;
    for (std::size_t i = 0; i < data.size(); ++i) {
        if (i + 1 < data.size() && data[i + 1]->first == data[i]->first) {
            continue; // a later value of the same key wins
        }
        if (!first) {
            w.raw(",");
        }
        first = false;
        w.string(data[i]->first);
        w.raw(":");
        w.value(data[i]->second);
    }
    w.raw("}");
    if (!d.fixes.empty()) {
        // Each fix as the LSP's TextEdits, with byte offsets too: what `--fix`-style tools apply.
        w.raw(",\"fixes\":[");
        for (std::size_t f = 0; f < d.fixes.size(); ++f) {
            w.raw(f == 0 ? "{\"edits\":[" : ",{\"edits\":[");
            const auto& replacements = d.fixes[f].replacements;
            for (std::size_t i = 0; i < replacements.size(); ++i) {
                w.raw(i == 0 ? "{\"newText\":" : ",{\"newText\":");
                w.string(replacements[i].text);
                w.raw(",\"offset\":");
                w.offsets(replacements[i].range);
                w.raw(",\"range\":");
                w.lsp_range(text, replacements[i].range);
                w.raw("}");
            }
            w.raw("],\"title\":");
            w.string(d.fixes[f].title);
            w.raw("}");
        }
        w.raw("]");
    }
    w.raw(",\"message\":");
    w.string(d.message);
    w.raw(",\"offset\":");
    w.offsets(d.range);
    w.raw(",\"range\":");
    w.lsp_range(text, d.range);
    w.raw(",\"related\":[");
    for (std::size_t i = 0; i < d.related.size(); ++i) {
        const auto& r = d.related[i];
        w.raw(i == 0 ? "{\"message\":" : ",{\"message\":");
        w.string(r.message);
        w.raw(",\"offset\":");
        w.offsets(r.range);
        w.raw(",\"range\":");
        w.lsp_range(text, r.range);
        w.raw("}");
    }
    w.raw("],\"rule\":");
    w.string(d.rule);
    w.raw(",\"severity\":");
    w.string(to_string(d.severity));
    w.raw("}");
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

/// One file's object: "diagnostics", "error", "path", "summary", in nlohmann's key order.
void write_file(JsonWriter& w, const FileReport& report) {
    w.raw("{\"diagnostics\":[");
    if (report.document) {
        for (std::size_t i = 0; i < report.diagnostics.size(); ++i) {
            if (i > 0) {
                w.raw(",");
            }
            write_diagnostic(w, report.document->text(), report.diagnostics[i]);
        }
    }
    w.raw("],");
    if (!report.error.empty()) {
        w.raw("\"error\":");
        w.string(report.error);
        w.raw(",");
    }
    w.raw("\"path\":");
    w.string(report.path);
    w.raw(",\"summary\":");
    w.raw(summary_json(report).dump(-1, ' ', false, json::error_handler_t::replace));
    w.raw("}");
}

} // namespace

void write_json(std::span<const FileReport> reports, std::ostream& out) {
    std::string text;
    JsonWriter w(text);
    w.raw("{\"files\":[");
    for (std::size_t i = 0; i < reports.size(); ++i) {
        if (i > 0) {
            w.raw(",");
        }
        write_file(w, reports[i]);
    }
    w.raw("],\"version\":1}\n");
    out << text;
}

} // namespace parallax
