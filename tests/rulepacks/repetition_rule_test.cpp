// repetition rules: a phrase used more often than the rule allows.

#include "pack_test_util.h"

#include <gmock/gmock.h>

namespace parallax::rulepacks::test {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

constexpr std::string_view kCrossroads = R"({"id": "crossroads", "kind": "repetition", "max": 2,
    "tokens": ["at a crossroads"], "ignore_case": true})";

TEST(RepetitionRule, FlagsEachUseBeyondTheLimit) {
    const std::string draft = "The alliance is at a crossroads.\n\n"
                              "Europe is at a crossroads too.\n\n"
                              "At a crossroads, again. And at a crossroads once more.\n";
    const auto findings = check_rule(kCrossroads, draft);
    ASSERT_EQ(findings.size(), 2u);
    EXPECT_EQ(findings[0].text, "At a crossroads");
    EXPECT_EQ(findings[1].text, "at a crossroads");
    EXPECT_EQ(findings[0].rule, "house/crossroads");
    EXPECT_EQ(findings[0].diagnostic.message,
              "\u201cAt a crossroads\u201d again: this draft uses it 4 times, more than the 2 "
              "this rule allows.");
    // The finding points back at the uses within the limit.
    ASSERT_EQ(findings[0].diagnostic.related.size(), 2u);
    EXPECT_EQ(findings[0].diagnostic.related[0].range.start.value, 16u);
    const DataValue* count = data_of(findings[0].diagnostic, "count");
    ASSERT_NE(count, nullptr);
    EXPECT_EQ(std::get<double>(*count), 4.0);
}

TEST(RepetitionRule, DoesNotFireAtOrBelowTheLimit) {
    EXPECT_THAT(check_rule(kCrossroads, "At a crossroads. At a crossroads.\n"), IsEmpty());
}

TEST(RepetitionRule, CountsEveryTermOfTheRuleTogether) {
    const auto findings = check_rule(
        R"({"id": "regime", "kind": "repetition", "max": 1, "tokens": ["regime"],
            "patterns": ["\\bjunta\\b"], "message": "{match}: {count} > {max}"})",
        "The regime, the junta, the regime.\n");
    EXPECT_THAT(texts(findings), ElementsAre("junta", "regime"));
    EXPECT_EQ(findings[0].diagnostic.message, "junta: 3 > 1");
}

TEST(RepetitionRule, UsesInCodeDoNotCount) {
    EXPECT_THAT(check_rule(kCrossroads,
                           "At a crossroads. `at a crossroads` and `at a crossroads`.\n\n"
                           "At a crossroads.\n"),
                IsEmpty());
}

} // namespace
} // namespace parallax::rulepacks::test
