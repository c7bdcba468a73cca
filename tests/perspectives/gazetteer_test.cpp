// The embedded gazetteer: tables, regions, alliances and finding place names in prose.

#include "helpers.h"

#include "parallax/gazetteer.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace parallax::perspectives::test {
namespace {

std::vector<std::string> mentions(const std::string& text) {
    const auto document = markdown(text);
    std::vector<std::string> out;
    for (const auto& m : find_place_mentions(*document)) {
        out.push_back(std::string(document->slice(m.range)) + "=" + m.id);
    }
    return out;
}

TEST(Gazetteer, LoadsEveryCountryWithItsRegionChain) {
    const Gazetteer& g = Gazetteer::instance();
    EXPECT_GE(g.countries().size(), 240u);
    ASSERT_NE(g.country("JP"), nullptr);
    EXPECT_EQ(g.country("JP")->name, "Japan");
    EXPECT_EQ(g.subregion("JP"), "Eastern Asia");
    EXPECT_EQ(g.subregion("ID"), "South-eastern Asia");
    EXPECT_EQ(g.subregion("TW"), "Eastern Asia");
    EXPECT_FALSE(g.country("GU")->sovereign);
    EXPECT_EQ(g.country("ZZ"), nullptr);
}

TEST(Gazetteer, RegionsAndGroupingsHaveMembers) {
    const Gazetteer& g = Gazetteer::instance();
    EXPECT_TRUE(g.in_region("FJ", "Pacific Islands"));
    EXPECT_TRUE(g.in_region("FJ", "Melanesia"));
    EXPECT_TRUE(g.in_region("AU", "Asia-Pacific"));
    EXPECT_TRUE(g.in_region("IN", "Indo-Pacific"));
    EXPECT_TRUE(g.in_region("VN", "ASEAN"));
    EXPECT_TRUE(g.in_region("IR", "Middle East"));
    EXPECT_FALSE(g.in_region("US", "Asia-Pacific"));
    EXPECT_FALSE(g.in_region("FR", "Asia"));
    const Grouping* asia_pacific = g.grouping("Asia-Pacific");
    ASSERT_NE(asia_pacific, nullptr);
    EXPECT_EQ(asia_pacific->parts.size(), 5u);
}

TEST(Gazetteer, AlliesAreOnOneSide) {
    const Gazetteer& g = Gazetteer::instance();
    EXPECT_TRUE(g.aligned("US", "JP"));
    EXPECT_TRUE(g.aligned("GB", "FR"));
    EXPECT_TRUE(g.aligned("CN", "CN"));
    EXPECT_FALSE(g.aligned("US", "CN"));
    EXPECT_FALSE(g.aligned("JP", "KP"));
}

TEST(Gazetteer, WordListsHoldTheirCaseFoldedWordsOnly) {
    const Gazetteer& g = Gazetteer::instance();
    EXPECT_TRUE(g.is_office_word("minister"));
    EXPECT_TRUE(g.is_office_word("embassy"));
    EXPECT_FALSE(g.is_office_word("Minister"));
    EXPECT_FALSE(g.is_office_word("minist"));
    EXPECT_FALSE(g.is_office_word(""));
    EXPECT_TRUE(g.is_event_noun("agreement"));
    EXPECT_TRUE(g.is_event_noun("agreements"));
    EXPECT_FALSE(g.is_event_noun("agree"));
    EXPECT_TRUE(g.is_ambiguous_name("georgia"));
    EXPECT_TRUE(g.is_ambiguous_name("jordan"));
    EXPECT_FALSE(g.is_ambiguous_name("japan"));
}

TEST(GazetteerMentions, FindsNamesDemonymsCapitalsAndPossessives) {
    EXPECT_EQ(mentions("Japan's defence ministry met Chinese envoys in Beijing.\n"),
              (std::vector<std::string>{"Japan's=JP", "Chinese=CN", "Beijing=CN"}));
    EXPECT_EQ(mentions("Americans and Israelis disagree.\n"),
              (std::vector<std::string>{"Americans=US", "Israelis=IL"}));
    EXPECT_EQ(mentions("The Philippines’ coast guard.\n"),
              (std::vector<std::string>{"Philippines=PH"}));
}

TEST(GazetteerMentions, TheDocumentKeepsTheMentionsItsBuildFound) {
    const auto document =
        markdown("Japan's envoy met Chinese officials.\n\nThe talks in Beijing ended.\n");
    const auto kept = document->place_mentions();
    ASSERT_EQ(kept.size(), 3U);
    EXPECT_EQ(document->slice(kept[0].range), "Japan's");
    EXPECT_EQ(kept[0].id, "JP");
    EXPECT_EQ(kept[1].form, MentionForm::Demonym);
    EXPECT_EQ(kept[2].id, "CN");
    EXPECT_EQ(kept[2].form, MentionForm::Capital);
    EXPECT_EQ(kept[2].sentence, 1U);
    EXPECT_EQ(document->tokens()[kept[2].first_token].folded, "beijing");
    const auto found = find_place_mentions(*document);
    ASSERT_EQ(found.size(), kept.size());
    for (std::size_t i = 0; i < found.size(); ++i) {
        EXPECT_EQ(found[i].range, kept[i].range);
        EXPECT_EQ(found[i].id, kept[i].id);
    }
}

TEST(GazetteerMentions, LongestNameWins) {
    EXPECT_EQ(mentions("South Korea and the Democratic Republic of the Congo.\n"),
              (std::vector<std::string>{"South Korea=KR", "Democratic Republic of the Congo=CD"}));
    EXPECT_EQ(mentions("NATO's pivot to the Asia-Pacific and Southeast Asia.\n"),
              (std::vector<std::string>{"NATO's=NATO", "Asia-Pacific=Asia-Pacific",
                                        "Southeast Asia=South-eastern Asia"}));
}

TEST(GazetteerMentions, AustraliaAndNewZealandAreTwoCountries) {
    EXPECT_EQ(mentions("Partners such as Australia and New Zealand.\n"),
              (std::vector<std::string>{"Australia=AU", "New Zealand=NZ"}));
}

TEST(GazetteerMentions, AbbreviationsOnlyInCapitalsAndNamesOnlyCapitalised) {
    EXPECT_EQ(mentions("The US and the U.S. told us.\n"),
              (std::vector<std::string>{"US=US", "U.S=US"}));
    EXPECT_TRUE(mentions("We ate turkey and chad.\n").empty());
    EXPECT_EQ(mentions("Turkey objected.\n"), (std::vector<std::string>{"Turkey=TR"}));
}

TEST(GazetteerMentions, StatesWinOverTerritoriesAndOutletsAreNoMentions) {
    EXPECT_EQ(mentions("American officials read the BBC.\n"),
              (std::vector<std::string>{"American=US"}));
}

TEST(GazetteerMentions, SeatsOfGovernmentAreMetonyms) {
    const auto document = markdown("The Kremlin and the White House disagreed.\n");
    const auto found = find_place_mentions(*document);
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].id, "RU");
    EXPECT_EQ(found[0].form, MentionForm::Metonym);
    EXPECT_EQ(found[1].id, "US");
}

} // namespace
} // namespace parallax::perspectives::test

namespace parallax::perspectives::test {
namespace {

TEST(GazetteerMentions, ACapitalNamingAnEventIsNoCountry) {
    const auto document = markdown("The Paris agreement held. Paris objected.\n");
    const auto found = find_place_mentions(*document);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(document->slice(found[0].range), "Paris");
    EXPECT_EQ(found[0].sentence, 1u);
}

} // namespace
} // namespace parallax::perspectives::test

namespace parallax::perspectives::test {
namespace {

TEST(GazetteerMentions, AnOutletNamedForAPlaceIsNoMentionButResolvesItsSource) {
    const auto document = markdown("The Bangkok Post reported that Bangkok objected.\n");
    const auto found = find_place_mentions(*document);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(document->slice(found[0].range), "Bangkok");
    EXPECT_EQ(found[0].form, MentionForm::Capital);
    EXPECT_EQ(resolve_country(*document, range_of(*document, "The Bangkok Post")), "TH");
}

} // namespace
} // namespace parallax::perspectives::test

namespace parallax::perspectives::test {
namespace {

TEST(GazetteerMentions, AnAmbiguousCountryNameThatRunsOnIsAnotherName) {
    EXPECT_EQ(mentions("A student at Georgia Tech met Jordan Peterson in Georgia.\n"),
              (std::vector<std::string>{"Georgia=GE"}));
    EXPECT_EQ(mentions("The Paris climate agreement held.\n"), std::vector<std::string>{});
}

} // namespace
} // namespace parallax::perspectives::test

namespace parallax::perspectives::test {
namespace {

// The matcher skips tokens that cannot begin a name (by their first character) and normalises a
// token only when it compares it: every country and region must still be found by its name,
// whatever character that starts with ("Côte d'Ivoire", "Åland Islands", "São Tomé"). Names
// with brackets or commas ("Cocos (Keeling) Islands") are written otherwise in prose.
TEST(GazetteerMentions, EveryCountryAndRegionIsFoundByItsName) {
    const Gazetteer& g = Gazetteer::instance();
    std::size_t checked = 0;
    const auto check = [&](const std::string& name) {
        if (name.find_first_of("(),") != std::string::npos ||
            name.find(" and ") != std::string::npos) { // "Australia and New Zealand": two
            return;
        }
        const auto document = markdown("Officials from " + name + " spoke.\n");
        const ByteRange range = range_of(*document, name);
        EXPECT_TRUE(std::ranges::any_of(find_place_mentions(*document), [&](const PlaceMention& m) {
            return m.range == range;
        })) << name;
        ++checked;
    };
    for (const Country& country : g.countries()) {
        check(country.name);
    }
    for (const Grouping& grouping : g.groupings()) {
        check(grouping.name);
    }
    EXPECT_GT(checked, 250U);
}

TEST(GazetteerMentions, RespelledWordsInsideAndAfterANameStillMatch) {
    // Dots, curly apostrophes and possessives on the first, a middle or the last word.
    EXPECT_EQ(mentions("U.S.-backed forces met the People’s Republic of China’s envoys.\n"),
              (std::vector<std::string>{"U.S=US", "People’s Republic of China’s=CN"}));
    EXPECT_EQ(mentions("South Korea’s and North Korea's leaders met.\n"),
              (std::vector<std::string>{"South Korea’s=KR", "North Korea's=KP"}));
    // A capital followed by an event noun written in capitals and with a possessive.
    EXPECT_EQ(mentions("The Paris Agreement's goals stand.\n"), std::vector<std::string>{});
}

TEST(GazetteerMentions, PunctuationAndNumbersBeginNoName) {
    EXPECT_EQ(mentions("In 2024, (Japan) and \"Kenya\" signed; 12 Chinese firms joined.\n"),
              (std::vector<std::string>{"Japan=JP", "Kenya=KE", "Chinese=CN"}));
}

TEST(GazetteerMentions, TheWholeDraftAndItsSentencesFindTheSameNames) {
    // The draft's scan remembers what each word begins, by its WordId, common ("Japan") or the
    // draft's own ("Kyrgyzstan", "Kyrgyz"); a scan of a range looks the words up afresh.
    const auto document =
        markdown("Kyrgyzstan and Japan met. Kyrgyzstan’s envoy and the Japanese minister spoke in "
                 "Tokyo.\n\nU.S. and Kyrgyz officials - then Japan again - met the Asia-Pacific "
                 "forum's Kyrgyzstan delegation.\n");
    const auto whole = document->place_mentions();
    ASSERT_GE(whole.size(), 9U);
    std::vector<PlaceMention> by_sentence;
    for (const Sentence& sentence : document->sentences()) {
        const auto found = find_place_mentions(*document, sentence.range);
        by_sentence.insert(by_sentence.end(), found.begin(), found.end());
    }
    ASSERT_EQ(by_sentence.size(), whole.size());
    for (std::size_t i = 0; i < whole.size(); ++i) {
        EXPECT_EQ(by_sentence[i].range, whole[i].range);
        EXPECT_EQ(by_sentence[i].id, whole[i].id);
        EXPECT_EQ(by_sentence[i].first_token, whole[i].first_token);
        EXPECT_EQ(by_sentence[i].token_count, whole[i].token_count);
    }
    EXPECT_EQ(document->slice(whole[2].range), "Kyrgyzstan’s");
}

} // namespace
} // namespace parallax::perspectives::test
