// framing/rhetorical-repetition: emotive words used again and again, and words repeated within a
// few words of themselves.

#include "framing_test_util.h"

#include <gtest/gtest.h>

namespace parallax::framing::test {
namespace {

constexpr std::string_view kRule = "framing/rhetorical-repetition";

std::vector<Finding> rhetorical(const std::string& markdown) {
    return only(check_markdown(markdown), kRule);
}

std::vector<Finding> rhetorical_with_min_repeat(const std::string& markdown, double min_repeat) {
    const auto document = Document::build(Text(markdown), DocumentFormat::Markdown);
    Options options;
    options.set("min_repeat", min_repeat);
    CollectingReporter reporter;
    FramingPlugin().check(*document, options, reporter);
    std::vector<Finding> out;
    for (Diagnostic& d : reporter.diagnostics) {
        if (d.rule == kRule) {
            out.push_back({d.rule, std::string(document->slice(d.range)), std::move(d)});
        }
    }
    return out;
}

const std::string kDisasterTwice = "The treaty is a disaster for the farmers of the valley.\n\n"
                                   "Its signing led to disasters, officials admitted on Monday.\n";

TEST(RhetoricalRepetition, FlagsEveryUseOfARepeatedEmotiveWordFamily) {
    const auto findings = rhetorical(kDisasterTwice);
    ASSERT_EQ(findings.size(), 2U);
    EXPECT_EQ(findings[0].text, "disaster");
    EXPECT_EQ(findings[1].text, "disasters");
    EXPECT_NE(findings[1].diagnostic.message.find("disaster"), std::string::npos);
    ASSERT_EQ(findings[1].diagnostic.related.size(), 1U);
    EXPECT_EQ(findings[1].diagnostic.related[0].message, "first use of the word");
    const DataValue* count = data_of(findings[1].diagnostic, "count");
    ASSERT_NE(count, nullptr);
    EXPECT_EQ(std::get<double>(*count), 2.0);
    EXPECT_EQ(findings[0].diagnostic.severity, Severity::Warning);
}

TEST(RhetoricalRepetition, OneEmotiveWordIsNotARepetition) {
    EXPECT_TRUE(rhetorical("The treaty is a disaster for the farmers.\n\n"
                           "Officials signed it on Monday in the capital.\n")
                    .empty());
}

TEST(RhetoricalRepetition, NeutralReportingWordsAreNotEmotive) {
    // "war", "attack", "murder" name what a report must name; "ignored" only shares its stem
    // with "ignorant", which the lexicon lists as an exact form.
    EXPECT_TRUE(rhetorical("The war began with an attack on the port. The murder trial opened.\n\n"
                           "The attack ended the war; the murder was solved. Warnings were "
                           "ignored, and the report ignores them too.\n")
                    .empty());
}

TEST(RhetoricalRepetition, NeutralWordsSharingAnEmotiveStemAreNotEmotive) {
    // "explosive", "negligent" and "utterly" share their Snowball stems with "explosions",
    // "negligible" and "utterances".
    EXPECT_TRUE(rhetorical("Two explosions shook the port at dawn.\n\n"
                           "More explosions followed, and the costs were negligible.\n\n"
                           "The negligible damage drew few utterances of concern, and "
                           "utterances of relief followed.\n")
                    .empty());
    EXPECT_EQ(rhetorical("The explosive report spread.\n\nAn explosive claim followed.\n").size(),
              2U);
}

TEST(RhetoricalRepetition, AnEmotiveWordAfterAntiOrCounterIsNotEmotive) {
    EXPECT_TRUE(rhetorical("He proposed a counter-propaganda campaign.\n\n"
                           "Allies would join the counter-propaganda effort.\n")
                    .empty());
}

TEST(RhetoricalRepetition, MinRepeatRaisesTheCountForEmotiveWords) {
    EXPECT_EQ(rhetorical_with_min_repeat(kDisasterTwice, 2).size(), 2U);
    EXPECT_TRUE(rhetorical_with_min_repeat(kDisasterTwice, 3).empty());
}

TEST(RhetoricalRepetition, FlagsAWordDoubledOnTheSpotAsOneChain) {
    const auto findings = rhetorical("These people are crazy, crazy, crazies who want power.\n");
    ASSERT_EQ(findings.size(), 1U);
    EXPECT_EQ(findings[0].text, "crazy, crazy, crazies");
    const DataValue* count = data_of(findings[0].diagnostic, "count");
    ASSERT_NE(count, nullptr);
    EXPECT_EQ(std::get<double>(*count), 3.0);
    ASSERT_EQ(findings[0].diagnostic.related.size(), 1U);
    // The emotive word inside the chain is reported once, by the chain.
}

TEST(RhetoricalRepetition, FlagsAWordRepeatedAcrossAFunctionWord) {
    const auto findings = rhetorical("The old law demanded life for life in every village.\n");
    ASSERT_EQ(findings.size(), 1U);
    EXPECT_EQ(findings[0].text, "life for life");
}

TEST(RhetoricalRepetition, WordsFarApartInASentenceAreNotAClosePair) {
    EXPECT_TRUE(rhetorical("The budget grew while the ministry cut the budget again.\n").empty());
}

TEST(RhetoricalRepetition, NamesShortWordsAndFunctionWordsAreNotClosePairs) {
    EXPECT_TRUE(
        rhetorical("She moved from New York to York, then said no, no to the offer.\n").empty());
    EXPECT_TRUE(rhetorical("They said that that plan would fail.\n").empty());
}

TEST(RhetoricalRepetition, QuotedBlocksAreNotTheAuthorsProse) {
    EXPECT_TRUE(rhetorical("> It is a disaster, a disaster for all of us.\n\n"
                           "Officials disagreed on Monday.\n")
                    .empty());
}

TEST(RhetoricalRepetition, ACoordinationOfTwoThingsIsNotAClosePair) {
    EXPECT_TRUE(rhetorical("Officials banned mass gatherings and mass protests in May.\n").empty());
    const auto findings = rhetorical("The ministers lied and lied to the valley.\n");
    ASSERT_EQ(findings.size(), 1U);
    EXPECT_EQ(findings[0].text, "lied and lied");
}

TEST(RhetoricalRepetition, FlagsAShortClauseRepeatedWordForWord) {
    const auto findings = rhetorical("# No one is safe\n\n"
                                     "The town has changed since the fire. No one is safe, the "
                                     "mayor's office believes.\n\n"
                                     "Schools stay closed. No one is safe.\n");
    ASSERT_EQ(findings.size(), 3U);
    for (const Finding& f : findings) {
        EXPECT_EQ(f.text.substr(1), "o one is safe");
        EXPECT_NE(f.diagnostic.message.find("word for word 3 times"), std::string::npos);
    }
    ASSERT_EQ(findings[2].diagnostic.related.size(), 2U);
    EXPECT_EQ(findings[2].diagnostic.related[0].message, "first use of the clause");
}

TEST(RhetoricalRepetition, AnAbbreviationsFullStopDoesNotEndAClause) {
    // "Democratic Illinois Rep." is not a clause: the sentence runs on past "Rep.".
    EXPECT_TRUE(rhetorical("Democratic Illinois Rep. Danny Davis praised the preacher on "
                           "Monday.\n\nDemocratic Illinois Rep. Danny Davis defended the preacher "
                           "again on Tuesday.\n")
                    .empty());
}

TEST(RhetoricalRepetition, QuotationsAttributionsAndSetPhrasesAreNotSlogans) {
    // Someone else's words repeated are reported speech.
    EXPECT_TRUE(
        rhetorical("He said: \u201cChristianity is the last hope of the continent.\u201d\n\n"
                   "Later he repeated: \u201cChristianity is the last hope of the "
                   "continent.\u201d\n")
            .empty());
    // The draft's attribution machinery, and two-word set phrases.
    EXPECT_TRUE(rhetorical("The plan failed, the minister told reporters.\n\n"
                           "The budget, of course, grew, the minister told reporters.\n\n"
                           "Of course, nobody resigned.\n")
                    .empty());
}

TEST(RhetoricalRepetition, PartsOfHyphenatedCompoundsAreNotTheWord) {
    EXPECT_TRUE(rhetorical("They fought anti-black racism, anti-Semitism and worse.\n").empty());
    EXPECT_TRUE(rhetorical("Pay for immigrant vs. non-immigrant workers.\n").empty());
    EXPECT_TRUE(
        rhetorical("It spreads through human-to-human contact among human hosts.\n").empty());
    // The word on its own, twice, is still a repetition.
    EXPECT_FALSE(rhetorical("This is a racist, racist and anti-family policy.\n").empty());
}

TEST(RhetoricalRepetition, AnAppositionThatNarrowsTheWordIsNotARepetition) {
    EXPECT_TRUE(rhetorical("They run the industry: an economic industry of great size.\n").empty());
    EXPECT_TRUE(
        rhetorical("The ranch belongs to the family, a rancher family from Oregon.\n").empty());
    // Without words between the article and the word, or with a third use, it is a device.
    EXPECT_FALSE(rhetorical("It took weeks, the weeks of waiting that broke them.\n").empty());
    EXPECT_FALSE(
        rhetorical("They claim immunity, a cultural immunity, a legal immunity.\n").empty());
}

TEST(RhetoricalRepetition, SetExpressionsAreNotClosePairs) {
    // Hyphenated compounds and distributive idioms are single expressions.
    EXPECT_TRUE(rhetorical("The wall-to-wall coverage was reviewed case-by-case.\n").empty());
    EXPECT_TRUE(
        rhetorical("They met face to face and worked side by side, hand in hand.\n").empty());
    EXPECT_TRUE(
        rhetorical("Week after week the talks grew harder and harder to follow.\n").empty());
    EXPECT_TRUE(rhetorical("Time and time again the envoys met.\n").empty());
    // "After" and "for" build the device: one disaster piled on another.
    const auto findings = rhetorical("The regime brought disaster after disaster on the coast.\n");
    ASSERT_FALSE(findings.empty());
    EXPECT_EQ(findings[0].text, "disaster after disaster");
}

TEST(RhetoricalRepetition, RelatedFormsOfAWordAreNotAClosePair) {
    // Two forms that only share a stem are not the word said again.
    EXPECT_TRUE(rhetorical("The reporter who had reported it left.\n").empty());
    EXPECT_TRUE(rhetorical("The administrator of the administration resigned.\n").empty());
}

TEST(RhetoricalRepetition, AListOfThreeBuiltOnOneWordIsOneChain) {
    const auto findings =
        rhetorical("They foment hate, foment division and foment chaos in the town.\n");
    ASSERT_EQ(findings.size(), 1U);
    EXPECT_EQ(findings[0].text, "foment hate, foment division and foment");
    const DataValue* count = data_of(findings[0].diagnostic, "count");
    ASSERT_NE(count, nullptr);
    EXPECT_EQ(std::get<double>(*count), 3.0);
}

TEST(RhetoricalRepetition, FragmentsAndConnectivesAreNotSlogans) {
    // A clause cut before a number ends on "in"; "In other words," opens a sentence.
    EXPECT_TRUE(rhetorical("He was convicted in 2009 of fraud.\n\n"
                           "Later he was convicted in 2014 of theft.\n")
                    .empty());
    EXPECT_TRUE(rhetorical("In other words, the plan failed.\n\n"
                           "In other words, nobody paid.\n")
                    .empty());
}

} // namespace
} // namespace parallax::framing::test
