// The CI formats on hand-made findings: GitHub workflow commands, JUnit XML, SARIF, and the
// HTML report's escaping and highlights.

#include "codequality_output.h"
#include "github_output.h"
#include "html_report.h"
#include "junit_output.h"
#include "markup.h"
#include "sarif_output.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <regex>
#include <sstream>

namespace parallax {
namespace {

using nlohmann::json;

FileReport report_for(std::string path, std::string text, std::vector<Diagnostic> diagnostics) {
    FileReport report;
    report.path = std::move(path);
    report.draft =
        CheckedDraft::of(*Document::build(Text(std::move(text)), DocumentFormat::Markdown));
    report.diagnostics = std::move(diagnostics);
    return report;
}

ByteRange range_of(const std::string& text, const std::string& part, std::size_t from = 0) {
    const auto at = static_cast<std::uint32_t>(text.find(part, from));
    return {ByteOffset{at}, ByteOffset{at + static_cast<std::uint32_t>(part.size())}};
}

std::size_t count(const std::string& haystack, const std::string& needle) {
    std::size_t n = 0;
    for (auto at = haystack.find(needle); at != std::string::npos;
         at = haystack.find(needle, at + 1)) {
        ++n;
    }
    return n;
}

TEST(GithubOutput, EscapesDataAndProperties) {
    EXPECT_EQ(escape_github_data("50% of a:b,c\r\nnext"), "50%25 of a:b,c%0D%0Anext");
    EXPECT_EQ(escape_github_property("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
}

TEST(GithubOutput, OneCommandPerFindingWithOneBasedPositions) {
    const std::string text = "Intro.\n\n😀 Critics say: 100% wrong, surely.\n";
    Diagnostic warning{"claims/weasel-attribution",
                       Severity::Warning,
                       range_of(text, "Critics say"),
                       "who?\nName them, 100%",
                       {},
                       {},
                       {}};
    Diagnostic note{"framing/x", Severity::Information, range_of(text, "surely"), "note", {}, {},
                    {}};
    Diagnostic error{"claims/y", Severity::Error, range_of(text, "Intro"), "bad", {}, {}, {}};
    FileReport unreadable;
    unreadable.path = "gone.md";
    unreadable.error = "cannot read file: No such file";
    const FileReport reports[] = {report_for("dir/a,b:c.md", text, {error, warning, note}),
                                  std::move(unreadable)};
    std::ostringstream out;
    write_github(reports, out);
    EXPECT_EQ(
        out.str(),
        "::error file=dir/a%2Cb%3Ac.md,line=1,col=1,endLine=1,endColumn=6,title=claims/y::bad\n"
        // The emoji is two UTF-16 units: "Critics" starts at column 4.
        "::warning file=dir/a%2Cb%3Ac.md,line=3,col=4,endLine=3,endColumn=15,"
        "title=claims/weasel-attribution::who?%0AName them, 100%25\n"
        "::notice file=dir/a%2Cb%3Ac.md,line=3,col=29,endLine=3,endColumn=35,"
        "title=framing/x::note\n"
        "::error file=gone.md,title=parallax::cannot read file: No such file\n");
}

TEST(CodeQualityOutput, OneIssuePerFindingWithStableDistinctFingerprints) {
    const std::string text = "Critics say so.\n\nCritics say so.\n";
    Diagnostic first{"claims/weasel-attribution",
                     Severity::Warning,
                     range_of(text, "Critics"),
                     "who?",
                     {},
                     {},
                     {}};
    Diagnostic second = first;
    second.range = range_of(text, "Critics", 5);
    Diagnostic error{"claims/y", Severity::Error, range_of(text, "so"), "bad", {}, {}, {}};
    const FileReport reports[] = {report_for("a.md", text, {first, second, error})};
    std::ostringstream out;
    write_codequality(reports, out);
    const json issues = json::parse(out.str());
    ASSERT_EQ(issues.size(), 3u);
    EXPECT_EQ(issues[0].at("check_name"), "claims/weasel-attribution");
    EXPECT_EQ(issues[0].at("description"), "who?");
    EXPECT_EQ(issues[0].at("severity"), "minor");
    EXPECT_EQ(issues[2].at("severity"), "major");
    EXPECT_EQ(issues[0].at("location").at("path"), "a.md");
    EXPECT_EQ(issues[1].at("location").at("lines").at("begin"), 3);
    EXPECT_NE(issues[0].at("fingerprint"), issues[1].at("fingerprint"));
    std::ostringstream again;
    write_codequality(reports, again);
    EXPECT_EQ(again.str(), out.str());
    EXPECT_EQ(stable_hash(""), 0xcbf29ce484222325ULL);
    EXPECT_EQ(stable_hash("a"), 0xaf63dc4c8601ec8cULL);
}

TEST(JunitOutput, SuitePerFileCasePerFindingAndPassingCaseForCleanFiles) {
    const std::string text = "Critics say <it> & \"more\".\n";
    Diagnostic d{"claims/weasel-attribution",
                 Severity::Warning,
                 range_of(text, "Critics say"),
                 "who says <it> & \"that\"?",
                 {},
                 {},
                 {}};
    FileReport unreadable;
    unreadable.path = "gone.md";
    unreadable.error = "cannot read";
    const FileReport reports[] = {report_for("a.md", text, {d, d}),
                                  report_for("clean.md", "Fine.\n", {}), std::move(unreadable)};
    std::ostringstream out;
    write_junit(reports, out);
    const std::string xml = out.str();
    EXPECT_NE(xml.find("<testsuites name=\"parallax\" tests=\"4\" failures=\"2\" errors=\"1\">"),
              std::string::npos)
        << xml;
    EXPECT_EQ(count(xml, "<testsuite "), 3u);
    EXPECT_EQ(count(xml, "<testcase "), 4u);
    EXPECT_EQ(count(xml, "<failure "), 2u);
    EXPECT_EQ(count(xml, "<error "), 1u);
    EXPECT_NE(xml.find("<testcase classname=\"clean.md\" name=\"no findings\"/>"),
              std::string::npos);
    EXPECT_NE(xml.find("message=\"who says &lt;it&gt; &amp; &quot;that&quot;?\""),
              std::string::npos);
    EXPECT_EQ(xml.find("<it>"), std::string::npos);
    EXPECT_EQ(escape_markup(std::string("a\x01"
                                        "b\tc",
                                        5)),
              "ab\tc");
}

TEST(SarifOutput, RulesResultsRegionsAndRelatedLocations) {
    const std::string text = "# T\n\n😀 Regional stability matters.\n\nRegional stability again.\n";
    Diagnostic d{"test/unregistered",
                 Severity::Information,
                 range_of(text, "Regional stability", 20),
                 "again",
                 {{range_of(text, "Regional stability"), "first use"}},
                 {},
                 {}};
    Diagnostic weasel{"claims/weasel-attribution",
                      Severity::Warning,
                      range_of(text, "matters"),
                      "who?",
                      {},
                      {},
                      {}};
    const FileReport reports[] = {report_for("drafts/a b.md", text, {weasel, d})};
    std::ostringstream out;
    write_sarif(reports, out, SarifOptions{"1.2.3", "https://example.org/rules#{rule}"});
    const json log = json::parse(out.str());
    EXPECT_EQ(log.at("version"), "2.1.0");
    const json& run = log.at("runs").at(0);
    EXPECT_EQ(run.at("columnKind"), "utf16CodeUnits");
    const json& driver = run.at("tool").at("driver");
    EXPECT_EQ(driver.at("name"), "parallax");
    EXPECT_EQ(driver.at("version"), "1.2.3");
    const json& rule = driver.at("rules").at(0);
    EXPECT_EQ(rule.at("id"), "claims/weasel-attribution");
    EXPECT_FALSE(rule.at("shortDescription").at("text").get<std::string>().empty());
    EXPECT_FALSE(rule.at("fullDescription").at("text").get<std::string>().empty());
    EXPECT_NE(rule.at("help").at("text").get<std::string>().find(
                  "parallax explain claims/weasel-attribution"),
              std::string::npos);
    EXPECT_EQ(rule.at("helpUri"), "https://example.org/rules#claims/weasel-attribution");
    EXPECT_EQ(rule.at("defaultConfiguration").at("level"), "warning");

    const json& results = run.at("results");
    ASSERT_EQ(results.size(), 2u);
    EXPECT_EQ(results[0].at("ruleId"), "claims/weasel-attribution");
    EXPECT_EQ(results[0].at("ruleIndex"), 0);
    EXPECT_EQ(results[0].at("level"), "warning");
    const json& location = results[0].at("locations").at(0).at("physicalLocation");
    EXPECT_EQ(location.at("artifactLocation").at("uri"), "drafts/a%20b.md");
    // "😀 Regional stability " is 2 + 20 UTF-16 units before "matters": column 23, 1-based.
    EXPECT_EQ(location.at("region").at("startLine"), 3);
    EXPECT_EQ(location.at("region").at("startColumn"), 23);
    EXPECT_EQ(location.at("region").at("endColumn"), 30);
    EXPECT_FALSE(results[1].contains("ruleIndex")); // not a registered rule
    EXPECT_EQ(results[1].at("level"), "note");
    const json& related = results[1].at("relatedLocations").at(0);
    EXPECT_EQ(related.at("message").at("text"), "first use");
    EXPECT_EQ(related.at("physicalLocation").at("region").at("startLine"), 3);
    EXPECT_EQ(related.at("physicalLocation").at("region").at("startColumn"), 4);
}

TEST(SarifOutput, UnreadableFilesAreNotificationsAndUrisAreEncoded) {
    FileReport unreadable;
    unreadable.path = "/abs/päth.md";
    unreadable.error = "cannot read";
    const FileReport reports[] = {std::move(unreadable)};
    std::ostringstream out;
    write_sarif(reports, out, SarifOptions{});
    const json run = json::parse(out.str()).at("runs").at(0);
    const json& invocation = run.at("invocations").at(0);
    EXPECT_EQ(invocation.at("executionSuccessful"), false);
    EXPECT_EQ(invocation.at("toolExecutionNotifications").at(0).at("level"), "error");
    EXPECT_TRUE(run.at("results").empty());
    EXPECT_FALSE(run.at("tool").at("driver").at("rules").at(0).contains("helpUri"));
    EXPECT_EQ(artifact_uri("/abs/päth.md"), "file:///abs/p%C3%A4th.md");
    EXPECT_EQ(artifact_uri("./a#b.md"), "a%23b.md");
}

TEST(HtmlReport, DraftTextIsEscapedAndEveryFindingHighlightedOnce) {
    const std::string text =
        "Critics say <script>alert('x')</script> & <img src=x onerror=alert(1)> will fail.\n\n"
        "Some analysts believe it; some analysts believe more.\n";
    // Overlapping findings split the text but keep one marker each.
    Diagnostic a{"claims/weasel-attribution",
                 Severity::Warning,
                 range_of(text, "Critics say <script>"),
                 "who <b>says</b>?",
                 {},
                 {},
                 {}};
    Diagnostic b{"claims/weasel-attribution",
                 Severity::Error,
                 range_of(text, "say <script>alert"),
                 "overlap",
                 {},
                 {},
                 {}};
    Diagnostic c{"claims/weasel-attribution",
                 Severity::Warning,
                 range_of(text, "Some analysts"),
                 "which analysts?",
                 {},
                 {},
                 {}};
    FileReport report = report_for("<b>draft</b>.md", text, {a, b, c});
    report.summary = {{"perspectives.regions", std::vector<std::string>{"Eastern Asia"}},
                      {"perspectives.mentioned", std::vector<std::string>{"CN", "JP", "KR"}},
                      {"perspectives.voiced", std::vector<std::string>{"JP"}}};
    const FileReport reports[] = {std::move(report)};
    std::ostringstream out;
    write_html_report(reports, out, HtmlReportOptions{"1.0"});
    const std::string html = out.str();
    EXPECT_EQ(html.find("<script"), std::string::npos);
    EXPECT_EQ(html.find("<img"), std::string::npos);
    EXPECT_EQ(html.find("<b>"), std::string::npos);
    EXPECT_NE(html.find("&lt;script&gt;"), std::string::npos);
    EXPECT_NE(html.find("(&#39;x&#39;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;"),
              std::string::npos);
    EXPECT_EQ(count(html, "class=\"marker "), 3u);
    EXPECT_EQ(count(html, "<li class=\"finding "), 3u);
    // "Critics " (a), "say <script>" (a and b: the worse colour), "alert" (b).
    EXPECT_EQ(count(html, "<mark class=\"sev-warning\""), 2u);
    EXPECT_EQ(count(html, "<mark class=\"sev-error\""), 2u);
    EXPECT_NE(html.find("Content-Security-Policy"), std::string::npos);
    EXPECT_EQ(html.find("http://"), html.find("http://www.w3.org/2000/svg")); // no fetches
    EXPECT_EQ(html.find("https://"), std::string::npos);
    // The perspective map: three tiles, one voiced.
    EXPECT_NE(html.find("<svg class=\"chart\""), std::string::npos);
    EXPECT_EQ(count(html, "<g class=\"tile voiced\""), 1u);
    EXPECT_EQ(count(html, "<g class=\"tile unvoiced\""), 2u);
    EXPECT_NE(html.find("1 of 3 countries voiced"), std::string::npos);
    EXPECT_NE(html.find("Eastern Asia"), std::string::npos);
}

TEST(HtmlReport, EmptyPerspectiveMapAndCleanDraft) {
    const FileReport reports[] = {report_for("clean.md", "Fine.\n", {})};
    std::ostringstream out;
    write_html_report(reports, out, HtmlReportOptions{});
    EXPECT_NE(out.str().find("class=\"empty-state\""), std::string::npos);
    EXPECT_NE(out.str().find("Nothing to flag"), std::string::npos);
    EXPECT_EQ(out.str().find("<mark"), std::string::npos);
}

} // namespace
} // namespace parallax
