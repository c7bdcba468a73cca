// Less common shapes of attribution, and look-alikes that report nothing.

#include <gtest/gtest.h>

#include "attribution_fixture.h"

namespace parallax::test {
namespace {

TEST(AttributionPatterns, SpeakerBeforeColonAndQuotation) {
    const Seen a = only_attribution("Jane Doe: “The vote is final.”\n");
    EXPECT_EQ(a.source, "Jane Doe");
    EXPECT_EQ(a.cue, ":");
    EXPECT_EQ(a.content, "“The vote is final.”");
}

TEST(AttributionPatterns, LabelsBeforeAColonAreNotSpeakers) {
    EXPECT_TRUE(attributions_of("Editor's Note: The article was corrected.\n").empty());
    EXPECT_TRUE(attributions_of("Background: China claims the islands.\n").empty());
}

TEST(AttributionPatterns, HeadlineInTitleCase) {
    const auto seen = attributions_of("# Obama Says Museum Will Tell the Story\n");
    ASSERT_FALSE(seen.empty());
    EXPECT_EQ(seen[0].source, "Obama");
    EXPECT_EQ(seen[0].cue, "Says");
    EXPECT_TRUE(attributions_of("Obama Says Nothing\n\nThe museum says little.\n").size() == 2);
    EXPECT_TRUE(attributions_of("The museum Says little about it.\n").empty());
}

TEST(AttributionPatterns, ParticipleTakesTheSentenceSubject) {
    const Seen a = only_attribution(
        "In a speech on Tuesday night, Mr. Trump struck a measured tone, saying he understood "
        "the stakes.\n");
    EXPECT_EQ(a.source, "Mr. Trump");
    EXPECT_EQ(a.cue, "saying");
}

TEST(AttributionPatterns, CoordinatedVerbTakesItsSubject) {
    const Seen a = only_attribution("Ms. Sherry smiled and said she was waiting.\n");
    EXPECT_EQ(a.source, "Ms. Sherry");
}

TEST(AttributionPatterns, TimeExpressionBetweenSourceAndVerb) {
    EXPECT_EQ(only_attribution("The ministry on Tuesday said the drills were over.\n").source,
              "The ministry");
}

TEST(AttributionPatterns, ReducedPassiveByAgent) {
    const Seen a = only_attribution("He listed the facts reported by the government.\n");
    EXPECT_EQ(a.source, "the government");
    EXPECT_TRUE(attributions_of("Smith said by phone that talks had stalled.\n").size() == 1);
    EXPECT_EQ(attributions_of("Smith said by phone that talks had stalled.\n")[0].source, "Smith");
}

TEST(AttributionPatterns, InvertedAfterAClause) {
    const Seen a =
        only_attribution("The talks have stalled, said embassy spokeswoman Jinnie Lee.\n");
    EXPECT_EQ(a.source, "embassy spokeswoman Jinnie Lee");
    EXPECT_EQ(a.content, "The talks have stalled");
}

TEST(AttributionPatterns, SharesOfAGroup) {
    EXPECT_EQ(only_attribution("52 percent said the economy was weak.\n").source, "52 percent");
    EXPECT_EQ(only_attribution("A majority say the economy is weak.\n").source, "A majority");
}

TEST(AttributionPatterns, ReportsInsideAQuotationBelongToTheQuote) {
    const auto seen = attributions_of("“I think we will win,” Doe said.\n");
    ASSERT_EQ(seen.size(), 1U);
    EXPECT_EQ(seen[0].source, "Doe");
}

TEST(AttributionPatterns, NounsThatLookLikeCues) {
    EXPECT_TRUE(
        attributions_of("It provided the fifth vote for a comprehensive rebuke.\n").empty());
    EXPECT_TRUE(attributions_of("This helps explain why Iran values Syria.\n").empty());
    EXPECT_TRUE(attributions_of("A new group called Black Votes Matter formed.\n").empty());
    EXPECT_TRUE(attributions_of("Trump's tweet drew criticism.\n").empty());
    EXPECT_TRUE(attributions_of("The war continued for a decade.\n").empty());
    EXPECT_TRUE(attributions_of("His insistence on talks was ignored.\n").empty());
    EXPECT_TRUE(attributions_of("The costs added to the uncertainty.\n").empty());
    EXPECT_TRUE(attributions_of("He defended people accused of fraud.\n").size() <= 1);
}

TEST(AttributionPatterns, ContinuedAfterAQuotation) {
    const Seen a = only_attribution("“We will win,” he continued.\n");
    EXPECT_EQ(a.source, "he");
    EXPECT_EQ(a.cue, "continued");
}

TEST(AttributionPatterns, WholeDocumentIsLinear) {
    std::string prose;
    for (int i = 0; i < 500; ++i) {
        prose += "Critics say the plan is reckless, and “it will fail,” said Sen. Jane Doe. ";
        if (i % 5 == 4) {
            prose += "\n\n";
        }
    }
    EXPECT_EQ(attributions_of(prose).size(), 1000U);
}

} // namespace
} // namespace parallax::test
