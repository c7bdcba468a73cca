#include "framing_test_util.h"

#include <gtest/gtest.h>

namespace parallax::framing::test {
namespace {

constexpr std::string_view kRule = "framing/stock-phrase";

TEST(StockPhrase, ClicheIsInformation) {
    const auto findings =
        only(check_markdown("The alliance stands at a critical juncture in its history.\n"), kRule);
    ASSERT_EQ(findings.size(), 1U);
    EXPECT_EQ(findings[0].text, "at a critical juncture");
    EXPECT_EQ(findings[0].diagnostic.severity, Severity::Information);
}

TEST(StockPhrase, WildcardAndInflection) {
    const auto findings = only(check_markdown("In navigating these complexities, leaders met.\n\n"
                                              "By navigating geopolitical complexities, it "
                                              "won.\n"),
                               kRule);
    ASSERT_EQ(findings.size(), 2U);
    EXPECT_EQ(findings[0].text, "navigating these complexities");
    EXPECT_EQ(findings[1].diagnostic.severity, Severity::Warning); // repeated
    ASSERT_EQ(findings[1].diagnostic.related.size(), 1U);
}

TEST(StockPhrase, PlainWordsDoNotFire) {
    EXPECT_TRUE(only(check_markdown("The critical infrastructure at the juncture of two rivers "
                                    "changed rapidly.\n"),
                     kRule)
                    .empty());
}

} // namespace
} // namespace parallax::framing::test
