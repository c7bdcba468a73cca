// The plugin as the engine sees it: registration, rule metadata, ranges and messages.

#include "collecting_reporter.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace parallax::claims::test {
namespace {

TEST(ClaimsPlugin, RegistersItselfWithTheWeaselRule) {
    const RuleInfo* rule = PluginRegistry::instance().find_rule("claims/weasel-attribution");
    ASSERT_NE(rule, nullptr);
    EXPECT_EQ(rule->default_severity, Severity::Warning);
    EXPECT_FALSE(rule->summary.empty());
    EXPECT_FALSE(rule->rationale.empty());
    EXPECT_NE(rule->example.find("many within the region"), std::string::npos);
    const auto plugins = PluginRegistry::instance().plugins();
    EXPECT_TRUE(std::ranges::any_of(plugins, [](const auto& p) { return p->id() == "claims"; }));
}

TEST(ClaimsPlugin, MessageSaysWhatIsMissingAndHowToFixIt) {
    const auto findings =
        check_markdown("They are viewed with skepticism and concern by many within the region.\n");
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].phrase, "many within the region");
    EXPECT_EQ(findings[0].message, "\u201cmany within the region\u201d: whose view is this? Name "
                                   "who holds it, or cite evidence.");
}

TEST(ClaimsPlugin, MessagesNameTheOwnerlessNoun) {
    const auto findings = check_markdown("It overlooks history, raising fears that it could "
                                         "backfire. The general was reportedly dismissed.\n");
    ASSERT_EQ(findings.size(), 2u);
    EXPECT_NE(findings[0].message.find("whose fears?"), std::string::npos);
    EXPECT_NE(findings[1].message.find("reported by whom?"), std::string::npos);
}

TEST(ClaimsPlugin, RangesAreByteOffsetsIntoTheWholeDraft) {
    const std::string draft = "# NATO\u2019s pivot\n\nIntro paragraph here.\n\n"
                              "Such ambitions face considerable skepticism and resistance.\n";
    const auto document = Document::build(Text(draft), DocumentFormat::Markdown);
    CollectingReporter reporter;
    ClaimsPlugin().check(*document, Options{}, reporter);
    ASSERT_EQ(reporter.diagnostics.size(), 1u);
    const Diagnostic& d = reporter.diagnostics[0];
    EXPECT_EQ(d.rule, "claims/weasel-attribution");
    EXPECT_EQ(d.severity, Severity::Warning);
    EXPECT_EQ(draft.substr(d.range.start.value, d.range.size()),
              "face considerable skepticism and resistance");
    ASSERT_FALSE(d.data.empty());
    EXPECT_EQ(d.data[0].first, "phrase");
}

TEST(ClaimsPlugin, QuotationsSpanningSentencesStayQuiet) {
    const auto findings = check_markdown("He put it bluntly. \u201cThe plan is bad. Critics say it "
                                         "will fail.\u201d Then he left.\n");
    EXPECT_TRUE(findings.empty());
}

TEST(ClaimsPlugin, PrescriptionOnlyCoversWhatFollowsIt) {
    const auto findings = check_markdown("Critics say NATO should withdraw.\n");
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].phrase, "Critics say");
}

TEST(ClaimsPlugin, NatoDraftParagraph) {
    const auto findings = check_markdown(
        "The 2024 NATO summit in Washington has once again ignited global discourse. Amidst "
        "assertions of a \u201cChina threat\u201d and calls for enhanced security cooperation, "
        "NATO\u2019s pivot eastward presents complex geopolitical implications.\n\n"
        "These efforts are framed as essential for regional stability and the defense of shared "
        "democratic values, yet they are viewed with skepticism and concern by many within the "
        "region.\n\n"
        "Please follow Blitz on Google News Channel\n\n"
        "The post NATO\u2019s strategic pivot to Asia-Pacific: Challenges and opportunities "
        "appeared first on BLiTZ.\n");
    std::vector<std::string> phrases;
    for (const Finding& f : findings) {
        phrases.push_back(f.phrase);
    }
    EXPECT_EQ(phrases, (std::vector<std::string>{"Amidst assertions", "are framed as",
                                                 "many within the region"}));
}

} // namespace
} // namespace parallax::claims::test

namespace parallax::claims::test {
namespace {

TEST(ClaimsPlugin, FooterLineDoesNotSilenceTheLineAfterIt) {
    // In plain text a footer without final punctuation runs into the next line's sentence.
    const std::string draft = "This report was originally published by Tyler Durden at Zero Hedge\n"
                              "Experts fear an increase in cases.\n";
    const auto document = Document::build(Text(draft), DocumentFormat::PlainText);
    CollectingReporter reporter;
    ClaimsPlugin().check(*document, Options{}, reporter);
    ASSERT_EQ(reporter.diagnostics.size(), 1u);
    EXPECT_EQ(document->slice(reporter.diagnostics[0].range), "Experts fear");
}

} // namespace
} // namespace parallax::claims::test
