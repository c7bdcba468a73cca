#include "framing_test_util.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace parallax::framing::test {
namespace {

constexpr std::string_view kRule = "framing/stock-phrase";

/// The draft with a fix applied (replacements from last to first, so offsets stay valid).
std::string applied(std::string draft, const Fix& fix) {
    std::vector<Replacement> replacements = fix.replacements;
    std::sort(
        replacements.begin(), replacements.end(),
        [](const Replacement& a, const Replacement& b) { return b.range.start < a.range.start; });
    for (const Replacement& r : replacements) {
        draft.replace(r.range.start.value, r.range.size(), r.text);
    }
    return draft;
}

/// The one stock phrase of `draft`, its fixes' titles and the draft each fix leaves.
struct Fixed {
    std::vector<std::string> titles;
    std::vector<std::string> drafts;
};

Fixed fixes_of(const std::string& draft) {
    const auto findings = only(check_markdown(draft), kRule);
    EXPECT_EQ(findings.size(), 1U) << draft;
    Fixed out;
    for (const auto& finding : findings) {
        for (const Fix& fix : finding.diagnostic.fixes) {
            out.titles.push_back(fix.title);
            out.drafts.push_back(applied(draft, fix));
        }
    }
    return out;
}

TEST(StockPhrase, ClicheIsInformation) {
    const auto findings =
        only(check_markdown("The alliance stands at a critical juncture in its history.\n"), kRule);
    ASSERT_EQ(findings.size(), 1U);
    EXPECT_EQ(findings[0].text, "at a critical juncture");
    EXPECT_EQ(findings[0].diagnostic.severity, Severity::Information);
}

TEST(StockPhrase, WildcardAndInflection) {
    const auto findings = only(check_markdown("In navigating these complexities, leaders met.\n\n"
                                              "By navigating geopolitical complexities, it "
                                              "won.\n"),
                               kRule);
    ASSERT_EQ(findings.size(), 2U);
    EXPECT_EQ(findings[0].text, "navigating these complexities");
    EXPECT_EQ(findings[1].diagnostic.severity, Severity::Warning); // repeated
    ASSERT_EQ(findings[1].diagnostic.related.size(), 1U);
}

TEST(StockPhrase, PlainWordsDoNotFire) {
    EXPECT_TRUE(only(check_markdown("The critical infrastructure at the juncture of two rivers "
                                    "changed rapidly.\n"),
                     kRule)
                    .empty());
}

// A phrase without "*" matches word after word: not across punctuation, not cut off by the end
// of its sentence, and the longest entry wins ("at the end of the day" over shorter ones).
TEST(StockPhrase, WordsInARowWithinOneSentence) {
    EXPECT_TRUE(
        only(check_markdown("They stood at a critical. Juncture came later.\n"), kRule).empty());
    EXPECT_TRUE(
        only(check_markdown("They stood at a critical, juncture-free moment.\n"), kRule).empty());
    const auto findings =
        only(check_markdown("At the end of the day, the tip of the iceberg showed.\n"), kRule);
    ASSERT_EQ(findings.size(), 2U);
    EXPECT_EQ(findings[0].text, "At the end of the day");
    EXPECT_EQ(findings[1].text, "the tip of the iceberg");
}

TEST(StockPhraseFix, OneFixPerAlternative) {
    const Fixed fixed = fixes_of("The alliance stands at a critical juncture in its history.\n");
    EXPECT_EQ(fixed.titles,
              (std::vector<std::string>{"Replace with \u201cnow\u201d",
                                        "Replace with \u201cat a decisive point\u201d"}));
    EXPECT_EQ(fixed.drafts[0], "The alliance stands now in its history.\n");
}

TEST(StockPhraseFix, KeepsTheCapitalAtSentenceStart) {
    const Fixed fixed = fixes_of("At a critical juncture, NATO met.\n");
    ASSERT_FALSE(fixed.drafts.empty());
    EXPECT_EQ(fixed.titles[0], "Replace with \u201cNow\u201d");
    EXPECT_EQ(fixed.drafts[0], "Now, NATO met.\n");
}

TEST(StockPhraseFix, WildcardWordsCarryOver) {
    const Fixed some = fixes_of("Leaders are navigating these complexities.\n");
    ASSERT_FALSE(some.drafts.empty());
    EXPECT_EQ(some.drafts[0], "Leaders are handling these problems.\n");
    const Fixed none = fixes_of("Leaders are navigating complexities.\n");
    ASSERT_FALSE(none.drafts.empty());
    EXPECT_EQ(none.drafts[0], "Leaders are handling problems.\n");
}

TEST(StockPhraseFix, DeletionAtSentenceStartTakesCommaAndCapitalisesNextWord) {
    const Fixed fixed = fixes_of("In today\u2019s world, the alliance faces threats.\n");
    ASSERT_EQ(fixed.titles.size(), 2U);
    EXPECT_EQ(fixed.titles[0], "Delete \u201cIn today\u2019s world\u201d");
    EXPECT_EQ(fixed.drafts[0], "The alliance faces threats.\n");
    EXPECT_EQ(fixed.drafts[1], "Today, the alliance faces threats.\n");
}

TEST(StockPhraseFix, DeletionBetweenCommasLeavesOneSpace) {
    const Fixed fixed = fixes_of("The alliance, in today's world, faces threats.\n");
    ASSERT_FALSE(fixed.drafts.empty());
    EXPECT_EQ(fixed.drafts[0], "The alliance faces threats.\n");
}

TEST(StockPhraseFix, DeletionAtSentenceEndTakesTheSpaceBefore) {
    const Fixed fixed = fixes_of("Budgets will shrink going forward.\n");
    ASSERT_FALSE(fixed.drafts.empty());
    EXPECT_EQ(fixed.drafts[0], "Budgets will shrink.\n");
    EXPECT_EQ(fixes_of("Budgets will shrink, going forward.\n").drafts.at(0),
              "Budgets will shrink.\n");
}

TEST(StockPhraseFix, DeletionMidSentenceLeavesOneSpace) {
    EXPECT_EQ(fixes_of("Budgets going forward will shrink.\n").drafts.at(0),
              "Budgets will shrink.\n");
    EXPECT_EQ(fixes_of("Going forward budgets will shrink.\n").drafts.at(0),
              "Budgets will shrink.\n");
}

TEST(StockPhraseFix, ShoutedPhraseGetsShoutedReplacement) {
    EXPECT_EQ(fixes_of("WE ARE AT A CRITICAL JUNCTURE.\n").drafts.at(0), "WE ARE NOW.\n");
}

TEST(StockPhraseFix, NoFixForAnotherFormOfThePhrase) {
    // The alternatives are written for "plays"; "played a large part" would need its own.
    const auto findings = only(check_markdown("Oil played a pivotal role in the war.\n"), kRule);
    ASSERT_EQ(findings.size(), 1U);
    EXPECT_TRUE(findings[0].diagnostic.fixes.empty());
    EXPECT_EQ(fixes_of("Oil plays a pivotal role in the war.\n").drafts.at(1),
              "Oil plays a large part in the war.\n");
}

} // namespace
} // namespace parallax::framing::test
