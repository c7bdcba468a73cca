#include "framing_test_util.h"

#include <gtest/gtest.h>

namespace parallax::framing::test {
namespace {

constexpr std::string_view kRule = "framing/loaded-label";

TEST(LoadedLabel, ScareQuotedLabelFiresAtOnce) {
    const auto findings = only(
        check_markdown("Amid assertions of a \u201cChina threat\u201d, the summit met.\n"), kRule);
    ASSERT_EQ(findings.size(), 1U);
    EXPECT_EQ(findings[0].text, "China threat");
}

TEST(LoadedLabel, ScareQuotesBeforeAFullStop) {
    const auto findings = only(
        check_markdown("The debate turns on the \u201cChina threat.\u201d Nothing else.\n"), kRule);
    ASSERT_EQ(findings.size(), 1U);
}

TEST(LoadedLabel, RepeatedLabelFiresAtEveryUse) {
    const auto findings = only(check_markdown("Tehran funds its aggression abroad.\n\n"
                                              "The aggression will continue next year.\n"),
                               kRule);
    ASSERT_EQ(findings.size(), 2U);
    EXPECT_EQ(findings[1].text, "aggression");
    EXPECT_EQ(findings[1].diagnostic.related.size(), 1U);
    EXPECT_EQ(std::get<double>(*data_of(findings[1].diagnostic, "count")), 2.0);
}

TEST(LoadedLabel, FirstUseCanBeLeftUnflagged) {
    FramingOptions options;
    options.loaded_label.flag_first_use = false;
    const auto findings = only(check_markdown("Tehran funds its aggression abroad.\n\n"
                                              "The aggression will continue next year.\n",
                                              options),
                               kRule);
    ASSERT_EQ(findings.size(), 1U);
    EXPECT_GT(findings[0].diagnostic.range.start.value, 30U);
}

TEST(LoadedLabel, SingleUnquotedLabelDoesNotFire) {
    EXPECT_TRUE(
        only(check_markdown("Analysts question the hegemony of the dollar.\n"), kRule).empty());
}

TEST(LoadedLabel, JudgingLabelFiresAtASingleUseAsInformation) {
    const auto findings =
        only(check_markdown("The minister sent thugs to break up the rally.\n"), kRule);
    ASSERT_EQ(findings.size(), 1U);
    EXPECT_EQ(findings[0].text, "thugs");
    EXPECT_EQ(findings[0].diagnostic.severity, Severity::Information);
    EXPECT_NE(findings[0].diagnostic.message.find("judges"), std::string::npos);
}

TEST(LoadedLabel, RepeatedJudgingLabelIsAWarningAtEachUse) {
    const auto findings = only(check_markdown("The inquiry was a witch hunt from the start.\n\n"
                                              "Its report ends the witch hunt.\n"),
                               kRule);
    ASSERT_EQ(findings.size(), 2U);
    EXPECT_EQ(findings[0].diagnostic.severity, Severity::Warning);
    EXPECT_EQ(findings[1].diagnostic.severity, Severity::Warning);
    EXPECT_EQ(std::get<double>(*data_of(findings[1].diagnostic, "count")), 2.0);
}

TEST(LoadedLabel, JudgingLabelInAQuotationIsSomeoneElsesWord) {
    EXPECT_TRUE(only(check_markdown("\u201cThe men at the gate were thugs,\u201d the minister "
                                    "said.\n"),
                     kRule)
                    .empty());
}

TEST(LoadedLabel, ShortQuotationGivenToASpeakerIsSomeoneElsesWord) {
    EXPECT_TRUE(
        only(check_markdown("\u201cThey are thugs,\u201d the minister said.\n"), kRule).empty());
    EXPECT_TRUE(
        only(check_markdown("Witnesses said he called the envoy a \u201cpuppet\u201d.\n"), kRule)
            .empty());
}

TEST(LoadedLabel, ScareQuotesInTheAuthorsOwnSentenceStillFire) {
    // The same few quoted words with no speaker: the author's quotes around the label.
    const auto findings =
        only(check_markdown("The envoy met the \u201cpuppet\u201d after the vote.\n"), kRule);
    ASSERT_EQ(findings.size(), 1U);
    EXPECT_EQ(findings[0].text, "puppet");
}

TEST(LoadedLabel, TheEpithetBrandsButTheNameOfAnIdeologyDoesNot) {
    EXPECT_TRUE(
        only(check_markdown("The cardinal was a critic of fascism in the war.\n"), kRule).empty());
    EXPECT_EQ(only(check_markdown("The minister called his rivals fascists.\n"), kRule).size(), 1U);
}

TEST(LoadedLabel, ALabelAfterAntiNamesTheOppositionToIt) {
    EXPECT_TRUE(
        only(check_markdown("Anti-fascist campaigners marched on Sunday.\n"), kRule).empty());
}

TEST(LoadedLabel, JudgingLabelsCanBeLeftToRepetition) {
    FramingOptions options;
    options.loaded_label.flag_judging = false;
    EXPECT_TRUE(
        only(check_markdown("The minister sent thugs to break up the rally.\n", options), kRule)
            .empty());
}

TEST(LoadedLabel, DesignsIsALabelButDesignedIsNot) {
    EXPECT_TRUE(only(check_markdown("The Synod is designed to listen.\n\n"
                                    "The Synod is designed to decide.\n"),
                     kRule)
                    .empty());
    EXPECT_EQ(only(check_markdown("Analysts fear Beijing's designs on the strait.\n\n"
                                  "Beijing's designs are plain.\n"),
                   kRule)
                  .size(),
              2U);
}

TEST(LoadedLabel, NeutralWordsDoNotFire) {
    EXPECT_TRUE(only(check_markdown("The government expanded trade.\n\n"
                                    "The government held talks.\n"),
                     kRule)
                    .empty());
}

TEST(LoadedLabel, InconsistentLabelsForComparableActors) {
    const auto findings = only(check_markdown("The Iranian regime held talks in May.\n\n"
                                              "The Saudi government held talks in June.\n"),
                               kRule);
    ASSERT_EQ(findings.size(), 1U);
    EXPECT_EQ(findings[0].text, "regime");
    EXPECT_NE(findings[0].diagnostic.message.find("government"), std::string::npos);
}

TEST(LoadedLabel, ACountryOpeningTheSentenceIsAnActor) {
    // The capital of a sentence's first word marks no name; the gazetteer still knows Iran.
    const auto findings = only(check_markdown("Iran's regime held talks in May.\n\n"
                                              "The Saudi government held talks in June.\n"),
                               kRule);
    ASSERT_EQ(findings.size(), 1U);
    EXPECT_EQ(findings[0].text, "regime");
    EXPECT_TRUE(findings[0].diagnostic.message.starts_with("\u201cregime\u201d for Iran but"))
        << findings[0].diagnostic.message;
}

TEST(LoadedLabel, VariantsOfOneLabelCountTogether) {
    const auto findings = only(check_markdown("Critics decry its expansion in the east.\n\n"
                                              "An expansionist strategy followed.\n"),
                               kRule);
    ASSERT_EQ(findings.size(), 2U);
    EXPECT_EQ(findings[0].text, "expansion");
    EXPECT_EQ(findings[1].text, "expansionist");
}

TEST(LoadedLabel, NameBeforeThreatMakesALabel) {
    const auto findings = only(check_markdown("Officials debated Iran's growing threat.\n\n"
                                              "The Iran threat dominated the summit.\n\n"
                                              "A threat of rain hung over the talks.\n"),
                               kRule);
    ASSERT_EQ(findings.size(), 2U);
    EXPECT_EQ(findings[0].text, "Iran's growing threat");
    EXPECT_EQ(findings[1].text, "Iran threat");
}

TEST(LoadedLabel, OneCountryNamedTwoWaysIsOneActor) {
    // "Iranian" and "Iran's" name one actor: two labels for it are not an uneven pair.
    EXPECT_TRUE(only(check_markdown("The Iranian regime held talks in May.\n\n"
                                    "In June, Iran's government held talks.\n"),
                     kRule)
                    .empty());
    // The message names the other actor as the draft does.
    const auto findings = only(check_markdown("The Iranian regime held talks in May.\n\n"
                                              "The United States government held talks in "
                                              "June.\n"),
                               kRule);
    ASSERT_EQ(findings.size(), 1U);
    EXPECT_NE(findings[0].diagnostic.message.find("for United States"), std::string::npos);
    // ...without the possessive the draft gives the name or the label.
    for (const char* draft : {"In May, Iran's regime held talks.\n\n"
                              "The Saudi government held talks in June.\n",
                              "In May, the Iranian regime's envoys held talks.\n\n"
                              "The Saudi government held talks in June.\n"}) {
        const auto possessive = only(check_markdown(draft), kRule);
        ASSERT_EQ(possessive.size(), 1U) << draft;
        const std::string& message = possessive[0].diagnostic.message;
        EXPECT_TRUE(message.starts_with("\u201cregime\u201d for Iran")) << message;
        EXPECT_EQ(message.find("\u2019s"), std::string::npos) << message;
        EXPECT_EQ(message.find("'s"), std::string::npos) << message;
    }
}

TEST(LoadedLabel, RegimeChangeAndAuthorizeAreNotAuthorityLabels) {
    EXPECT_TRUE(only(check_markdown("The White House is planning regime change in Iran.\n\n"
                                    "Congress must authorize Niger operations.\n\n"
                                    "The Saudi government declined to comment.\n"),
                     kRule)
                    .empty());
    EXPECT_TRUE(only(check_markdown("The Iraqi regime fell in 2003.\n\n"
                                    "Only Congress can authorize Niger operations.\n"),
                     kRule)
                    .empty());
}

TEST(LoadedLabel, SameActorWithTwoLabelsIsNotInconsistent) {
    EXPECT_TRUE(only(check_markdown("North Korea's regime tested a missile.\n\n"
                                    "North Korea's government denied it.\n"),
                     kRule)
                    .empty());
}

TEST(LoadedLabel, ALabelQuotedOnceIsSomeoneElsesWord) {
    EXPECT_TRUE(only(check_markdown("\u201cThe aggression must stop at once,\u201d the minister "
                                    "said.\n\nThe talks resume on Monday.\n"),
                     kRule)
                    .empty());
}

TEST(LoadedLabel, ALabelRepeatedThroughQuotationsIsRepeated) {
    // Quoting the same label again and again repeats the frame, whoever coined it.
    const auto findings = only(check_markdown("\u201cThe aggression must stop at once,\u201d the "
                                              "minister said.\n\n"
                                              "\u201cWe will answer any aggression with force,"
                                              "\u201d he added.\n"),
                               kRule);
    ASSERT_EQ(findings.size(), 2U);
    EXPECT_EQ(findings[1].text, "aggression");
    EXPECT_EQ(findings[1].diagnostic.severity, Severity::Warning);
    EXPECT_NE(findings[1].diagnostic.message.find("2 of them in quotations"), std::string::npos);
}

TEST(LoadedLabel, ExactFormsDoNotMatchOtherWordsOfTheSameStem) {
    EXPECT_TRUE(only(check_markdown("Policy dictates caution.\n\nThe law dictates terms.\n"), kRule)
                    .empty());
    // "aggression" and "expansion" share their stems with "aggressively" and "expansive".
    EXPECT_TRUE(only(check_markdown("The firm marketed its loans aggressively.\n\n"
                                    "Its aggressive pricing took an expansive view of risk.\n\n"
                                    "The board took an expansive view again.\n"),
                     kRule)
                    .empty());
    EXPECT_EQ(
        only(check_markdown("Moscow denies any aggression.\n\nThe aggression goes on.\n"), kRule)
            .size(),
        2U);
}

} // namespace
} // namespace parallax::framing::test
