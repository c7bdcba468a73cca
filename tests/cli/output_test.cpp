// The output formats on hand-made findings: excerpts of long lines, related notes, counts.

#include "json_output.h"
#include "text_output.h"
#include "utf16_cursor.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

namespace parallax {
namespace {

FileReport report_for(std::string text, std::vector<Diagnostic> diagnostics) {
    FileReport report;
    report.path = "draft.md";
    report.draft =
        CheckedDraft::of(*Document::build(Text(std::move(text)), DocumentFormat::Markdown));
    report.diagnostics = std::move(diagnostics);
    return report;
}

ByteRange range_of(const std::string& text, const std::string& part) {
    const auto at = static_cast<std::uint32_t>(text.find(part));
    return {ByteOffset{at}, ByteOffset{at + static_cast<std::uint32_t>(part.size())}};
}

TEST(TextOutput, LongLinesAreShownAsAWindowAroundTheFinding) {
    std::string text(300, 'a');
    text += " target words ";
    text += std::string(300, 'b');
    Diagnostic d{"claims/x", Severity::Warning, range_of(text, "target"), "msg", {}, {}, {}};
    const FileReport reports[] = {report_for(text, {d})};
    std::ostringstream out;
    write_text(reports, out, TextStyle{false});
    const std::string s = out.str();
    EXPECT_NE(s.find("draft.md:1:302: warning: msg [claims/x]"), std::string::npos) << s;
    const auto excerpt = s.find("    …");
    ASSERT_NE(excerpt, std::string::npos) << s;
    const auto line_end = s.find('\n', excerpt);
    const std::string shown = s.substr(excerpt + 4, line_end - excerpt - 4);
    EXPECT_NE(shown.find("target"), std::string::npos);
    EXPECT_LT(shown.size(), 120u);
    // The caret sits under "target" in the window.
    const std::string caret_line =
        s.substr(line_end + 1, s.find('\n', line_end + 1) - line_end - 1);
    const auto caret = caret_line.find('^');
    ASSERT_NE(caret, std::string::npos);
    // Columns are code points: "…" is one column but three bytes.
    EXPECT_EQ(caret, shown.find("target") - 2 + 4);
    EXPECT_NE(caret_line.find("^~~~~~"), std::string::npos);
}

TEST(TextOutput, RelatedLocationsAndCounts) {
    const std::string text = "First claim here.\n\nSecond claim here.\n";
    Diagnostic a{"framing/x",
                 Severity::Information,
                 range_of(text, "Second claim"),
                 "again",
                 {{range_of(text, "First claim"), "first told here"}},
                 {},
                 {}};
    Diagnostic b{"claims/y", Severity::Warning, range_of(text, "First"), "why", {}, {}, {}};
    const FileReport reports[] = {report_for(text, {b, a})};
    std::ostringstream out;
    write_text(reports, out, TextStyle{false});
    EXPECT_NE(out.str().find("  draft.md:1:1: note: first told here"), std::string::npos)
        << out.str();
    EXPECT_NE(out.str().find("Found 2 findings (1 warning, 1 information) in 1 file."),
              std::string::npos)
        << out.str();
}

TEST(JsonOutput, DataValuesAndRelatedLocations) {
    const std::string text = "Regional stability matters.\n\nRegional stability again.\n";
    Diagnostic d{"framing/repeated-phrase",
                 Severity::Warning,
                 ByteRange{ByteOffset{29}, ByteOffset{47}},
                 "repeated",
                 {{ByteRange{ByteOffset{0}, ByteOffset{18}}, "first use"}},
                 {{"phrase", std::string("regional stability")},
                  {"count", 2.0},
                  {"missing", std::vector<std::string>{"Melanesia"}}},
                 {}};
    const FileReport reports[] = {report_for(text, {d})};
    std::ostringstream out;
    write_json(reports, out);
    const auto j = nlohmann::json::parse(out.str());
    const auto& got = j["files"][0]["diagnostics"][0];
    EXPECT_EQ(got["data"]["phrase"], "regional stability");
    EXPECT_EQ(got["data"]["count"], 2.0);
    EXPECT_EQ(got["data"]["missing"][0], "Melanesia");
    EXPECT_EQ(got["range"]["start"]["line"], 2);
    EXPECT_EQ(got["related"][0]["offset"]["end"], 18);
    EXPECT_EQ(got["related"][0]["message"], "first use");
}

} // namespace
} // namespace parallax

namespace parallax {
namespace {

TEST(JsonOutput, PluginSummariesNestUnderTheirDottedKeys) {
    FileReport report = report_for("Tokyo said so.\n", {});
    report.summary = {{"perspectives.voiced", std::vector<std::string>{"JP"}},
                      {"perspectives.regions", std::vector<std::string>{"Eastern Asia"}}};
    const FileReport reports[] = {std::move(report)};
    std::ostringstream out;
    write_json(reports, out);
    const auto summary = nlohmann::json::parse(out.str())["files"][0]["summary"];
    EXPECT_EQ(summary["perspectives"]["voiced"], nlohmann::json::array({"JP"}));
    EXPECT_EQ(summary["perspectives"]["regions"], nlohmann::json::array({"Eastern Asia"}));
    EXPECT_EQ(summary["perspectives"]["mentioned"], nlohmann::json::array());
    EXPECT_TRUE(summary["attributions"].is_array());
}

} // namespace
} // namespace parallax

namespace parallax {
namespace {

// write_json writes its text directly; the expected text is what nlohmann made of the tree the
// writer built before: escapes, invalid UTF-8, a repeated data key, numbers and key order.
TEST(JsonOutput, BytesAreThoseOfTheNlohmannTree) {
    using nlohmann::json;
    const std::string text = "Some text here.\n";
    const std::string message = "quote \" backslash \\ controls \x01\x1f\t\n\b\f\r del \x7f "
                                "curly \xE2\x80\x9Cx\xE2\x80\x9D emoji \xF0\x9F\x98\x80 "
                                "invalid \xFF\xC3( end";
    Diagnostic d{"claims/x",
                 Severity::Hint,
                 range_of(text, "text"),
                 message,
                 {{range_of(text, "Some"), "related \"one\""}},
                 {{"k", std::string("first")},
                  {"b", 2.5},
                  {"k", std::string("last")},
                  {"big", 1e20},
                  {"list", std::vector<std::string>{"a\"", "\xE2\x80"}}},
                 {{"Replace \u201ctext\u201d", {{range_of(text, "text"), "words"}}}}};
    FileReport unreadable;
    unreadable.path = "bad \"name\".md";
    unreadable.error = "could not read \x02";
    const FileReport reports[] = {report_for(text, {d}), std::move(unreadable)};
    std::ostringstream out;
    write_json(reports, out);

    auto position = [](int line, int character) {
        return json{{"line", line}, {"character", character}};
    };
    const json summary = {
        {"perspectives",
         {{"regions", json::array()}, {"mentioned", json::array()}, {"voiced", json::array()}}},
        {"attributions", json::array()}};
    const json related = {{"message", "related \"one\""},
                          {"range", {{"start", position(0, 0)}, {"end", position(0, 4)}}},
                          {"offset", {{"start", 0}, {"end", 4}}}};
    const json diagnostic = {
        {"rule", "claims/x"},
        {"severity", "hint"},
        {"message", message},
        {"range", {{"start", position(0, 5)}, {"end", position(0, 9)}}},
        {"offset", {{"start", 5}, {"end", 9}}},
        {"related", json::array({related})},
        {"data",
         {{"k", "last"}, {"b", 2.5}, {"big", 1e20}, {"list", json::array({"a\"", "\xE2\x80"})}}},
        {"fixes",
         json::array(
             {{{"title", "Replace \u201ctext\u201d"},
               {"edits",
                json::array({{{"newText", "words"},
                              {"range", {{"start", position(0, 5)}, {"end", position(0, 9)}}},
                              {"offset", {{"start", 5}, {"end", 9}}}}})}}})}};
    const json files = json::array(
        {{{"path", "draft.md"}, {"summary", summary}, {"diagnostics", json::array({diagnostic})}},
         {{"path", "bad \"name\".md"},
          {"error", "could not read \x02"},
          {"summary", summary},
          {"diagnostics", json::array()}}});
    const std::string expected =
        json{{"version", 1}, {"files", files}}.dump(-1, ' ', false, json::error_handler_t::replace);
    EXPECT_EQ(out.str(), expected + "\n");
}

} // namespace
} // namespace parallax

namespace parallax {
namespace {

/// The summary as the writer built it before it wrote attributions itself: one nlohmann tree.
nlohmann::json summary_as_one_tree(const FileReport& report) {
    using nlohmann::json;
    auto offsets = [](ByteRange r) { return json{{"start", r.start.value}, {"end", r.end.value}}; };
    json summary = {
        {"perspectives",
         {{"regions", json::array()}, {"mentioned", json::array()}, {"voiced", json::array()}}},
        {"attributions", json::array()}};
    for (const auto& a : report.draft->attributions) {
        json out = {{"source", offsets(a.source)}, {"cue", offsets(a.cue)}};
        if (a.content.size() > 0) {
            out["content"] = offsets(a.content);
        }
        if (!a.country.empty()) {
            out["country"] = a.country;
        }
        summary["attributions"].push_back(out);
    }
    for (const auto& [key, value] : report.summary) {
        std::string pointer = "/" + key;
        std::replace(pointer.begin(), pointer.end(), '.', '/');
        summary[json::json_pointer(pointer)] =
            std::visit([](const auto& v) { return json(v); }, value);
    }
    return summary;
}

std::string summary_text_of(const FileReport& report) {
    const FileReport reports[] = {report};
    std::ostringstream out;
    write_json(reports, out);
    const std::string text = out.str();
    const auto at = text.find("\"summary\":") + std::string("\"summary\":").size();
    return text.substr(at, text.rfind("}],\"version\"") - at);
}

TEST(JsonOutput, SummaryBytesAreThoseOfTheNlohmannTree) {
    FileReport report =
        report_for("Officials in Tokyo said that the talks failed. \"We will wait,\" "
                   "the minister told reporters. According to the ministry, "
                   "nothing changed. Critics say otherwise.\n",
                   {});
    ASSERT_GE(report.draft->attributions.size(), 2u);
    // Keys that sort before, between and after "attributions" and "perspectives".
    report.summary = {{"perspectives.voiced", std::vector<std::string>{"JP"}},
                      {"aardvark", std::string("first \"key\"")},
                      {"b.c.d", 2.5},
                      {"zebra", std::vector<std::string>{"z"}},
                      {"attributionsx", std::string("after attributions")}};
    const std::string expected =
        summary_as_one_tree(report).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    EXPECT_EQ(summary_text_of(report), expected);
}

// Keys the writer's own tree holds (replaced values, a value replacing an object, keys around
// "perspectives") and keys it leaves to nlohmann (escaped or numeric parts, a "/", invalid
// UTF-8): the same bytes either way.
TEST(JsonOutput, SummaryKeysOfEveryShapeAreWrittenAsNlohmannWritesThem) {
    const std::vector<std::vector<std::pair<std::string, DataValue>>> cases = {
        {{"perspectives.regions", std::vector<std::string>{"Eastern Asia"}},
         {"perspectives.regions", std::vector<std::string>{"Western Europe", "x\"y"}},
         {"perspectives", std::string("replaced")}},
        {{"x.y", 1.5}, {"x", std::string("now a value")}, {"x2.y.z", 3.0}},
        {{"a", std::string("b")}, {"perspectivez", 0.1}, {"attribution", 2.0}},
        {{"a/b", 1.0}},
        {{"a~1b", 1.0}},
        {{"n.0", std::string("first")}},
        {{"perspectives.voiced", std::vector<std::string>{}}, {"bad\xFF", std::string("\xFE")}},
    };
    for (const auto& summary : cases) {
        FileReport report = report_for("Officials said that the talks failed.\n", {});
        report.summary = summary;
        const std::string expected = summary_as_one_tree(report).dump(
            -1, ' ', false, nlohmann::json::error_handler_t::replace);
        EXPECT_EQ(summary_text_of(report), expected) << summary.front().first;
    }
}

TEST(JsonOutput, APluginKeyUnderAttributionsIsWrittenAsBefore) {
    FileReport report = report_for("Officials said that the talks failed.\n", {});
    report.summary = {{"attributions.-", std::string("appended by a plugin")}};
    const std::string expected =
        summary_as_one_tree(report).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    EXPECT_NE(expected.find("appended by a plugin"), std::string::npos);
    EXPECT_EQ(summary_text_of(report), expected);
}

/// Every offset of `text`, in increasing, decreasing and scattered order, against Text.
void expect_cursor_agrees_with_text(const std::string& content) {
    const Text text(content);
    const auto size = static_cast<std::uint32_t>(content.size());
    std::vector<std::uint32_t> offsets;
    for (std::uint32_t o = 0; o <= size + 2; ++o) {
        offsets.push_back(o);
    }
    std::vector<std::uint32_t> backwards(offsets.rbegin(), offsets.rend());
    std::vector<std::uint32_t> scattered;
    for (std::uint32_t i = 0; i < offsets.size(); ++i) {
        scattered.push_back((i * 7919U) % static_cast<std::uint32_t>(offsets.size()));
    }
    for (const auto& order : {offsets, backwards, scattered}) {
        Utf16Cursor cursor(text);
        for (const std::uint32_t o : order) {
            EXPECT_EQ(cursor.position_of(ByteOffset{o}),
                      text.position_of(ByteOffset{o}, PositionEncoding::Utf16))
                << "offset " << o;
        }
    }
}

TEST(Utf16Cursor, GivesTextsPositionsInAnyOrder) {
    expect_cursor_agrees_with_text("");
    expect_cursor_agrees_with_text("plain ascii line\nsecond line\n");
    expect_cursor_agrees_with_text("caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D emoji "
                                   "\xF0\x9F\x98\x80 and \xF0\x9F\x98\x80x\r\n\r\n"
                                   "\xE4\xB8\xAD\xE6\x96\x87 last line without newline");
    expect_cursor_agrees_with_text("\n\n\xF0\x9F\x98\x80\n");
}

TEST(Utf16Cursor, InvalidUtf8CountsAsTextCountsIt) {
    expect_cursor_agrees_with_text("bad \xFF byte, cut \xE2\x80 char\n\x80\x80 stray \xF0\x9F");
    // Lines are judged one by one: valid lines around an invalid one.
    expect_cursor_agrees_with_text("caf\xC3\xA9 \xF0\x9F\x98\x80 valid\r\nbad \xFF here \xC3\xA9\n"
                                   "\xF0\x9F\x98\x80 valid again \xE2\x80\x9C\n\xE2\x80");
}

TEST(Utf16Cursor, RangesOnOneLine) {
    const Text text("\xF0\x9F\x98\x80 ab\ncd");
    Utf16Cursor cursor(text);
    const PositionRange r = cursor.range_of(ByteRange{ByteOffset{5}, ByteOffset{9}});
    EXPECT_EQ(r.start, (Position{LineNumber{0}, 3}));
    EXPECT_EQ(r.end, (Position{LineNumber{1}, 1}));
}

} // namespace
} // namespace parallax

namespace parallax {
namespace {

// The writer scans strings eight bytes at a time: each character that needs an escape, at each
// position around those eight-byte steps, is escaped as nlohmann escapes it.
TEST(JsonOutput, EscapesAtEveryPositionOfAString) {
    using nlohmann::json;
    const std::string text = "Some text here.\n";
    for (const char special : {'"', '\\', '\n', '\x01', '\x1f', '\x7f'}) {
        for (std::size_t at = 0; at < 18; ++at) {
            std::string message(18, 'a');
            message[at] = special;
            message += "\xE2\x80\x9C"; // and a character beyond ASCII after it
            Diagnostic d{"claims/x", Severity::Hint, range_of(text, "text"), message, {}, {}, {}};
            const FileReport reports[] = {report_for(text, {d})};
            std::ostringstream out;
            write_json(reports, out);
            const std::string expected =
                "\"message\":" + json(message).dump(-1, ' ', false, json::error_handler_t::replace);
            EXPECT_NE(out.str().find(expected + ","), std::string::npos)
                << "character " << static_cast<int>(special) << " at " << at;
        }
    }
}

} // namespace
} // namespace parallax
