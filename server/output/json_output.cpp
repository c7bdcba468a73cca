#include "json_output.h"

#include "sdk_json.h"
#include "utf16_cursor.h"

#include "parallax/protocol/json_writer.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parallax {
namespace {

using nlohmann::json;
using protocol::JsonWriter;

json offsets(ByteRange range) {
    return {{"start", range.start.value}, {"end", range.end.value}};
}

json data_value(const DataValue& value) {
    return std::visit([](const auto& v) { return json(v); }, value);
}

void write_diagnostic(JsonWriter& w, Utf16Cursor& positions, const Diagnostic& d) {
    struct Member {
        std::string_view key;
        const DataValue* value = nullptr;
        std::uint32_t order = 0;
    };
    std::vector<Member> data;
    data.reserve(d.data.size());
    for (const auto& [key, value] : d.data) {
        data.push_back({key, &value, static_cast<std::uint32_t>(data.size())});
    }
    sort_members_as_nlohmann(data);
    w.raw("{\"data\":{");
    for (std::size_t i = 0; i < data.size(); ++i) {
        w.raw(i == 0 ? "" : ",");
        w.string(data[i].key);
        w.raw(":");
        write_value(w, *data[i].value);
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
                write_offsets(w, replacements[i].range);
                w.raw(",\"range\":");
                write_lsp_range(w, positions.range_of(replacements[i].range));
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
    write_offsets(w, d.range);
    w.raw(",\"range\":");
    write_lsp_range(w, positions.range_of(d.range));
    w.raw(",\"related\":[");
    for (std::size_t i = 0; i < d.related.size(); ++i) {
        const auto& r = d.related[i];
        w.raw(i == 0 ? "{\"message\":" : ",{\"message\":");
        w.string(r.message);
        w.raw(",\"offset\":");
        write_offsets(w, r.range);
        w.raw(",\"range\":");
        write_lsp_range(w, positions.range_of(r.range));
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
        write_offsets(w, a.content);
        w.raw(",");
    }
    if (!a.country.empty()) {
        w.raw("\"country\":");
        w.string(a.country);
        w.raw(",");
    }
    w.raw("\"cue\":");
    write_offsets(w, a.cue);
    w.raw(",\"source\":");
    write_offsets(w, a.source);
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
        write_value(w, *node.value);
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
