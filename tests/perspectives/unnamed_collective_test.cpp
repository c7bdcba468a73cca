// perspectives/unnamed-collective on sentences that must and must not fire.

#include "helpers.h"
#include "perspective_map.h"
#include "unnamed_collective.h"

#include <gtest/gtest.h>

namespace parallax::perspectives::test {
namespace {

std::vector<std::string> phrases(const std::string& text) {
    const auto document = markdown(text + "\n");
    std::vector<std::string> out;
    for (const auto& d :
         find_unnamed_collectives(*document, build_perspective_map(*document, {}))) {
        out.push_back(std::string(document->slice(d.range)));
    }
    return out;
}

TEST(UnnamedCollective, FiresOnPositionsAscribedToUnnamedStates) {
    EXPECT_EQ(phrases("Countries in the region, having endured colonialism, prioritize "
                      "sovereignty."),
              (std::vector<std::string>{"Countries in the region"}));
    EXPECT_EQ(phrases("Many countries in the region harbor deep-seated concerns."),
              (std::vector<std::string>{"Many countries in the region"}));
    EXPECT_EQ(phrases("They are viewed with skepticism by many within the region."),
              (std::vector<std::string>{"many within the region"}));
    EXPECT_EQ(phrases("Countries here prioritize economic stability."),
              (std::vector<std::string>{"Countries here"}));
    EXPECT_EQ(phrases("Asian nations distrust military alliances."),
              (std::vector<std::string>{"Asian nations"}));
    EXPECT_EQ(phrases("Regional states have welcomed the move."),
              (std::vector<std::string>{"Regional states"}));
    EXPECT_EQ(phrases("He said that 13 countries in the region were boosting screening."),
              (std::vector<std::string>{"13 countries in the region"}));
    EXPECT_EQ(phrases("Unlike Europe, Asia-Pacific countries exhibit varying alignment."),
              (std::vector<std::string>{"Asia-Pacific countries"}));
}

TEST(UnnamedCollective, QuietWhenTheMembersAreNamed) {
    EXPECT_TRUE(
        phrases("Countries in the region, such as Vietnam and Indonesia, objected.").empty());
    EXPECT_TRUE(phrases("NATO forged ties with countries across the Asia-Pacific, including "
                        "Japan.")
                    .empty());
}

TEST(UnnamedCollective, QuietWhenTheGroupIsNoSubjectOrNoRegion) {
    EXPECT_TRUE(phrases("The Asia-Pacific region boasts diverse ideologies.").empty());
    EXPECT_TRUE(phrases("Where member states share similar priorities, it works.").empty());
    EXPECT_TRUE(
        phrases("It means integrating diverse Asia-Pacific countries into a framework.").empty());
    EXPECT_TRUE(phrases("Many countries prioritize growth.").empty());
}

TEST(UnnamedCollective, QuietInsideABlockQuote) {
    EXPECT_TRUE(phrases("> Countries in the region prioritize sovereignty.").empty());
}

TEST(UnnamedCollective, QuietInHeadingsWhichAscribeNoPosition) {
    EXPECT_TRUE(phrases("# Pacific partners and the Atlantic alliance").empty());
    // The same words as a sentence's subject ascribe a position.
    EXPECT_FALSE(phrases("Pacific partners doubt the Atlantic alliance.").empty());
}

} // namespace
} // namespace parallax::perspectives::test
