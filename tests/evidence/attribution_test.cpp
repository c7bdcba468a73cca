// Who said what: sources, cues and contents the SDK finds, and what it must not take for an
// attribution.

#include <gtest/gtest.h>

#include "attribution_fixture.h"

namespace parallax::test {
namespace {

TEST(Attribution, PossessiveInstitutionWithStatement) {
    const auto seen = attributions_of(
        "Japan's defence ministry said in a statement that it welcomed closer information "
        "sharing.\n");
    ASSERT_FALSE(seen.empty());
    const Seen& a = seen.front();
    EXPECT_EQ(a.source, "Japan's defence ministry");
    EXPECT_EQ(a.cue, "said in a statement");
    EXPECT_EQ(a.content, "it welcomed closer information sharing");
    EXPECT_FALSE(a.vague);
    // A report inside the content is an attribution too ("it welcomed ..."), nested in this one.
    for (std::size_t i = 1; i < seen.size(); ++i) {
        EXPECT_NE(seen[i].source, "Japan's defence ministry");
    }
}

TEST(Attribution, SpokesmanForAnInstitution) {
    const Seen a = only_attribution(
        "A spokesman for the Chinese foreign ministry said the drills were routine.\n");
    EXPECT_EQ(a.source, "A spokesman for the Chinese foreign ministry");
    EXPECT_EQ(a.cue, "said");
    EXPECT_EQ(a.content, "the drills were routine");
    EXPECT_FALSE(a.vague);
}

TEST(Attribution, InstitutionalName) {
    const Seen a = only_attribution("The White House said it would respond.\n");
    EXPECT_EQ(a.source, "The White House");
}

TEST(Attribution, InvertedAfterQuotation) {
    const Seen a = only_attribution("“We will not back down,” said Sen. Jane Doe.\n");
    EXPECT_EQ(a.source, "Sen. Jane Doe");
    EXPECT_EQ(a.cue, "said");
    EXPECT_EQ(a.content, "“We will not back down,”");
}

TEST(Attribution, SpeakerAfterQuotation) {
    const Seen a = only_attribution("\"We will not back down,\" Doe said.\n");
    EXPECT_EQ(a.source, "Doe");
    EXPECT_EQ(a.content, "\"We will not back down,\"");
}

TEST(Attribution, QuotationAfterColon) {
    const Seen a = only_attribution("Doe said: “We will not back down.”\n");
    EXPECT_EQ(a.source, "Doe");
    EXPECT_EQ(a.content, "“We will not back down.”");
}

TEST(Attribution, TrailingPronounReport) {
    const Seen a = only_attribution("The talks have stalled, she added.\n");
    EXPECT_EQ(a.source, "she");
    EXPECT_EQ(a.cue, "added");
    EXPECT_EQ(a.content, "The talks have stalled");
    EXPECT_FALSE(a.vague);
}

TEST(Attribution, ToldReporters) {
    const Seen a = only_attribution("Smith told reporters that the talks had stalled.\n");
    EXPECT_EQ(a.source, "Smith");
    EXPECT_EQ(a.cue, "told");
    EXPECT_EQ(a.content, "the talks had stalled");
}

TEST(Attribution, AuxiliariesAndAdverbsBetweenSourceAndVerb) {
    EXPECT_EQ(only_attribution("Beijing has repeatedly warned against the visit.\n").source,
              "Beijing");
    EXPECT_EQ(only_attribution("Smith declined to say whether talks would resume.\n").source,
              "Smith");
}

TEST(Attribution, PassiveReportByAgent) {
    const Seen a = only_attribution("The story was first reported by MSNBC.\n");
    EXPECT_EQ(a.source, "MSNBC");
    EXPECT_EQ(a.cue, "reported by");
    const Seen b = only_attribution("Inflation rose again, as reported by Reuters.\n");
    EXPECT_EQ(b.source, "Reuters");
}

TEST(Attribution, AccordingToLeading) {
    const Seen a = only_attribution("According to SIPRI, military spending rose.\n");
    EXPECT_EQ(a.source, "SIPRI");
    EXPECT_EQ(a.cue, "According to");
    EXPECT_EQ(a.content, "military spending rose");
}

TEST(Attribution, AccordingToTrailing) {
    const Seen a = only_attribution(
        "Student debt rose 40 percent, according to data from the Department of Education.\n");
    EXPECT_EQ(a.source, "data from the Department of Education");
    EXPECT_EQ(a.content, "Student debt rose 40 percent");
}

TEST(Attribution, AbbreviatedNameInsideSource) {
    const Seen a = only_attribution("According to the U.S. Census Bureau, incomes fell.\n");
    EXPECT_EQ(a.source, "the U.S. Census Bureau");
}

TEST(Attribution, StudiesAndDataReport) {
    const Seen a = only_attribution("A study by RAND found that deterrence holds.\n");
    EXPECT_EQ(a.source, "A study by RAND");
    EXPECT_EQ(a.cue, "found");
    EXPECT_EQ(only_attribution("Data from the census show a decline.\n").source,
              "Data from the census");
    EXPECT_EQ(only_attribution("Gallup's poll found support slipping.\n").source, "Gallup's poll");
}

TEST(Attribution, ParticipleContinuesTheSource) {
    const auto seen =
        attributions_of("Smith said the talks failed, adding that more were planned.\n");
    ASSERT_EQ(seen.size(), 2U);
    EXPECT_EQ(seen[1].source, "Smith");
    EXPECT_EQ(seen[1].cue, "adding");
    EXPECT_EQ(seen[1].content, "more were planned");
}

TEST(Attribution, AppositiveSubject) {
    const Seen a = only_attribution(
        "John Smith, a spokesman for the ministry, said the drills were routine.\n");
    EXPECT_TRUE(a.source.starts_with("John Smith")) << a.source;
    EXPECT_EQ(a.content, "the drills were routine");
}

TEST(Attribution, RelativePronounSource) {
    const Seen a = only_attribution("Experts who say the deal is weak were ignored.\n");
    EXPECT_EQ(a.source, "who");
}

TEST(Attribution, VagueSources) {
    EXPECT_TRUE(only_attribution("Critics say the plan is reckless.\n").vague);
    EXPECT_TRUE(only_attribution("Some analysts argue that sanctions fail.\n").vague);
    EXPECT_TRUE(only_attribution("Officials said the talks failed.\n").vague);
    EXPECT_TRUE(only_attribution("A senior official said the talks failed.\n").vague);
    const Seen many = only_attribution("Many within the region believe it will fail.\n");
    EXPECT_EQ(many.source, "Many within the region");
    EXPECT_TRUE(many.vague);
    EXPECT_TRUE(only_attribution("Some Western analysts warn of escalation.\n").vague);
    EXPECT_TRUE(only_attribution("Observers note the risk of escalation.\n").vague);
}

TEST(Attribution, UnnamedPersonWithADemonymIsWholeAndVague) {
    // The head noun after capitalised modifiers belongs to the source; one unnamed official
    // names nobody, whatever country the modifier gives.
    const Seen a = only_attribution(
        "“Everything depends on this,” said an Iraqi Kurdish official who was quoted.\n");
    EXPECT_EQ(a.source, "an Iraqi Kurdish official");
    EXPECT_TRUE(a.vague);
    EXPECT_TRUE(only_attribution("A Chinese diplomat said the talks failed.\n").vague);
    // A name after the head still anchors it.
    EXPECT_FALSE(
        only_attribution("A spokesman for the Chinese foreign ministry said it objected.\n").vague);
}

TEST(Attribution, NamedSourcesAreNotVague) {
    EXPECT_FALSE(only_attribution("Japanese officials said the talks failed.\n").vague);
    EXPECT_FALSE(only_attribution("Officials at the Pentagon said the talks failed.\n").vague);
    EXPECT_FALSE(only_attribution("He said the talks failed.\n").vague);
    EXPECT_FALSE(only_attribution("The officials said the talks failed.\n").vague);
}

// Decided: "The report said nothing new" is an attribution with source "The report" and content
// "nothing new" — the draft ascribes a statement (even an empty one) to a document; whether it
// supports a claim is the reader's (and the claims rules') business.
TEST(Attribution, DocumentSourceIsAnAttribution) {
    const Seen a = only_attribution("The report said nothing new.\n");
    EXPECT_EQ(a.source, "The report");
    EXPECT_EQ(a.content, "nothing new");
}

TEST(Attribution, AgentlessPassivesAreNotAttributions) {
    // Hearsay without a holder: no source to name (the claims rules flag these).
    EXPECT_TRUE(attributions_of("The ministry's budget was said to be growing.\n").empty());
    EXPECT_TRUE(attributions_of("Russia is said to be planning an offensive.\n").empty());
    EXPECT_TRUE(attributions_of("He was told to leave the country.\n").empty());
}

TEST(Attribution, NotReportingAtAll) {
    EXPECT_TRUE(attributions_of("Needless to say, the talks failed.\n").empty());
    EXPECT_TRUE(attributions_of("The United States imposed tariffs.\n").empty());
    EXPECT_TRUE(attributions_of("Police found a body near the border.\n").empty());
    EXPECT_TRUE(attributions_of("Economic stress rose across the region.\n").empty());
    EXPECT_TRUE(attributions_of("Diplomatic notes were exchanged in May.\n").empty());
    EXPECT_TRUE(attributions_of("The claims were never tested in court.\n").empty());
    EXPECT_TRUE(attributions_of("Beijing wants to dominate the region.\n").empty());
}

TEST(Attribution, CodeIsNotProse) {
    EXPECT_TRUE(attributions_of("```\nSmith said hello\n```\n").empty());
}

} // namespace
} // namespace parallax::test
