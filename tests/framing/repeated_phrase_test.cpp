#include "framing_test_util.h"

#include <gtest/gtest.h>

namespace parallax::framing::test {
namespace {

constexpr std::string_view kRule = "framing/repeated-phrase";

TEST(RepeatedPhrase, FlagsLaterUseAcrossParagraphsWithData) {
    const auto findings = only(check_markdown("The deployment could threaten regional stability "
                                              "in the short term.\n\n"
                                              "Diplomats see trade as the basis of regional "
                                              "stability for years.\n"),
                               kRule);
    ASSERT_EQ(findings.size(), 1U);
    EXPECT_EQ(findings[0].text, "regional stability");
    const DataValue* phrase = data_of(findings[0].diagnostic, "phrase");
    ASSERT_NE(phrase, nullptr);
    EXPECT_EQ(std::get<std::string>(*phrase), "regional stability");
    const DataValue* count = data_of(findings[0].diagnostic, "count");
    ASSERT_NE(count, nullptr);
    EXPECT_EQ(std::get<double>(*count), 2.0);
    ASSERT_EQ(findings[0].diagnostic.related.size(), 1U);
}

TEST(RepeatedPhrase, MatchesInflectionsAndFunctionWordGaps) {
    const auto findings =
        only(check_markdown("Such drills exacerbate regional tensions.\n\n"
                            "Critics fear that naval patrols are exacerbating the "
                            "regional tensions further.\n"),
             kRule);
    ASSERT_EQ(findings.size(), 1U);
    EXPECT_EQ(findings[0].text, "exacerbating the regional tensions");
}

TEST(RepeatedPhrase, ReportsTheMaximalPhraseOnly) {
    const auto findings =
        only(check_markdown("Its evolving role in global security dynamics is debated.\n\n"
                            "The summit underscores its evolving role in global security "
                            "architecture.\n"),
             kRule);
    ASSERT_EQ(findings.size(), 1U);
    EXPECT_EQ(findings[0].text, "evolving role in global security");
}

TEST(RepeatedPhrase, EachLaterOccurrenceIsFlagged) {
    const auto findings = only(check_markdown("Leaders praised nuanced diplomacy.\n\n"
                                              "Analysts call for nuanced diplomacy.\n\n"
                                              "Only nuanced diplomacy will work.\n"),
                               kRule);
    ASSERT_EQ(findings.size(), 2U);
    EXPECT_EQ(std::get<double>(*data_of(findings[1].diagnostic, "count")), 3.0);
    EXPECT_EQ(findings[1].diagnostic.related.size(), 2U);
}

TEST(RepeatedPhrase, TopicNamesAreNotFrames) {
    EXPECT_TRUE(only(check_markdown("Ships visited the South China Sea in May.\n\n"
                                    "Later, tankers crossed the South China Sea again.\n"),
                     kRule)
                    .empty());
    EXPECT_TRUE(only(check_markdown("Officials in the Asia-Pacific region met.\n\n"
                                    "Trade in the Asia-Pacific region grew.\n"),
                     kRule)
                    .empty());
}

TEST(RepeatedPhrase, SameParagraphOrFunctionPhrasesDoNotFire) {
    EXPECT_TRUE(
        only(check_markdown("Regional stability matters. Regional stability is fragile.\n"), kRule)
            .empty());
    EXPECT_TRUE(only(check_markdown("It is one of the most important.\n\n"
                                    "This is one of the most difficult.\n"),
                     kRule)
                    .empty());
}

TEST(RepeatedPhrase, PunctuationSeparatesPhrases) {
    EXPECT_TRUE(only(check_markdown("They met in Paris, talks followed.\n\n"
                                    "Rain fell on Paris; talks stalled.\n"),
                     kRule)
                    .empty());
}

TEST(RepeatedPhrase, PlainTextWrittenOneParagraphPerLine) {
    const auto findings = only(check_plain_text("Officials warned of illegal crossings.\n"
                                                "Then the border saw more illegal crossings.\n"),
                               kRule);
    ASSERT_EQ(findings.size(), 1U);
    EXPECT_EQ(findings[0].text, "illegal crossings");
}

TEST(RepeatedPhrase, HardWrappedPlainTextIsOneParagraph) {
    EXPECT_TRUE(only(check_plain_text("Officials warned of illegal crossings near the\n"
                                      "river. Then the border saw more illegal crossings.\n"),
                     kRule)
                    .empty());
}

TEST(RepeatedPhrase, NounCompoundsNameThingsNotFrames) {
    EXPECT_TRUE(only(check_markdown("Health workers arrived on Monday.\n\n"
                                    "More health workers came later.\n\n"
                                    "Missile strikes hit the port.\n\n"
                                    "Further missile strikes followed.\n"),
                     kRule)
                    .empty());
}

TEST(RepeatedPhrase, IndefinitePronounsAreFunctionWords) {
    // "Something", like "anything", stands for no content of its own.
    EXPECT_TRUE(only(check_markdown("There is something wrong with the deal.\n\n"
                                    "Something wrong was found in the deal again.\n"),
                     kRule)
                    .empty());
}

TEST(RepeatedPhrase, AHyphenatedWordIsOneWordNotAPhrase) {
    EXPECT_TRUE(only(check_markdown("Anyone caught re-entering faces a felony charge.\n\n"
                                    "Aliens re-entering are detained at once.\n"),
                     kRule)
                    .empty());
    // A compound inside a longer phrase still counts its parts.
    const auto findings = only(check_markdown("Police found armor-piercing rounds in the car.\n\n"
                                              "The armor-piercing rounds were sold online.\n"),
                               kRule);
    ASSERT_EQ(findings.size(), 1U);
    EXPECT_EQ(findings[0].text, "armor-piercing rounds");
}

TEST(RepeatedPhrase, LinesAreParagraphsWhenMostBreaksFallBetweenSentences) {
    const auto findings = only(check_plain_text("Officials warned of illegal crossings.\n"
                                                "A report\nfollowed.\n"
                                                "The minister spoke.\n"
                                                "Aid groups met.\n"
                                                "Then the border saw more illegal crossings.\n"),
                               kRule);
    ASSERT_EQ(findings.size(), 1U);
}

TEST(RepeatedPhrase, RelatedLocationsAreBounded) {
    std::string draft;
    for (int i = 0; i < 15; ++i) {
        draft += "Paragraph " + std::to_string(i) + " mentions nuanced diplomacy.\n\n";
    }
    const auto findings = only(check_markdown(draft), kRule);
    ASSERT_EQ(findings.size(), 14U);
    for (const Finding& finding : findings) {
        EXPECT_LE(finding.diagnostic.related.size(), 10U);
        EXPECT_EQ(finding.diagnostic.related.front().range.start.value, 12U); // the first use
    }
}

TEST(RepeatedPhrase, TitleWordsAreTheTopic) {
    EXPECT_TRUE(only(check_markdown("# The strategic pivot to Asia\n\n"
                                    "The strategic pivot began in 2011.\n\n"
                                    "Critics doubt the strategic pivot.\n"),
                     kRule)
                    .empty());
}

TEST(RepeatedPhrase, TwoWordsWithATopicWordNameTheTopic) {
    // "Plague" and "nuclear" are the titles' words: "bubonic plague" and "nuclear arsenal" are
    // the subject, not frames...
    EXPECT_TRUE(only(check_markdown("# Plague returns to Madagascar\n\n"
                                    "Doctors confirmed bubonic plague in the capital.\n\n"
                                    "Most patients with bubonic plague recover.\n"),
                     kRule)
                    .empty());
    EXPECT_TRUE(only(check_markdown("# Nuclear talks stall\n\n"
                                    "The North keeps growing its nuclear arsenal.\n\n"
                                    "Nobody expects the nuclear arsenal to shrink.\n"),
                     kRule)
                    .empty());
    // ...while a generic noun is no topic of its own: a "failed state" is a frame.
    const auto findings = only(check_markdown("Critics call the country a failed state.\n\n"
                                              "Aid alone cannot rebuild a failed state.\n"),
                               kRule);
    ASSERT_EQ(findings.size(), 1U);
    EXPECT_EQ(findings[0].text, "failed state");
}

TEST(RepeatedPhrase, AParticipleEndingAPhraseNarrates) {
    // A verb in the past tense tells what happened...
    EXPECT_TRUE(only(check_markdown("Police recently released the footage.\n\n"
                                    "More footage was recently released online.\n\n"
                                    "Two officers were sexually assaulted in March.\n\n"
                                    "A third officer was sexually assaulted in May.\n"),
                     kRule)
                    .empty());
    // ...while a participle before its noun characterises it.
    const auto findings = only(check_markdown("Observers called it a rigged election.\n\n"
                                              "Nobody accepts a rigged election for long.\n"),
                               kRule);
    ASSERT_EQ(findings.size(), 1U);
    EXPECT_EQ(findings[0].text, "rigged election");
}

TEST(RepeatedPhrase, TwoWordsApartAreAPhraseOnlyWhenCoordinated) {
    // A verb and the verb or object that follows it are parts of a clause, not a phrase.
    EXPECT_TRUE(only(check_markdown("The editor refused to publish it.\n\n"
                                    "Later the board refused to publish anything.\n\n"
                                    "Officers raided the offices on Monday.\n\n"
                                    "They raided their offices again.\n"),
                     kRule)
                    .empty());
    // A doublet joined by a conjunction is one.
    const auto findings = only(check_markdown("The plan was brilliant and ingenious on paper.\n\n"
                                              "Few saw it as brilliant or ingenious.\n"),
                               kRule);
    ASSERT_EQ(findings.size(), 1U);
    EXPECT_EQ(findings[0].text, "brilliant or ingenious");
}

TEST(RepeatedPhrase, ReportedSpeechIsNotTheAuthorsFrame) {
    // The minister's words, reported, are not the author repeating a phrase...
    EXPECT_TRUE(only(check_markdown("Such drills exacerbate regional tensions.\n\n"
                                    "The minister said that the drills exacerbate regional "
                                    "tensions.\n"),
                     kRule)
                    .empty());
    // ...nor a use that counts: the author's two uses are the repetition.
    const auto findings = only(check_markdown("Such drills exacerbate regional tensions.\n\n"
                                              "The minister said that the drills exacerbate "
                                              "regional tensions.\n\n"
                                              "Naval patrols exacerbate regional tensions.\n"),
                               kRule);
    ASSERT_EQ(findings.size(), 1U);
    EXPECT_EQ(std::get<double>(*data_of(findings[0].diagnostic, "count")), 2.0);
    EXPECT_EQ(findings[0].diagnostic.range.start.value,
              std::string("Such drills exacerbate regional tensions.\n\nThe minister said that "
                          "the drills exacerbate regional tensions.\n\nNaval patrols ")
                  .size());
}

} // namespace
} // namespace parallax::framing::test
