// The `region` and `regions` options: the draft's declared region, and the regions a publication
// covers.

#include "helpers.h"
#include "region_options.h"

#include "parallax/perspectives/perspectives_plugin.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace parallax::perspectives::test {
namespace {

const std::string kPivot =
    "# NATO's pivot to Asia-Pacific\n\n"
    "NATO has forged ties with Japan and South Korea, and with Australia and New Zealand. "
    "China objects. The region is wary of alliances.\n\n"
    "Regional tensions could rise, and the region's economy could suffer.\n";

struct Checked {
    std::vector<Diagnostic> diagnostics;
    std::vector<std::string> regions; // the summary's
    std::vector<std::string> rules() const {
        std::vector<std::string> out;
        for (const auto& d : diagnostics) {
            out.push_back(d.rule);
        }
        return out;
    }
    std::vector<std::string> regions_of(std::string_view rule) const {
        std::vector<std::string> out;
        for (const auto& d : diagnostics) {
            if (d.rule == rule) {
                out.push_back(std::get<std::string>(*data(d, "region")));
            }
        }
        return out;
    }
};

Checked check(const std::string& text, const Options& options) {
    const auto document = markdown(text);
    CollectingReporter reporter;
    PerspectivesPlugin().check(*document, options, reporter);
    return {reporter.diagnostics, strings(reporter.summary.at("perspectives.regions"))};
}

Options region(std::string name) {
    Options options;
    options.set("region", std::move(name));
    return options;
}

Options regions(std::vector<std::string> names) {
    Options options;
    options.set("regions", std::move(names));
    return options;
}

TEST(RegionOptions, Declared) {
    const auto options = PerspectivesPlugin().options();
    ASSERT_EQ(options.size(), 2u);
    EXPECT_EQ(options[0].name, "region");
    EXPECT_EQ(type_of(options[0].default_value), OptionType::String);
    EXPECT_EQ(options[1].name, "regions");
    EXPECT_EQ(type_of(options[1].default_value), OptionType::Strings);
}

TEST(RegionOptions, RegionNamesAsUsersWriteThem) {
    EXPECT_EQ(region_named("Indo-Pacific"), "Indo-Pacific");
    EXPECT_EQ(region_named("indo-pacific"), "Indo-Pacific");
    EXPECT_EQ(region_named(" Asia-Pacific "), "Asia-Pacific");
    EXPECT_EQ(region_named("Eastern Asia"), "Eastern Asia");
    EXPECT_EQ(region_named("East Asia"), "Eastern Asia");
    EXPECT_EQ(region_named("Southeast Asia"), "South-eastern Asia");
    EXPECT_EQ(region_named("Middle East"), "Middle East");
    EXPECT_EQ(region_named("Pacific Islands"), "Pacific Islands");
    EXPECT_EQ(region_named("NATO"), std::nullopt);  // an alliance, not a region
    EXPECT_EQ(region_named("ASEAN"), std::nullopt); // an institution
    EXPECT_EQ(region_named("Japan"), std::nullopt);
    EXPECT_EQ(region_named("Atlantis"), std::nullopt);
    EXPECT_EQ(region_named(""), std::nullopt);
    EXPECT_EQ(region_named("East Asia and Europe"), std::nullopt);
}

TEST(RegionOption, OverridesTheInferredRegion) {
    const Checked inferred = check(kPivot, Options{});
    EXPECT_EQ(inferred.regions, (std::vector<std::string>{"Asia-Pacific"}));
    EXPECT_EQ(inferred.regions_of("perspectives/no-regional-voice"),
              (std::vector<std::string>{"Asia-Pacific"}));

    const Checked declared = check(kPivot, region("Indo-Pacific"));
    EXPECT_EQ(declared.regions, (std::vector<std::string>{"Indo-Pacific"}));
    EXPECT_EQ(declared.regions_of("perspectives/no-regional-voice"),
              (std::vector<std::string>{"Indo-Pacific"}));
    EXPECT_EQ(declared.regions_of("perspectives/missing-subregions"),
              (std::vector<std::string>{"Indo-Pacific"}));
}

TEST(RegionOption, DeclaresARegionThePluginWouldNotInfer) {
    const std::string text = "Japan and China met in Tokyo on Monday.\n";
    EXPECT_TRUE(check(text, Options{}).regions.empty());
    EXPECT_TRUE(check(text, Options{}).diagnostics.empty());
    const Checked declared = check(text, region("East Asia"));
    EXPECT_EQ(declared.regions, (std::vector<std::string>{"Eastern Asia"}));
    ASSERT_EQ(declared.regions_of("perspectives/no-regional-voice"),
              (std::vector<std::string>{"Eastern Asia"}));
    const auto document = markdown(text);
    EXPECT_EQ(document->slice(declared.diagnostics[0].range), "Japan"); // its first country
}

TEST(RegionOption, AnUnknownRegionLeavesTheInferenceAlone) {
    const Checked unknown = check(kPivot, region("Atlantis"));
    const Checked inferred = check(kPivot, Options{});
    EXPECT_EQ(unknown.regions, inferred.regions);
    EXPECT_EQ(unknown.rules(), inferred.rules());
}

TEST(RegionsOption, RegionalRulesStayQuietOnDraftsOutsideThePublicationsRegions) {
    const std::vector<std::string> all = check(kPivot, Options{}).rules();
    ASSERT_TRUE(std::ranges::count(all, "perspectives/no-regional-voice") == 1);
    ASSERT_TRUE(std::ranges::count(all, "perspectives/missing-subregions") == 1);
    const Checked europe = check(kPivot, regions({"Europe", "Middle East"}));
    EXPECT_TRUE(europe.diagnostics.empty());
    EXPECT_EQ(europe.regions, (std::vector<std::string>{"Asia-Pacific"})); // the facts remain
    EXPECT_TRUE(check(kPivot, regions({"Atlantis"})).diagnostics.empty());
}

TEST(RegionsOption, ARegionWithinOrAroundACoveredOneCounts) {
    const std::vector<std::string> all = check(kPivot, Options{}).rules();
    EXPECT_EQ(check(kPivot, regions({"Asia-Pacific"})).rules(), all);
    EXPECT_EQ(check(kPivot, regions({"Europe", "East Asia"})).rules(), all);
    EXPECT_EQ(check(kPivot, regions({"Oceania"})).rules(), all);
}

TEST(RegionsOption, AppliesToTheDeclaredRegion) {
    Options options = regions({"Middle East"});
    options.set("region", std::string("Indo-Pacific"));
    EXPECT_TRUE(check(kPivot, options).diagnostics.empty());
    options.set("region", std::string("Western Asia"));
    EXPECT_EQ(check(kPivot, options).regions_of("perspectives/no-regional-voice"),
              (std::vector<std::string>{"Western Asia"}));
}

TEST(RegionsOption, UnnamedCollectivesAreAboutPhrasingAndStillReported) {
    const std::string text = "# Talks in Jakarta\n\n"
                             "Countries in the region prioritize sovereignty.\n";
    const auto count = [](const Checked& c) {
        return std::ranges::count(c.rules(), "perspectives/unnamed-collective");
    };
    ASSERT_EQ(count(check(text, Options{})), 1);
    EXPECT_EQ(count(check(text, regions({"Europe"}))), 1);
}

} // namespace
} // namespace parallax::perspectives::test
