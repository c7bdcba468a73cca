// The perspective map: mentions, voices from attributions, and regions discussed.

#include "helpers.h"
#include "perspective_map.h"

#include <gtest/gtest.h>

namespace parallax::perspectives::test {
namespace {

std::vector<std::string> codes(const PerspectiveMap& map) {
    std::vector<std::string> out;
    for (const auto& c : map.mentioned) {
        out.push_back(c.code);
    }
    return out;
}

std::vector<std::string> regions(const PerspectiveMap& map) {
    std::vector<std::string> out;
    for (const auto& r : map.regions) {
        out.push_back(r.name);
    }
    return out;
}

TEST(PerspectiveMap, ACountryMentionedAsASubjectIsNoVoice) {
    const auto document = markdown("NATO forged ties with Japan. Japan's navy joined drills.\n");
    const auto map = build_perspective_map(*document, {});
    EXPECT_EQ(codes(map), (std::vector<std::string>{"JP"}));
    EXPECT_TRUE(map.voiced.empty());
    EXPECT_EQ(map.mentioned[0].sentences, 2u);
}

TEST(PerspectiveMap, VoicesComeFromNamedAttributions) {
    const auto document = markdown("Japan's defence ministry said in a statement that it "
                                   "welcomed the talks. Critics say the talks are late. The BBC "
                                   "reports that Reuters saw the text.\n");
    const std::vector<Attribution> list{attribution(*document, "Japan's defence ministry"),
                                        attribution(*document, "Critics", /*vague=*/true),
                                        attribution(*document, "The BBC"),
                                        attribution(*document, "Reuters")};
    const auto map = build_perspective_map(*document, list);
    EXPECT_EQ(map.voiced, (std::vector<std::string>{"JP", "GB"}));
    EXPECT_EQ(map.voices.size(), 2u);
    EXPECT_EQ(codes(map), (std::vector<std::string>{"JP", "GB"})); // the outlet's country too
}

TEST(PerspectiveMap, ACountrySetByTheSdkIsKept) {
    const auto document = markdown("The spokesman said the talks went well.\n");
    auto a = attribution(*document, "The spokesman");
    a.country = "KR";
    const auto map = build_perspective_map(*document, std::vector<Attribution>{a});
    EXPECT_EQ(map.voiced, (std::vector<std::string>{"KR"}));
}

TEST(PerspectiveMap, ARegionInTheTitleIsDiscussedAndTakesInItsSubregions) {
    const auto document = markdown("# NATO's pivot to Asia-Pacific\n\nNATO courts Japan, South "
                                   "Korea and China. Japan agreed. China objected.\n");
    const auto map = build_perspective_map(*document, {});
    EXPECT_EQ(regions(map), (std::vector<std::string>{"Asia-Pacific"}));
    EXPECT_TRUE(map.regions[0].named);
    EXPECT_EQ(document->slice(map.regions[0].anchor), "Asia-Pacific");
}

TEST(PerspectiveMap, RepeatedCountriesMakeTheirSubregionDiscussed) {
    const auto document = markdown("Syria shelled the border. Iraq protested. Syria denied it. "
                                   "Iraq's army moved. Later, Syria and Iraq talked.\n");
    const auto map = build_perspective_map(*document, {});
    EXPECT_EQ(regions(map), (std::vector<std::string>{"Western Asia"}));
    EXPECT_FALSE(map.regions[0].named);
}

TEST(PerspectiveMap, APassingListOfCountriesIsNoRegion) {
    const auto document = markdown(
        "North Korea tested a missile. North Korea warned Seoul. South Korea answered. North "
        "Korea fired again. Seoul protested. North Korea's army drilled. South Korea's army "
        "drilled. Past wars in Iraq, Syria and Yemen went badly; Iraq still suffers.\n");
    const auto map = build_perspective_map(*document, {});
    EXPECT_EQ(regions(map), (std::vector<std::string>{"Eastern Asia"}));
}

TEST(PerspectiveMap, TerritoriesMakeNoRegion) {
    const auto document = markdown("North Korea threatened Guam. Guam is ready. North Korea "
                                   "fired. North Korea warned again. North Korea waits.\n");
    const auto map = build_perspective_map(*document, {});
    EXPECT_EQ(regions(map), (std::vector<std::string>{"Eastern Asia"}));
}

TEST(PerspectiveMap, CountsReferencesToTheRegionAsAWhole) {
    const auto document =
        markdown("The region is wary. Regional states hedge. The region's economy grows.\n");
    EXPECT_EQ(build_perspective_map(*document, {}).whole_region_references, 3u);
}

} // namespace
} // namespace parallax::perspectives::test

namespace parallax::perspectives::test {
namespace {

TEST(PerspectiveMap, ARegionNamedWithItsNounIsAWholeRegionReference) {
    const auto document = markdown("The Asia-Pacific region is diverse. A region can change.\n");
    EXPECT_EQ(build_perspective_map(*document, {}).whole_region_references, 1u);
}

} // namespace
} // namespace parallax::perspectives::test
