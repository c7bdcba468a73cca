// The hover text on a country or region mention.

#include "helpers.h"

#include "parallax/perspectives/place_hover.h"

#include <gtest/gtest.h>

namespace parallax::perspectives::test {
namespace {

TEST(PlaceHover, SaysWhetherAndWhereACountryIsVoiced) {
    const auto document = markdown("# Drills\n\nChina held drills near Japan.\n\n"
                                   "Japan's defence ministry said it was watching.\n");
    const auto on_china = describe_place_at(*document, range_of(*document, "China").start);
    ASSERT_TRUE(on_china.has_value());
    EXPECT_NE(on_china->find("**China** (CN, Eastern Asia)"), std::string::npos);
    EXPECT_NE(on_china->find("never quoted"), std::string::npos);
    const auto on_japan = describe_place_at(*document, range_of(*document, "Japan's").start);
    ASSERT_TRUE(on_japan.has_value());
    EXPECT_NE(on_japan->find("voiced 1 time: \u201cJapan's defence ministry\u201d (line 5)"),
              std::string::npos)
        << *on_japan;
}

TEST(PlaceHover, ListsTheVoicedAndSilentCountriesOfARegion) {
    const auto document = markdown("East Asia is tense: China and Japan argue.\n");
    const auto on_region = describe_place_at(*document, range_of(*document, "East Asia").start);
    ASSERT_TRUE(on_region.has_value());
    EXPECT_EQ(*on_region, "**Eastern Asia**: voices from none; mentioned but never quoted: "
                          "China, Japan.");
}

TEST(PlaceHover, NothingOffAPlace) {
    const auto document = markdown("The committee met.\n");
    EXPECT_FALSE(describe_place_at(*document, ByteOffset{4}).has_value());
}

} // namespace
} // namespace parallax::perspectives::test
