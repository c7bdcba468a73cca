// The LSP diagnostics writer (server/lsp/lsp_diagnostics.h) against the nlohmann tree it
// replaced: the same bytes, so clients see the same fields, values and key order.
#include "lsp_diagnostics.h"

#include "parallax/protocol/jsonrpc.h"
#include "parallax/protocol/types.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

namespace parallax::lsp {
namespace {

using nlohmann::json;

// --- The mapping as the server built it before: a protocol::Diagnostic per finding. ---

protocol::Range tree_range(const Text& text, ByteRange range, PositionEncoding encoding) {
    PositionRange positions = text.range_of(range, encoding);
    return {{positions.start.line.value, positions.start.character},
            {positions.end.line.value, positions.end.character}};
}

std::vector<protocol::Diagnostic> tree_diagnostics(const std::string& uri, std::int32_t version,
                                                   const Text& text, PositionEncoding encoding,
                                                   const std::vector<Diagnostic>& diagnostics) {
    std::vector<protocol::Diagnostic> out;
    for (const Diagnostic& d : diagnostics) {
        protocol::Diagnostic& lsp = out.emplace_back();
        lsp.range = tree_range(text, d.range, encoding);
        lsp.severity = static_cast<protocol::DiagnosticSeverity>(static_cast<int>(d.severity));
        lsp.code = d.rule;
        lsp.source = "parallax";
        lsp.message = d.message;
        for (const RelatedLocation& related : d.related) {
            lsp.relatedInformation.push_back(
                {{uri, tree_range(text, related.range, encoding)}, related.message});
        }
        json data = json::object();
        for (const auto& [key, value] : d.data)
            data[key] = std::visit([](const auto& v) { return json(v); }, value);
        data["rule"] = d.rule;
        data["version"] = version;
        data["offset"] = {{"start", d.range.start.value}, {"end", d.range.end.value}};
        if (!d.fixes.empty()) {
            json fixes = json::array();
            for (const Fix& fix : d.fixes) {
                json edits = json::array();
                for (const Replacement& r : fix.replacements)
                    edits.push_back(
                        protocol::TextEdit{tree_range(text, r.range, encoding), r.text});
                fixes.push_back({{"title", fix.title}, {"edits", std::move(edits)}});
            }
            data["fixes"] = std::move(fixes);
        }
        lsp.data = std::move(data);
    }
    return out;
}

ByteRange bytes(std::uint32_t start, std::uint32_t end) {
    return {ByteOffset{start}, ByteOffset{end}};
}

/// A draft with ASCII, two-byte, three-byte and four-byte (two UTF-16 units) characters on
/// several lines, and a line with an invalid byte.
const std::string kDraft = "Plain first line.\n"
                           "Caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D \xF0\x9F\x98\x80 emoji "
                           "then more.\n"
                           "A bad \xFF byte, then text.\n"
                           "\r\nLast line without newline";

std::vector<Diagnostic> findings() {
    std::vector<Diagnostic> out;
    Diagnostic plain;
    plain.rule = "claims/weasel";
    plain.severity = Severity::Information;
    plain.range = bytes(0, 5);
    plain.message = "Plain \"quoted\" message\twith a tab\\";
    out.push_back(plain);

    Diagnostic rich;
    rich.rule = "framing/loaded-term";
    rich.severity = Severity::Error;
    rich.range = bytes(25, 38); // across the quotes
    rich.message = "Non-ASCII: caf\xC3\xA9 \xF0\x9F\x98\x80 and a control \x01 char";
    rich.related = {{bytes(39, 43), "the emoji"}, {bytes(0, 5), "first \xE2\x80\x94 line"}};
    rich.data = {{"phrase", std::string("caf\xC3\xA9")},
                 {"score", 0.25},
                 {"count", 3.0},
                 {"alternatives", std::vector<std::string>{"a", "b\"c", "\xC3\xA9"}},
                 {"empty", std::vector<std::string>{}},
                 {"phrase", std::string("later value wins")},
                 {"rule", std::string("the server's rule wins")},
                 {"zeta", std::numeric_limits<double>::quiet_NaN()},
                 {"big", 1e300},
                 {"Upper", std::string("sorted before lower case")}};
    rich.fixes = {{"Replace", {{bytes(25, 29), "Cafe"}, {bytes(40, 44), ""}}},
                  {"Insert \xE2\x80\x9C", {{bytes(44, 44), "\xE2\x80\x9C\n"}}}};
    out.push_back(rich);

    Diagnostic invalid;
    invalid.rule = "sdk/invalid";
    invalid.severity = Severity::Hint;
    invalid.range = bytes(61, 70); // around the invalid byte
    invalid.message = "bad \xFF byte and an overlong \xC0\xAF and a surrogate \xED\xA0\x80";
    invalid.data = {{"text", std::string("\xFE\xFF")},
                    {"list", std::vector<std::string>{"ok", "\xF8"}}};
    invalid.related = {{bytes(66, 67), "the \xFF itself"}};
    out.push_back(invalid);

    Diagnostic past_end;
    past_end.rule = "sdk/end";
    past_end.severity = Severity::Warning;
    past_end.range = bytes(static_cast<std::uint32_t>(kDraft.size()) - 4, 100000);
    past_end.message = "";
    past_end.data = {{"fixes", std::string("a rule's own fixes key, kept without server fixes")},
                     {"offset", 2.0}};
    out.push_back(past_end);
    return out;
}

std::string tree_dump(const std::string& uri, std::int32_t version, const Text& text,
                      PositionEncoding encoding, const std::vector<Diagnostic>& diagnostics) {
    return protocol::dump(json(tree_diagnostics(uri, version, text, encoding, diagnostics)));
}

TEST(LspDiagnostics, WritesTheBytesTheTreeDumped) {
    const Text text(kDraft);
    const std::vector<Diagnostic> diagnostics = findings();
    const std::string uri = "file:///tmp/caf%C3%A9 \"draft\".md";
    for (const PositionEncoding encoding : {PositionEncoding::Utf16, PositionEncoding::Utf8}) {
        const std::string written = lsp_diagnostics_json(uri, 7, text, encoding, diagnostics);
        EXPECT_EQ(written, tree_dump(uri, 7, text, encoding, diagnostics));
        // Parsed back, the same values (invalid UTF-8 replaced on both sides).
        EXPECT_EQ(json::parse(written),
                  json::parse(tree_dump(uri, 7, text, encoding, diagnostics)));
    }
}

TEST(LspDiagnostics, UsesUtf16UnitsForColumns) {
    const Text text(kDraft);
    Diagnostic d;
    d.rule = "r/x";
    d.range = bytes(37, 41); // the emoji: line 1, two UTF-16 units
    const json lsp = json::parse(
        lsp_diagnostics_json("u", 1, text, PositionEncoding::Utf16, std::vector<Diagnostic>{d}));
    EXPECT_EQ(lsp[0]["range"]["start"]["line"], 1);
    EXPECT_EQ(lsp[0]["range"]["start"]["character"], 14);
    EXPECT_EQ(lsp[0]["range"]["end"]["character"], 16);
    EXPECT_EQ(lsp[0]["data"]["offset"], (json{{"start", 37}, {"end", 41}}));
    EXPECT_FALSE(lsp[0].contains("relatedInformation")); // absent when empty, as before
}

TEST(LspDiagnostics, ManyFindingsInAnyOrder) {
    // The positions cursor moves forward and back: findings of a document come in rule order.
    std::string draft;
    for (int i = 0; i < 200; ++i)
        draft += i % 3 == 0 ? "\xC3\xA9t\xC3\xA9 \xF0\x9F\x98\x80 line\n" : "ascii line here\n";
    const Text text(draft);
    std::vector<Diagnostic> diagnostics;
    for (std::uint32_t i = 0; i < 300; ++i) {
        Diagnostic d;
        d.rule = "r/" + std::to_string(i % 7);
        const std::uint32_t start = (i * 7919U) % static_cast<std::uint32_t>(draft.size());
        d.range = bytes(start, start + (i % 23));
        d.message = "m";
        d.related = {{bytes(start / 2, start / 2 + 3), "r"}};
        diagnostics.push_back(std::move(d));
    }
    EXPECT_EQ(lsp_diagnostics_json("u", -1, text, PositionEncoding::Utf16, diagnostics),
              tree_dump("u", -1, text, PositionEncoding::Utf16, diagnostics));
}

TEST(LspDiagnostics, EmptyFindingsAndTheReport) {
    const Text text("x");
    EXPECT_EQ(lsp_diagnostics_json("u", 1, text, PositionEncoding::Utf16, {}), "[]");
    const json report = protocol::FullDocumentDiagnosticReport{
        tree_diagnostics("u", 1, text, PositionEncoding::Utf16, findings())};
    EXPECT_EQ(diagnostic_report_json("u", 1, text, PositionEncoding::Utf16, findings()),
              protocol::dump(report));
}

} // namespace
} // namespace parallax::lsp
