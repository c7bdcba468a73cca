// Cues that are no report and sources that name nobody: the attribution errors that would hide
// weasel wording from the claims plugin ("comments criticized as racist", "studies show",
// "most cosmologists believe").

#include <gtest/gtest.h>

#include "attribution_fixture.h"

#include <algorithm>

namespace parallax::test {
namespace {

bool has_cue(const std::vector<Seen>& seen, const std::string& cue) {
    return std::ranges::any_of(seen, [&](const Seen& a) { return a.cue == cue; });
}

TEST(AttributionVagueCues, ReducedPassiveOfOpinionIsNoReport) {
    EXPECT_FALSE(has_cue(attributions_of("The comments criticized as racist were withdrawn.\n"),
                         "criticized"));
    EXPECT_FALSE(
        has_cue(attributions_of("He made comments criticized as racist.\n"), "criticized"));
    // A named critic still reports: "Smith criticized as reckless the decision to …".
    EXPECT_EQ(only_attribution("Smith criticized as reckless the decision to leave.\n").source,
              "Smith");
}

TEST(AttributionVagueCues, WritingAWorkIsNoReport) {
    EXPECT_TRUE(attributions_of("Smith wrote a book about the war.\n").empty());
    EXPECT_TRUE(attributions_of("She published two novels in Paris.\n").empty());
    EXPECT_TRUE(attributions_of("He wrote his first children's book in 1990.\n").empty());
}

TEST(AttributionVagueCues, WritingAStatementStillReports) {
    EXPECT_EQ(only_attribution("Smith wrote that the talks had stalled.\n").source, "Smith");
    EXPECT_EQ(only_attribution("The mayor wrote a letter to the minister.\n").source, "The mayor");
    EXPECT_EQ(only_attribution("“We will win,” he wrote.\n").source, "he");
    // A work that itself reports keeps its author as the source.
    const auto book = attributions_of("Smith wrote a book claiming that the war was avoidable.\n");
    ASSERT_FALSE(book.empty());
    EXPECT_EQ(book.front().source, "Smith");
}

TEST(AttributionVagueCues, UnnamedStudiesAreVague) {
    const Seen studies = only_attribution("Studies show that the drug is effective.\n");
    EXPECT_EQ(studies.source, "Studies");
    EXPECT_TRUE(studies.vague);
    EXPECT_TRUE(only_attribution("Research suggests that the drug is effective.\n").vague);
    EXPECT_TRUE(only_attribution("Some polls show that voters are divided.\n").vague);
}

TEST(AttributionVagueCues, SingledOutOrAuthoredStudiesAreNotVague) {
    EXPECT_FALSE(only_attribution("A 2009 survey found that voters were divided.\n").vague);
    EXPECT_FALSE(only_attribution("The study found that the drug works.\n").vague);
    EXPECT_FALSE(
        only_attribution("According to 2006 Census Data, 13,558 people live here.\n").vague);
    EXPECT_FALSE(
        only_attribution("Studies by the ministry show that the drug is effective.\n").vague);
}

TEST(AttributionVagueCues, QuantifiedGroupsAreVague) {
    EXPECT_TRUE(only_attribution("Most cosmologists believe the universe is expanding.\n").vague);
    EXPECT_TRUE(only_attribution("Some historians argue that the battle was decisive.\n").vague);
    EXPECT_TRUE(only_attribution("Many experts say the plan will fail.\n").vague);
    EXPECT_TRUE(only_attribution("Several economists warned of a recession.\n").vague);
}

TEST(AttributionVagueCues, BarePluralsAreVague) {
    EXPECT_TRUE(
        only_attribution("Local protest groups allege that the tests caused damage.\n").vague);
    EXPECT_TRUE(
        only_attribution("Moore has been criticized by environmentalists for his views.\n").vague);
    // A name or a determiner anchors them.
    EXPECT_FALSE(only_attribution("Japanese officials said the drills were routine.\n").vague);
    EXPECT_FALSE(only_attribution("The environmentalists said the tests caused damage.\n").vague);
}

TEST(AttributionVagueCues, QuantifiedNamesAndSingularsAreNotVague) {
    EXPECT_FALSE(only_attribution("Many Japanese officials said the drills were routine.\n").vague);
    // "most" as a superlative, "other" with a singular head: one body, not a vague share.
    EXPECT_FALSE(only_attribution("The most senior judge said the case was closed.\n").vague);
}

TEST(AttributionVagueCues, MidSentenceAccordingToTakesTheClauseAroundIt) {
    const auto seen = attributions_of("The city, according to the mayor, has grown rapidly.\n");
    ASSERT_EQ(seen.size(), 1U);
    EXPECT_EQ(seen.front().source, "the mayor");
    EXPECT_EQ(seen.front().cue, "according to");
    EXPECT_EQ(seen.front().content, "The city, according to the mayor, has grown rapidly");
}

TEST(AttributionVagueCues, AQuotationRunningIntoTheNextSentenceIsSupported) {
    const auto seen = attributions_of("Smith said that there \u201cwas no deal. The talks are over "
                                      "for good.\u201d Prices rose.\n");
    ASSERT_FALSE(seen.empty());
    EXPECT_EQ(seen.front().source, "Smith");
    EXPECT_EQ(seen.front().supports, (std::vector<std::uint32_t>{0, 1}));
}

TEST(AttributionVagueCues, FinalAndInitialAccordingToKeepTheirClause) {
    EXPECT_EQ(only_attribution("The city has grown rapidly, according to the mayor.\n").content,
              "The city has grown rapidly");
    EXPECT_EQ(only_attribution("According to the mayor, the city has grown rapidly.\n").content,
              "the city has grown rapidly");
}

} // namespace
} // namespace parallax::test
