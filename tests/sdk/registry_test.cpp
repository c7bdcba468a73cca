#include "parallax/plugin_interface.h"

#include <gtest/gtest.h>

namespace parallax {
namespace {

class FakePlugin final : public Plugin {
public:
    std::string_view id() const override { return "fake"; }
    std::span<const RuleInfo> rules() const override { return rules_; }
    void check(const Document& /*document*/, const Options& /*options*/,
               Reporter& reporter) const override {
        reporter.report(Diagnostic{"fake/rule", Severity::Hint, {}, "found", {}, {}, {}});
    }

private:
    std::vector<RuleInfo> rules_{
        {"fake/rule", "A fake rule.", "Tests.", "Example.", Severity::Hint}};
};

PARALLAX_REGISTER_PLUGIN(FakePlugin);

TEST(Registry, FindsRegisteredRules) {
    const PluginRegistry& registry = PluginRegistry::instance();
    const RuleInfo* rule = registry.find_rule("fake/rule");
    ASSERT_NE(rule, nullptr);
    EXPECT_EQ(rule->summary, "A fake rule.");
    EXPECT_EQ(registry.find_rule("fake/none"), nullptr);
    bool found = false;
    for (const auto& plugin : registry.plugins()) {
        found = found || plugin->id() == "fake";
    }
    EXPECT_TRUE(found);
}

TEST(Diagnostic, SeverityNames) {
    EXPECT_EQ(to_string(Severity::Error), "error");
    EXPECT_EQ(to_string(Severity::Warning), "warning");
    EXPECT_EQ(to_string(Severity::Information), "information");
    EXPECT_EQ(to_string(Severity::Hint), "hint");
}

} // namespace
} // namespace parallax
