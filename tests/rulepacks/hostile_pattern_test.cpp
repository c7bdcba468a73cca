// A hostile pattern cannot hang a check: RE2 matches in time linear in the text. A backtracking
// engine would try exponentially many ways to split these runs of "a" before giving up.

#include "pack_test_util.h"

#include <gmock/gmock.h>

namespace parallax::rulepacks::test {
namespace {

constexpr std::string_view kNested =
    R"({"id": "nested", "kind": "existence", "patterns": ["(a+)+$"]})";

TEST(HostilePattern, NestedQuantifiersOnALongLineThatDoesNotMatch) {
    const std::string line = std::string(100'000, 'a') + "b\n";
    EXPECT_THAT(check_rule(kNested, line), ::testing::IsEmpty());
}

TEST(HostilePattern, NestedQuantifiersOnALongLineThatMatches) {
    const std::string line = std::string(100'000, 'a') + "\n";
    const auto findings = check_rule(kNested, line);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].diagnostic.range.start.value, 0u);
    EXPECT_EQ(findings[0].diagnostic.range.end.value, 100'000u);
}

} // namespace
} // namespace parallax::rulepacks::test
