#include "json_output.h"

#include "utf16_cursor.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <map>
#include <optional>
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
    void string(std::string_view s) {
        if (!is_valid_utf8(s)) {
            // Invalid UTF-8 is rare: nlohmann replaces it with U+FFFD as it always did.
            out_.append(json(s).dump(-1, ' ', false, json::error_handler_t::replace));
            return;
        }
        out_.push_back('"');
        // Runs of characters that need no escape are appended whole, found eight bytes at a time.
        std::size_t run = 0;
        for (std::size_t i = 0; i < s.size();) {
            std::uint64_t eight = 0;
            if (i + sizeof eight <= s.size()) {
                std::memcpy(&eight, s.data() + i, sizeof eight);
                if (!needs_escape(eight)) {
                    i += sizeof eight;
                    continue;
                }
            }
            const auto c = static_cast<unsigned char>(s[i]);
            if (c >= 0x20 && c != '"' && c != '\\') {
                ++i;
                continue;
            }
            out_.append(s.substr(run, i - run));
            escape(static_cast<char>(c));
            run = ++i;
        }
        out_.append(s.substr(run));
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
        Piece piece;
        piece.add("{\"end\":").add(range.end.value).add(",\"start\":").add(range.start.value);
        piece.add("}");
        raw(piece.view());
    }
    void lsp_range(Utf16Cursor& positions, ByteRange range) {
        const PositionRange r = positions.range_of(range);
        Piece piece;
        piece.add("{\"end\":{\"character\":").add(r.end.character);
        piece.add(",\"line\":").add(r.end.line.value);
        piece.add("},\"start\":{\"character\":").add(r.start.character);
        piece.add(",\"line\":").add(r.start.line.value).add("}}");
        raw(piece.view());
    }

private:
    /// A short run of JSON built on the stack and appended at once: an offsets or range object
    /// is nine pieces, and appending each to the output cost more than formatting them.
    class Piece {
    public:
        Piece& add(std::string_view text) {
            std::memcpy(end_, text.data(), text.size());
            end_ += text.size();
            return *this;
        }
        Piece& add(std::uint32_t n) {
            end_ = std::to_chars(end_, std::end(bytes_), n).ptr;
            return *this;
        }
        std::string_view view() const { return {bytes_, static_cast<std::size_t>(end_ - bytes_)}; }

    private:
        char bytes_[128]; // the longest, a range: 61 bytes of keys and four 10-digit numbers
        char* end_ = bytes_;
    };

    /// Whether any of eight bytes needs an escape: a control character, '"' or '\\'. Each test
    /// is exact for the word as a whole (bytes from 0x80 never count as below 0x20).
    static bool needs_escape(std::uint64_t eight) {
        constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
        constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
        const auto has_byte_below = [](std::uint64_t word, std::uint64_t bound) {
            return ((word - kOnes * bound) & ~word & kHighBits) != 0;
        };
        return has_byte_below(eight, 0x20) || has_byte_below(eight ^ (kOnes * '"'), 1) ||
               has_byte_below(eight ^ (kOnes * '\\'), 1);
    }

    void escape(char c) {
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
        default: {
            constexpr std::string_view hex = "0123456789abcdef";
            out_.append("\\u00");
            out_.push_back(hex[static_cast<unsigned char>(c) >> 4U]);
            out_.push_back(hex[static_cast<unsigned char>(c) & 0xFU]);
        }
        }
    }

    std::string& out_;
};

void write_diagnostic(JsonWriter& w, Utf16Cursor& positions, const Diagnostic& d) {
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
                w.lsp_range(positions, replacements[i].range);
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
    w.lsp_range(positions, d.range);
    w.raw(",\"related\":[");
    for (std::size_t i = 0; i < d.related.size(); ++i) {
        const auto& r = d.related[i];
        w.raw(i == 0 ? "{\"message\":" : ",{\"message\":");
        w.string(r.message);
        w.raw(",\"offset\":");
        w.offsets(r.range);
        w.raw(",\"range\":");
        w.lsp_range(positions, r.range);
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

/// The contract's summary as a tree: the perspective map (empty lists until a plugin fills
/// them), every attribution the SDK found, and whatever else plugins summarised under dotted
/// keys. What write_summary() writes for summaries its own tree cannot hold.
json summary_tree(const FileReport& report) {
    json summary = {
        {"perspectives",
         {{"regions", json::array()}, {"mentioned", json::array()}, {"voiced", json::array()}}},
        {"attributions", json::array()}};
    if (report.draft) {
        for (const auto& a : report.draft->attributions) {
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

/// {"content":…,"country":…,"cue":…,"source":…}, as attribution_json() dumps.
void write_attribution(JsonWriter& w, const Attribution& a) {
    w.raw("{");
    if (a.content.size() > 0) {
        w.raw("\"content\":");
        w.offsets(a.content);
        w.raw(",");
    }
    if (!a.country.empty()) {
        w.raw("\"country\":");
        w.string(a.country);
        w.raw(",");
    }
    w.raw("\"cue\":");
    w.offsets(a.cue);
    w.raw(",\"source\":");
    w.offsets(a.source);
    w.raw("}");
}

/// The plugins' summary keys as the tree that nlohmann's json_pointer assignment builds on the
/// empty perspective map, for keys it reads plainly: a dotted key's parents are objects, its
/// last part holds the value, a later key replaces an earlier one. Keys with an escape ("~"), a
/// "/", an empty or numeric part (array indexes), or one that reaches below a value are left to
/// nlohmann (build() gives std::nullopt).
class SummaryTree {
public:
    struct Node {
        const DataValue* value = nullptr;                 // a value, or else an object of:
        std::map<std::string, Node, std::less<>> members; // sorted as nlohmann sorts keys
    };

    static std::optional<SummaryTree> build(const FileReport& report) {
        static const DataValue kNoCodes = std::vector<std::string>{};
        SummaryTree tree;
        Node& perspectives = tree.root_.members["perspectives"];
        for (const char* list : {"regions", "mentioned", "voiced"}) {
            perspectives.members[list].value = &kNoCodes;
        }
        for (const auto& [key, value] : report.summary) {
            if (!tree.assign(key, value)) {
                return std::nullopt;
            }
        }
        return tree;
    }

    const Node& root() const { return root_; }

private:
    static bool plain_part(std::string_view part) {
        return !part.empty() && part.find_first_of("/~") == std::string_view::npos &&
               !std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; });
    }

    bool assign(std::string_view key, const DataValue& value) {
        Node* node = &root_;
        for (std::size_t dot = key.find('.'); dot != std::string_view::npos; dot = key.find('.')) {
            const std::string_view part = key.substr(0, dot);
            if (!plain_part(part)) {
                return false;
            }
            node = &node->members[std::string(part)];
            if (node->value != nullptr) {
                return false; // below a value: nlohmann refuses
            }
            key.remove_prefix(dot + 1);
        }
        if (!plain_part(key)) {
            return false;
        }
        Node& leaf = node->members[std::string(key)];
        leaf.value = &value;
        leaf.members.clear();
        return true;
    }

    Node root_;
};

void write_summary_node(JsonWriter& w, const SummaryTree::Node& node) {
    if (node.value != nullptr) {
        w.value(*node.value);
        return;
    }
    w.raw("{");
    bool first = true;
    for (const auto& [name, member] : node.members) {
        w.raw(first ? "" : ",");
        first = false;
        w.string(name);
        w.raw(":");
        write_summary_node(w, member);
    }
    w.raw("}");
}

/// The summary, byte for byte as summary_tree(report) dumps: the attributions (most of a
/// summary) and the plugins' keys written directly. Building them as an nlohmann tree cost as
/// much as all the diagnostics.
void write_summary(JsonWriter& w, const FileReport& report) {
    constexpr std::string_view kAttributions = "attributions";
    const bool plugin_writes_attributions =
        std::any_of(report.summary.begin(), report.summary.end(), [&](const auto& entry) {
            return std::string_view(entry.first).substr(0, entry.first.find_first_of("./")) ==
                   kAttributions;
        });
    const std::optional<SummaryTree> tree =
        plugin_writes_attributions ? std::nullopt : SummaryTree::build(report);
    if (!tree) {
        w.raw(summary_tree(report).dump(-1, ' ', false, json::error_handler_t::replace));
        return;
    }
    bool first = true;
    auto key = [&](std::string_view name) {
        w.raw(first ? "{" : ",");
        first = false;
        w.string(name);
        w.raw(":");
    };
    auto write_attributions = [&] {
        key(kAttributions);
        w.raw("[");
        if (report.draft) {
            const auto attributions = report.draft->attributions;
            for (std::size_t i = 0; i < attributions.size(); ++i) {
                if (i > 0) {
                    w.raw(",");
                }
                write_attribution(w, attributions[i]);
            }
        }
        w.raw("]");
    };
    bool attributions_written = false;
    for (const auto& [name, member] : tree->root().members) {
        if (!attributions_written && kAttributions < name) {
            write_attributions();
            attributions_written = true;
        }
        key(name);
        write_summary_node(w, member);
    }
    if (!attributions_written) {
        write_attributions();
    }
    w.raw("}");
}

/// One file's object: "diagnostics", "error", "path", "summary", in nlohmann's key order.
void write_file(JsonWriter& w, const FileReport& report) {
    w.raw("{\"diagnostics\":[");
    if (report.draft && !report.diagnostics.empty()) {
        Utf16Cursor positions(report.draft->text);
        for (std::size_t i = 0; i < report.diagnostics.size(); ++i) {
            if (i > 0) {
                w.raw(",");
            }
            write_diagnostic(w, positions, report.diagnostics[i]);
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
    write_summary(w, report);
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
