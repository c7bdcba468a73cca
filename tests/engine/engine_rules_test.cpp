// The engine's own rules: documented like any plugin's, found by find_rule and hovers.

#include "word_plugin.h"

#include <gtest/gtest.h>

namespace parallax::test {
namespace {

TEST(EngineRules, EachHasSummaryRationaleAndExample) {
    ASSERT_EQ(engine_rules().size(), 3u);
    for (const RuleInfo& rule : engine_rules()) {
        EXPECT_TRUE(rule.id.starts_with("parallax/")) << rule.id;
        EXPECT_FALSE(rule.summary.empty()) << rule.id;
        EXPECT_FALSE(rule.rationale.empty()) << rule.id;
        EXPECT_FALSE(rule.example.empty()) << rule.id;
    }
}

TEST(EngineRules, FindRuleFindsThem) {
    for (std::string_view id : {kSuppressionWithoutReason, kUnusedSuppression, kUnknownRule}) {
        const RuleInfo* rule = find_rule(id);
        ASSERT_NE(rule, nullptr) << id;
        EXPECT_EQ(rule->id, id);
    }
    EXPECT_EQ(find_rule(kUnusedSuppression)->default_severity, Severity::Information);
    EXPECT_EQ(find_rule("parallax/no-such-rule"), nullptr);
}

TEST(EngineRules, FindPluginFindsBuiltInsAndExtraPlugins) {
    EXPECT_NE(find_plugin("claims"), nullptr);
    EXPECT_EQ(find_plugin("fake"), nullptr);
    CheckSettings settings;
    settings.extra_plugins.push_back(std::make_shared<WordPlugin>());
    ASSERT_NE(find_plugin("fake", settings), nullptr);
    EXPECT_EQ(find_plugin("fake", settings)->id(), "fake");
}

TEST(EngineRules, HoverExplainsAFindingOnAComment) {
    const std::string text = "<!-- parallax-disable-next-line fake/alpha -->\nalpha.\n";
    const Checked checked = check(text);
    ASSERT_EQ(checked.diagnostics.size(), 1u);
    CheckSettings settings;
    settings.extra_plugins.push_back(std::make_shared<WordPlugin>());
    const std::string hover =
        hover_at(*checked.document, checked.diagnostics, ByteOffset{10}, settings);
    EXPECT_NE(hover.find("parallax/suppression-without-reason"), std::string::npos) << hover;
    EXPECT_NE(hover.find(find_rule(kSuppressionWithoutReason)->summary), std::string::npos);
}

} // namespace
} // namespace parallax::test
