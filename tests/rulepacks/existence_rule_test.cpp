// existence rules: terms and patterns found in the draft's prose, and nowhere else.

#include "pack_test_util.h"

#include <gmock/gmock.h>

namespace parallax::rulepacks::test {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

constexpr std::string_view kBurma =
    R"({"id": "burma", "kind": "existence", "severity": "information",
    "tokens": ["Burma"], "message": "Noted: '{match}'."})";

TEST(ExistenceRule, FiresOnATokenWithItsRuleIdSeverityAndMessage) {
    const auto findings = check_rule(kBurma, "Elections in Burma were postponed.\n");
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].rule, "house/burma");
    EXPECT_EQ(findings[0].text, "Burma");
    EXPECT_EQ(findings[0].diagnostic.severity, Severity::Information);
    EXPECT_EQ(findings[0].diagnostic.message, "Noted: 'Burma'.");
}

TEST(ExistenceRule, DoesNotFireWithoutTheTerm) {
    EXPECT_THAT(check_rule(kBurma, "Elections in Myanmar were postponed.\n"), IsEmpty());
}

TEST(ExistenceRule, TokensMatchWholeWordsOnly) {
    const auto findings = check_rule(kBurma, "Burmese officials and Burma's army; Burma.\n");
    EXPECT_THAT(texts(findings), ElementsAre("Burma", "Burma"));
}

TEST(ExistenceRule, TokensAreCaseSensitiveUnlessTheRuleIgnoresCase) {
    EXPECT_THAT(check_rule(kBurma, "BURMA and burma.\n"), IsEmpty());
    const auto findings = check_rule(
        R"({"id": "burma", "kind": "existence", "tokens": ["Burma"], "ignore_case": true})",
        "BURMA and burma.\n");
    EXPECT_THAT(texts(findings), ElementsAre("BURMA", "burma"));
}

TEST(ExistenceRule, AMultiWordTokenMatchesAcrossALineBreak) {
    const auto findings =
        check_rule(R"({"id": "gulf", "kind": "existence", "tokens": ["Persian Gulf"]})",
                   "Ships crossed the Persian\nGulf at night.\n");
    EXPECT_THAT(texts(findings), ElementsAre("Persian\nGulf"));
}

TEST(ExistenceRule, AMultiWordTokenMatchesAcrossANoBreakSpace) {
    const auto findings =
        check_rule(R"({"id": "gulf", "kind": "existence", "tokens": ["Persian Gulf"]})",
                   "Ships crossed the Persian\u00a0Gulf at night.\n");
    EXPECT_THAT(texts(findings), ElementsAre("Persian\u00a0Gulf"));
}

TEST(ExistenceRule, PatternsAreRe2RegularExpressions) {
    const auto findings = check_rule(
        R"({"id": "hedge", "kind": "existence", "patterns": ["\\b(?i:some|many) (?:say|argue)\\b"]})",
        "Some say it failed. Many argue it worked. Many argued nothing.\n");
    EXPECT_THAT(texts(findings), ElementsAre("Some say", "Many argue"));
}

TEST(ExistenceRule, TheLongestOfOverlappingTermsWins) {
    const auto findings = check_rule(
        R"({"id": "isles", "kind": "existence", "tokens": ["Falklands", "Falkland Islands"]})",
        "The Falkland Islands and the Falklands.\n");
    EXPECT_THAT(texts(findings), ElementsAre("Falkland Islands", "Falklands"));
}

TEST(ExistenceRule, OnceReportsOnlyTheFirstUse) {
    const auto findings = check_rule(
        R"({"id": "burma", "kind": "existence", "once": true, "tokens": ["Burma", "Myanmar"]})",
        "Myanmar, or Burma, held polls. Burma again.\n");
    EXPECT_THAT(texts(findings), ElementsAre("Myanmar"));
}

TEST(ExistenceRule, AMatchInsideAnExceptionIsNotAFinding) {
    const auto findings = check_rule(
        R"({"id": "macedonia", "kind": "existence", "tokens": ["Macedonia"],
            "exceptions": ["North Macedonia"]})",
        "North Macedonia borders Greek Macedonia.\n");
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].diagnostic.range.start.value, 30u); // "Greek Macedonia"
}

TEST(ExistenceRule, SkipsFrontMatterCodeHtmlAndLinkDestinations) {
    const std::string draft = "---\n"
                              "title: Burma\n"
                              "---\n"
                              "\n"
                              "Use `Burma` in code, or [the country](https://example.org/Burma).\n"
                              "\n"
                              "```\n"
                              "Burma\n"
                              "```\n"
                              "\n"
                              "<!-- Burma -->\n";
    EXPECT_THAT(check_rule(kBurma, draft), IsEmpty());
}

TEST(ExistenceRule, ReadsLinkTextHeadingsAndListItems) {
    const std::string draft = "# Burma today\n"
                              "\n"
                              "- Polls in Burma\n"
                              "\n"
                              "See [Burma](https://example.org/x).\n";
    EXPECT_EQ(check_rule(kBurma, draft).size(), 3u);
}

TEST(ExistenceRule, DoesNotMatchAcrossACodeSpan) {
    const auto findings =
        check_rule(R"({"id": "gulf", "kind": "existence", "tokens": ["Persian Gulf"]})",
                   "The Persian `x` Gulf.\n");
    EXPECT_THAT(findings, IsEmpty());
}

TEST(ExistenceRule, SkipsBlockQuotesWhichAreSomeoneElsesWords) {
    EXPECT_THAT(check_rule(kBurma, "> Burma will hold elections, the junta said.\n"), IsEmpty());
}

TEST(ExistenceRule, WorksOnPlainText) {
    const auto plugin = pack_of(R"({"name": "house", "rules": [)" + std::string(kBurma) + "]}");
    ASSERT_TRUE(plugin);
    EXPECT_EQ(check(*plugin, "Polls in Burma.\n", DocumentFormat::PlainText).size(), 1u);
}

TEST(ExistenceRule, DerivesSummaryRationaleAndExampleWhenThePackGivesNone) {
    const auto plugin = pack_of(R"({"name": "house", "description": "Our style.",
        "rules": [{"id": "burma", "kind": "existence", "tokens": ["Burma", "Rangoon"]}]})");
    ASSERT_TRUE(plugin);
    ASSERT_EQ(plugin->rules().size(), 1u);
    const RuleInfo& info = plugin->rules()[0];
    EXPECT_EQ(info.id, "house/burma");
    EXPECT_EQ(info.summary, "Flags \u201cBurma\u201d and \u201cRangoon\u201d.");
    EXPECT_EQ(info.rationale, "From the rule pack \u201chouse\u201d: Our style.");
    EXPECT_EQ(info.example, "A draft that uses \u201cBurma\u201d.");
    EXPECT_EQ(info.default_severity, Severity::Warning);
    const auto findings = check(*plugin, "Rangoon.\n");
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].diagnostic.message,
              "This draft uses \u201cRangoon\u201d, which the rule pack \u201chouse\u201d flags.");
}

} // namespace
} // namespace parallax::rulepacks::test

namespace parallax::rulepacks::test {
namespace {

TEST(ExistenceRule, EachSeverityNameIsAccepted) {
    const std::pair<std::string_view, Severity> names[] = {{"error", Severity::Error},
                                                           {"warning", Severity::Warning},
                                                           {"information", Severity::Information},
                                                           {"info", Severity::Information},
                                                           {"hint", Severity::Hint}};
    for (const auto& [name, severity] : names) {
        const auto plugin = pack_of(R"({"name": "house", "rules": [{"id": "a", "kind": "existence",
            "tokens": ["x"], "severity": ")" +
                                    std::string(name) + R"("}]})");
        ASSERT_TRUE(plugin) << name;
        EXPECT_EQ(plugin->rules()[0].default_severity, severity) << name;
        const auto findings = check(*plugin, "x marks the spot.\n");
        ASSERT_EQ(findings.size(), 1u);
        EXPECT_EQ(findings[0].diagnostic.severity, severity) << name;
    }
}

} // namespace
} // namespace parallax::rulepacks::test
