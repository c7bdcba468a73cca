// The output formats on hand-made findings: excerpts of long lines, related notes, counts.

#include "json_output.h"
#include "text_output.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <sstream>

namespace parallax {
namespace {

FileReport report_for(std::string text, std::vector<Diagnostic> diagnostics) {
    FileReport report;
    report.path = "draft.md";
    report.document = Document::build(Text(std::move(text)), DocumentFormat::Markdown);
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
