// framing/rhetorical-repetition, anaphora: successive sentences that open with the same words.

#include "framing_test_util.h"

#include <gtest/gtest.h>

namespace parallax::framing::test {
namespace {

constexpr std::string_view kRule = "framing/rhetorical-repetition";

std::vector<Finding> anaphora(const std::string& draft) {
    std::vector<Finding> out;
    for (Finding& f : only(check_markdown(draft), kRule)) {
        if (f.diagnostic.message.find("successive sentences open with") != std::string::npos) {
            out.push_back(std::move(f));
        }
    }
    return out;
}

TEST(Anaphora, FlagsLaterSentencesOpeningWithTheSameWords) {
    const auto findings = anaphora("It did not allow Iran to trade in dollars. It did not allow "
                                   "its banks to open accounts. And it did not allow Iran access "
                                   "to markets.\n");
    ASSERT_EQ(findings.size(), 2U); // the first sentence starts the device
    EXPECT_EQ(findings[0].text, "It did not allow");
    EXPECT_EQ(findings[1].text, "it did not allow"); // after a leading "And"
    EXPECT_NE(findings[0].diagnostic.message.find("3 successive sentences"), std::string::npos);
    ASSERT_EQ(findings[1].diagnostic.related.size(), 2U);
    EXPECT_EQ(findings[1].diagnostic.related[0].message, "first sentence opening this way");
}

TEST(Anaphora, AllowsASentenceBetweenButNotAFarOne) {
    EXPECT_EQ(anaphora("How inconvenient that the synod meets now. The bishops agree. How "
                       "inconvenient that its head lived with him.\n")
                  .size(),
              1U);
    EXPECT_TRUE(anaphora("How inconvenient that the synod meets now. The bishops agree. The "
                         "laity waits. Rome is silent. How inconvenient that its head lived "
                         "with him.\n")
                    .empty());
}

TEST(Anaphora, SubjectsNamesNumbersAndReportingAreNotADevice) {
    // The news names its subject again; that is not anaphora.
    EXPECT_TRUE(anaphora("President Obama has signed the order. President Obama has left for "
                         "Hawaii.\n")
                    .empty());
    EXPECT_TRUE(
        anaphora("In 2016 the deal was signed. In 2016 the sanctions were lifted.\n").empty());
    EXPECT_TRUE(
        anaphora("She said that the plan failed. She said that the funds were gone.\n").empty());
    // Different openings.
    EXPECT_TRUE(anaphora("It did not allow trade. It was not a treaty. It did fail.\n").empty());
}

TEST(Anaphora, ARepeatedSloganIsReportedOnceAsASlogan) {
    // "No one is safe" is a repeated clause; the anaphora form does not report it again.
    EXPECT_TRUE(
        anaphora("No one is safe. The town waits. No one is safe, the mayor says.\n").empty());
}

} // namespace
} // namespace parallax::framing::test
