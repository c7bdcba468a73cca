// required-voices rules: a draft on a topic needs voices from given regions or countries.

#include "pack_test_util.h"

#include <gmock/gmock.h>

namespace parallax::rulepacks::test {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

constexpr std::string_view kSahel = R"({"id": "sahel-voices", "kind": "required-voices",
    "topic": {"tokens": ["Sahel", "Wagner"]}, "regions": ["Western Africa"]})";

TEST(RequiredVoicesRule, FiresOnceAtTheFirstTopicMentionWhenNoOneFromTheRegionSpeaks) {
    const std::string draft = "# Security\n\n"
                              "The Sahel is unstable. France's defence minister said the Sahel "
                              "needs help.\n";
    const auto findings = check_rule(kSahel, draft);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].rule, "house/sahel-voices");
    EXPECT_EQ(findings[0].text, "Sahel");
    EXPECT_EQ(findings[0].diagnostic.range.start.value, 16u);
    EXPECT_EQ(findings[0].diagnostic.message,
              "This draft is about \u201cSahel\u201d but quotes no one from Western Africa.");
}

TEST(RequiredVoicesRule, IsSatisfiedByAVoiceFromTheRegion) {
    const std::string draft = "The Sahel is unstable. Mali's foreign minister said the region "
                              "needs help.\n";
    EXPECT_THAT(check_rule(kSahel, draft), IsEmpty());
}

TEST(RequiredVoicesRule, DoesNotFireOnADraftOffTopic) {
    EXPECT_THAT(check_rule(kSahel, "Markets rallied in Tokyo.\n"), IsEmpty());
}

TEST(RequiredVoicesRule, CountriesAndAMinimumOfDifferentCountries) {
    constexpr std::string_view rule = R"({"id": "ecowas", "kind": "required-voices",
        "topic": {"tokens": ["ECOWAS"]}, "countries": ["NG", "GH", "SN"], "min": 2})";
    const std::string one = "ECOWAS met. Nigeria's foreign minister said it went well. Nigeria's "
                            "president said so too.\n";
    const auto findings = check_rule(rule, one);
    ASSERT_EQ(findings.size(), 1u);
    const DataValue* voiced = data_of(findings[0].diagnostic, "voiced");
    ASSERT_NE(voiced, nullptr);
    EXPECT_THAT(std::get<std::vector<std::string>>(*voiced), ElementsAre("NG"));

    const std::string two = "ECOWAS met. Nigeria's foreign minister said it went well. Ghana's "
                            "president said so too.\n";
    EXPECT_THAT(check_rule(rule, two), IsEmpty());
}

} // namespace
} // namespace parallax::rulepacks::test
