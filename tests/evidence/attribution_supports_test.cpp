// Which sentences an attribution supports: its own, those its quotation spans, and the next one
// when it evidently continues the same source.

#include <gtest/gtest.h>

#include "attribution_fixture.h"

namespace parallax::test {
namespace {

using Supports = std::vector<std::uint32_t>;

TEST(AttributionSupports, OwnSentenceOnly) {
    const auto seen = attributions_of("Smith said the talks failed. Prices rose.\n");
    ASSERT_EQ(seen.size(), 1U);
    EXPECT_EQ(seen[0].supports, Supports({0}));
}

TEST(AttributionSupports, MultiSentenceQuotation) {
    const auto seen =
        attributions_of("Doe said: “The vote is final. We will not back down.” Prices rose.\n");
    ASSERT_EQ(seen.size(), 1U);
    EXPECT_EQ(seen[0].supports, Supports({0, 1}));
}

TEST(AttributionSupports, QuotationBeforeTheSpeaker) {
    const auto seen =
        attributions_of("Prices rose. “The vote is final. We will not back down,” Doe said.\n");
    ASSERT_EQ(seen.size(), 1U);
    EXPECT_EQ(seen[0].source, "Doe");
    EXPECT_EQ(seen[0].supports, Supports({1, 2}));
}

TEST(AttributionSupports, QuotationContinuesAfterTheSpeaker) {
    const auto seen =
        attributions_of("“The vote is final,” Doe said. “We will not back down.” Prices rose.\n");
    ASSERT_EQ(seen.size(), 1U);
    EXPECT_EQ(seen[0].supports, Supports({0, 1}));
}

TEST(AttributionSupports, HeAddedContinues) {
    const auto seen = attributions_of(
        "Smith said the talks failed. He added that more were planned. Prices rose.\n");
    ASSERT_EQ(seen.size(), 2U);
    EXPECT_EQ(seen[0].supports, Supports({0, 1}));
    EXPECT_EQ(seen[1].source, "He");
    EXPECT_EQ(seen[1].supports, Supports({1}));
}

TEST(AttributionSupports, NotAcrossParagraphs) {
    const auto seen =
        attributions_of("Smith said the talks failed.\n\nHe added that more were planned.\n");
    ASSERT_EQ(seen.size(), 2U);
    EXPECT_EQ(seen[0].supports, Supports({0}));
}

TEST(AttributionSupports, AnotherSpeakersQuotationIsNotContinued) {
    const auto seen = attributions_of("Smith said the talks failed. “No,” Jones said.\n");
    ASSERT_EQ(seen.size(), 2U);
    EXPECT_EQ(seen[0].supports, Supports({0}));
}

} // namespace
} // namespace parallax::test
