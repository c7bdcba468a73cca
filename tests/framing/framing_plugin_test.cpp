#include "framing_test_util.h"

#include <gtest/gtest.h>

#include <set>

namespace parallax::framing::test {
namespace {

TEST(FramingPlugin, DescribesEveryRule) {
    const FramingPlugin plugin;
    EXPECT_EQ(plugin.id(), "framing");
    std::set<std::string> ids;
    for (const RuleInfo& rule : plugin.rules()) {
        EXPECT_EQ(rule.id.rfind("framing/", 0), 0U);
        EXPECT_FALSE(rule.summary.empty());
        EXPECT_FALSE(rule.rationale.empty());
        EXPECT_FALSE(rule.example.empty());
        ids.insert(rule.id);
    }
    EXPECT_EQ(ids, (std::set<std::string>{"framing/repeated-phrase", "framing/loaded-label",
                                          "framing/restated-argument", "framing/stock-phrase",
                                          "framing/rhetorical-repetition"}));
}

TEST(FramingPlugin, QuotedBlocksAndFootersAreNotTheAuthorsProse) {
    EXPECT_TRUE(check_markdown("> The regime threatens regional stability.\n\n"
                               "> The regime undermines regional stability.\n")
                    .empty());
    EXPECT_TRUE(check_markdown("Strategic pivot matters here.\n\n"
                               "The post Strategic pivot matters appeared first on Blitz.\n")
                    .empty());
}

TEST(FramingPlugin, EmptyAndTinyDrafts) {
    EXPECT_TRUE(check_markdown("").empty());
    EXPECT_TRUE(check_markdown("Hello.").empty());
}

} // namespace
} // namespace parallax::framing::test
