// Which country an attribution's source speaks for.

#include "helpers.h"

#include "parallax/gazetteer.h"

#include <gtest/gtest.h>

namespace parallax::perspectives::test {
namespace {

std::optional<std::string> resolve(const std::string& sentence, const std::string& source) {
    const auto document = markdown(sentence + "\n");
    return resolve_country(*document, range_of(*document, source));
}

TEST(ResolveCountry, TheExamplesOfTheBrief) {
    EXPECT_EQ(resolve("Japanese Prime Minister Fumio Kishida said it was welcome.",
                      "Japanese Prime Minister Fumio Kishida"),
              "JP");
    EXPECT_EQ(resolve("A spokesman for the Chinese foreign ministry said no.",
                      "A spokesman for the Chinese foreign ministry"),
              "CN");
    EXPECT_EQ(resolve("Beijing has repeatedly warned against it.", "Beijing"), "CN");
    EXPECT_EQ(resolve("Japan's defence ministry said in a statement that it agreed.",
                      "Japan's defence ministry"),
              "JP");
    EXPECT_EQ(resolve("Reuters reported the talks.", "Reuters"), std::nullopt);
}

TEST(ResolveCountry, OutletsAndLeadersSpeakForTheirCountry) {
    EXPECT_EQ(resolve("The BBC reports that cases rose.", "The BBC"), "GB");
    EXPECT_EQ(resolve("Xinhua said the visit went well.", "Xinhua"), "CN");
    EXPECT_EQ(resolve("Moon Jae-in demanded to be consulted.", "Moon Jae-in"), "KR");
    EXPECT_EQ(resolve("The Guardian Council of Iran said so.", "The Guardian Council of Iran"),
              "IR");
}

TEST(ResolveCountry, APlaceAfterAPrepositionCountsLast) {
    EXPECT_EQ(
        resolve("A US embassy official in Beijing told AFP.", "A US embassy official in Beijing"),
        "US");
    EXPECT_EQ(resolve("An official in Beijing said so.", "An official in Beijing"), "CN");
}

TEST(ResolveCountry, InstitutionsAndPeopleWithoutACountryStayUnresolved) {
    EXPECT_EQ(resolve("NATO Secretary General Jens Stoltenberg said so.",
                      "NATO Secretary General Jens Stoltenberg"),
              std::nullopt);
    EXPECT_EQ(resolve("Peter Salama said it would spread.", "Peter Salama"), std::nullopt);
}

TEST(AssignAttributionCountries, SetsCountriesAndUsesTheTitleForStateOffices) {
    const auto document = markdown("# Ebola returns to Congo\n\n"
                                   "Health Minister Oly Ilunga Kalenga confirmed a case. "
                                   "The BBC reports that Peter Salama said it would spread. "
                                   "Critics said it was late.\n");
    std::vector<Attribution> list{attribution(*document, "Health Minister Oly Ilunga Kalenga"),
                                  attribution(*document, "The BBC"),
                                  attribution(*document, "Peter Salama"),
                                  attribution(*document, "Critics", /*vague=*/true)};
    assign_attribution_countries(*document, list);
    EXPECT_EQ(list[0].country, "CD");
    EXPECT_EQ(list[1].country, "GB");
    EXPECT_EQ(list[2].country, "");
    EXPECT_EQ(list[3].country, "");
}

TEST(AssignAttributionCountries, NoTitleCountryNoGuess) {
    const auto document = markdown("# Talks in China and Japan\n\n"
                                   "The foreign minister said the talks went well.\n");
    std::vector<Attribution> list{attribution(*document, "The foreign minister")};
    assign_attribution_countries(*document, list);
    EXPECT_EQ(list[0].country, "");
}

} // namespace
} // namespace parallax::perspectives::test

namespace parallax::perspectives::test {
namespace {

TEST(AssignAttributionCountries, TracesANameBackToWhereTheDraftIntroducedIt) {
    const auto document = markdown("U.S. Defense Secretary Ash Carter flew in. South Korea's new "
                                   "president, Moon Jae-in, was waiting. Carter said it went "
                                   "well. Moon said little. Ms Lee said nothing.\n");
    std::vector<Attribution> list{attribution(*document, "Carter said"),
                                  attribution(*document, "Moon said"),
                                  attribution(*document, "Ms Lee")};
    list[0].source.end = ByteOffset{list[0].source.start.value + 6};
    list[1].source.end = ByteOffset{list[1].source.start.value + 4};
    assign_attribution_countries(*document, list);
    EXPECT_EQ(list[0].country, "US");
    EXPECT_EQ(list[1].country, "KR");
    EXPECT_EQ(list[2].country, "");
}

TEST(AssignAttributionCountries, ANameIntroducedWithTwoCountriesStaysUnresolved) {
    const auto document = markdown("Japanese envoy Ken Sato met Chinese envoy Li Sato. Sato "
                                   "said it went well.\n");
    std::vector<Attribution> list{attribution(*document, "Sato said")};
    list[0].source.end = ByteOffset{list[0].source.start.value + 4};
    assign_attribution_countries(*document, list);
    EXPECT_EQ(list[0].country, "");
}

} // namespace
} // namespace parallax::perspectives::test

namespace parallax::perspectives::test {
namespace {

TEST(AssignAttributionCountries, TheMinistryIsTheMinistryLastQuoted) {
    const auto document = markdown("China's foreign ministry said the drills were routine. The "
                                   "ministry said later that they had ended. The army said "
                                   "nothing.\n");
    std::vector<Attribution> list{attribution(*document, "China's foreign ministry"),
                                  attribution(*document, "The ministry"),
                                  attribution(*document, "The army")};
    assign_attribution_countries(*document, list);
    EXPECT_EQ(list[0].country, "CN");
    EXPECT_EQ(list[1].country, "CN");
    EXPECT_EQ(list[2].country, "");
}

} // namespace
} // namespace parallax::perspectives::test
