// substitution rules: prefer one term to another, with a quick fix that keeps capitalisation.

#include "pack_test_util.h"

#include <gmock/gmock.h>

namespace parallax::rulepacks::test {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

constexpr std::string_view kKyiv =
    R"({"id": "kyiv", "kind": "substitution", "swap": {"Kiev": "Kyiv", "Burma": "Myanmar"}})";

TEST(SubstitutionRule, FiresWithAFixThatReplacesTheMatch) {
    const std::string draft = "Talks in Kiev stalled.\n";
    const auto findings = check_rule(kKyiv, draft);
    ASSERT_EQ(findings.size(), 1u);
    const Diagnostic& d = findings[0].diagnostic;
    EXPECT_EQ(findings[0].rule, "house/kyiv");
    EXPECT_EQ(findings[0].text, "Kiev");
    EXPECT_EQ(d.message, "Write \u201cKyiv\u201d rather than \u201cKiev\u201d.");
    ASSERT_EQ(d.fixes.size(), 1u);
    EXPECT_EQ(d.fixes[0].title, "Replace \u201cKiev\u201d with \u201cKyiv\u201d");
    ASSERT_EQ(d.fixes[0].replacements.size(), 1u);
    EXPECT_EQ(d.fixes[0].replacements[0].range, d.range);
    EXPECT_EQ(d.fixes[0].replacements[0].text, "Kyiv");

    std::string fixed = draft;
    fixed.replace(d.range.start.value, d.range.size(), d.fixes[0].replacements[0].text);
    EXPECT_EQ(fixed, "Talks in Kyiv stalled.\n");
}

TEST(SubstitutionRule, IsABlockRuleFoundInItsOwnBlockOnly) {
    // The engine re-checks only the paragraphs an edit changed: a block's findings must come
    // from check_block() on that block, and check() must not report them a second time.
    const auto plugin = pack_of(R"({"name": "house", "rules": [)" + std::string(kKyiv) + "]}");
    ASSERT_TRUE(plugin);
    EXPECT_TRUE(plugin->checks_blocks());
    const auto document =
        Document::build(Text("Kiev fell quiet.\n\nTalks in Burma.\n"), DocumentFormat::Markdown);
    CollectingReporter whole;
    plugin->check(*document, Options{}, whole);
    EXPECT_THAT(whole.diagnostics, IsEmpty());
    ASSERT_EQ(document->blocks().size(), 2u);
    CollectingReporter second;
    plugin->check_block(*document, document->blocks()[1], Options{}, second);
    ASSERT_EQ(second.diagnostics.size(), 1u);
    EXPECT_EQ(document->slice(second.diagnostics[0].range), "Burma");
}

TEST(SubstitutionRule, EachSwapGivesItsOwnReplacement) {
    const auto findings = check_rule(kKyiv, "From Kiev to Burma.\n");
    ASSERT_EQ(findings.size(), 2u);
    EXPECT_EQ(findings[0].diagnostic.fixes[0].replacements[0].text, "Kyiv");
    EXPECT_EQ(findings[1].diagnostic.fixes[0].replacements[0].text, "Myanmar");
}

TEST(SubstitutionRule, DoesNotFireOnThePreferredTermOrInsideWords) {
    EXPECT_THAT(check_rule(kKyiv, "Talks in Kyiv on Kievan Rus' history.\n"), IsEmpty());
}

TEST(SubstitutionRule, MessagesUseTheMatchAndReplacementPlaceholders) {
    const auto findings = check_rule(
        R"({"id": "kyiv", "kind": "substitution", "swap": {"Kiev": "Kyiv"},
            "message": "{match} -> {replacement} {Not a placeholder}"})",
        "Kiev.\n");
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].diagnostic.message, "Kiev -> Kyiv {Not a placeholder}");
}

TEST(SubstitutionRule, KeepsTheCapitalisationOfTheMatch) {
    const auto findings = check_rule(
        R"({"id": "plain", "kind": "substitution", "ignore_case": true,
            "swap": {"utilise": "use", "kiev": "Kyiv"}})",
        "Utilise it. We utilise. UTILISE! In kiev and KIEV.\n");
    std::vector<std::string> replacements;
    for (const Finding& f : findings) {
        replacements.push_back(f.diagnostic.fixes.at(0).replacements.at(0).text);
    }
    EXPECT_THAT(replacements, ElementsAre("Use", "use", "USE", "Kyiv", "KYIV"));
}

TEST(SubstitutionRule, CapitalisesNonAsciiReplacements) {
    const auto findings = check_rule(
        R"({"id": "ci", "kind": "substitution", "ignore_case": true,
            "swap": {"Ivory Coast": "Côte d'Ivoire"}})",
        "IVORY COAST and Ivory Coast's cocoa.\n");
    ASSERT_EQ(findings.size(), 2u);
    EXPECT_EQ(findings[0].diagnostic.fixes[0].replacements[0].text, "CÔTE D'IVOIRE");
    EXPECT_EQ(findings[1].text, "Ivory Coast");
    EXPECT_EQ(findings[1].diagnostic.fixes[0].replacements[0].text, "Côte d'Ivoire");
}

TEST(SubstitutionRule, AnApostropheInATermMatchesATypographicOne) {
    const auto findings = check_rule(
        R"({"id": "ci", "kind": "substitution", "swap": {"Côte d'Ivoire": "Ivory Coast"}})",
        "In Côte d\u2019Ivoire.\n");
    EXPECT_THAT(texts(findings), ElementsAre("Côte d\u2019Ivoire"));
}

TEST(SubstitutionRule, ExceptionsKeepFixedNames) {
    const auto findings = check_rule(
        R"({"id": "kyiv", "kind": "substitution", "swap": {"Kiev": "Kyiv"},
            "exceptions": ["chicken Kiev"]})",
        "We ate chicken Kiev in Kiev.\n");
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].diagnostic.range.start.value, 23u);
}

TEST(SubstitutionRule, DataCarriesTheMatchAndReplacement) {
    const auto findings = check_rule(kKyiv, "Kiev.\n");
    ASSERT_EQ(findings.size(), 1u);
    const DataValue* replacement = data_of(findings[0].diagnostic, "replacement");
    ASSERT_NE(replacement, nullptr);
    EXPECT_EQ(std::get<std::string>(*replacement), "Kyiv");
}

} // namespace
} // namespace parallax::rulepacks::test
