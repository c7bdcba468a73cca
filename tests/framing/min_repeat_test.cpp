// The `min_repeat` option: uses of a phrase or loaded label needed before it is reported.

#include "framing_test_util.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

namespace parallax::framing::test {
namespace {

constexpr std::string_view kRepeated = "framing/repeated-phrase";
constexpr std::string_view kLabel = "framing/loaded-label";

std::vector<Finding> check_with_min_repeat(const std::string& markdown, double min_repeat) {
    const auto document = Document::build(Text(markdown), DocumentFormat::Markdown);
    Options options;
    options.set("min_repeat", min_repeat);
    CollectingReporter reporter;
    FramingPlugin().check(*document, options, reporter);
    std::vector<Finding> out;
    for (Diagnostic& d : reporter.diagnostics) {
        out.push_back({d.rule, std::string(document->slice(d.range)), std::move(d)});
    }
    return out;
}

const std::string kTwice = "Tehran funds its aggression abroad while calling for regional "
                           "stability.\n\n"
                           "The aggression will continue, diplomats say, and with it the talk of "
                           "regional stability.\n";
const std::string kThrice = kTwice + "\nA third paragraph on regional stability and the "
                                     "aggression of its proxies.\n";

TEST(MinRepeat, DeclaredWithTheDefaultCount) {
    const auto options = FramingPlugin().options();
    ASSERT_EQ(options.size(), 1u);
    EXPECT_EQ(options[0].name, "min_repeat");
    EXPECT_EQ(std::get<double>(options[0].default_value), 2.0);
}

TEST(MinRepeat, TwoUsesAreRepeatedByDefault) {
    const auto findings = check_markdown(kTwice);
    EXPECT_EQ(only(findings, kRepeated).size(), 1u);
    EXPECT_EQ(only(findings, kLabel).size(), 2u);
    // The option at its default changes nothing.
    const auto with_default = check_with_min_repeat(kTwice, 2);
    EXPECT_EQ(only(with_default, kRepeated).size(), 1u);
    EXPECT_EQ(only(with_default, kLabel).size(), 2u);
}

TEST(MinRepeat, ThreeNeedsAThirdUse) {
    const auto twice = check_with_min_repeat(kTwice, 3);
    EXPECT_TRUE(only(twice, kRepeated).empty());
    EXPECT_TRUE(only(twice, kLabel).empty());
    const auto thrice = check_with_min_repeat(kThrice, 3);
    EXPECT_EQ(only(thrice, kRepeated).size(), 2u);
    EXPECT_EQ(only(thrice, kLabel).size(), 3u);
}

TEST(MinRepeat, ValuesBelowTwoAreClamped) {
    for (const double value : {1.0, 0.0, -5.0}) {
        const auto findings = check_with_min_repeat(kTwice, value);
        EXPECT_EQ(only(findings, kRepeated).size(), 1u) << value;
        EXPECT_EQ(only(findings, kLabel).size(), 2u) << value;
    }
}

TEST(MinRepeat, NonFiniteAndHugeValuesAreSafe) {
    EXPECT_EQ(only(check_with_min_repeat(kTwice, std::nan("")), kLabel).size(), 2u);
    EXPECT_TRUE(only(check_with_min_repeat(kThrice, 1e300), kLabel).empty());
}

TEST(MinRepeat, OverridesTheThresholdsThePluginWasMadeWith) {
    FramingOptions thresholds;
    thresholds.loaded_label.min_count = 5;
    const auto document = Document::build(Text(kTwice), DocumentFormat::Markdown);
    const auto labels = [&](const Options& options) {
        CollectingReporter reporter;
        FramingPlugin(thresholds).check(*document, options, reporter);
        return std::ranges::count(reporter.diagnostics, std::string(kLabel), &Diagnostic::rule);
    };
    EXPECT_EQ(labels(Options{}), 0);
    Options options;
    options.set("min_repeat", 2.0);
    EXPECT_EQ(labels(options), 2);
}

} // namespace
} // namespace parallax::framing::test
