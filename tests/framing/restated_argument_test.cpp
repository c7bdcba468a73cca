#include "framing_test_util.h"

#include <gtest/gtest.h>

namespace parallax::framing::test {
namespace {

constexpr std::string_view kRule = "framing/restated-argument";

TEST(RestatedArgument, ConclusionRestatingTheIntroductionFires) {
    const auto findings = only(
        check_markdown("Deploying warships near disputed reefs escalates tensions and invites "
                       "miscalculation by rival navies.\n\n"
                       "Fishing fleets have doubled their catch since 2010, officials report.\n\n"
                       "Ultimately, warships deployed near the disputed reefs escalate tensions "
                       "and invite miscalculation.\n"),
        kRule);
    ASSERT_EQ(findings.size(), 1U);
    EXPECT_EQ(findings[0].text.rfind("Ultimately", 0), 0U);
    ASSERT_EQ(findings[0].diagnostic.related.size(), 1U);
}

TEST(RestatedArgument, DifferentArgumentsDoNotFire) {
    EXPECT_TRUE(only(check_markdown("Deploying warships near disputed reefs escalates tensions "
                                    "and invites miscalculation.\n\n"
                                    "Fishing fleets have doubled their catch since 2010, "
                                    "according to port records.\n\n"
                                    "Tourism revenue recovered after the pandemic as flights "
                                    "resumed.\n"),
                     kRule)
                    .empty());
}

TEST(RestatedArgument, SameParagraphDoesNotFire) {
    EXPECT_TRUE(only(check_markdown("Warships near disputed reefs escalate tensions and invite "
                                    "miscalculation. Warships near the disputed reefs escalate "
                                    "tensions and invite miscalculation.\n"),
                     kRule)
                    .empty());
}

TEST(RestatedArgument, ConclusionRestatingTheTitleFires) {
    const auto findings = only(check_markdown("# End the Korean War\n\n"
                                              "Talks stalled in 2019 over sanctions.\n\n"
                                              "Both sides fear a sudden attack.\n\n"
                                              "It is time to end the Korean War.\n"),
                               kRule);
    ASSERT_EQ(findings.size(), 1U);
    EXPECT_EQ(findings[0].text, "It is time to end the Korean War.");
}

TEST(RestatedArgument, TitleWordsEarlyInTheDraftDoNotFire) {
    EXPECT_TRUE(only(check_markdown("# End the Korean War\n\n"
                                    "Many want to end the Korean War.\n\n"
                                    "Talks stalled in 2019 over sanctions.\n\n"
                                    "Both sides fear a sudden attack.\n\n"
                                    "Diplomats meet again in May.\n"),
                     kRule)
                    .empty());
}

} // namespace
} // namespace parallax::framing::test
