// The document-level rules and the plugin as the engine sees it.

#include "helpers.h"
#include "regional_rules.h"

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

std::vector<std::string> rules_of(const std::vector<Diagnostic>& diagnostics) {
    std::vector<std::string> out;
    for (const auto& d : diagnostics) {
        out.push_back(d.rule);
    }
    return out;
}

TEST(PerspectivesPlugin, RegistersFourRulesWithMetadata) {
    for (const char* id : {"perspectives/no-regional-voice", "perspectives/missing-subregions",
                           "perspectives/unnamed-collective", "perspectives/one-sided-voices"}) {
        const RuleInfo* rule = PluginRegistry::instance().find_rule(id);
        ASSERT_NE(rule, nullptr) << id;
        EXPECT_FALSE(rule->summary.empty());
        EXPECT_FALSE(rule->rationale.empty());
        EXPECT_NE(rule->example.find("Fix:"), std::string::npos);
    }
}

TEST(PerspectivesPlugin, SummarisesThePerspectiveMap) {
    const auto document = markdown(kPivot);
    CollectingReporter reporter;
    PerspectivesPlugin().check(*document, Options{}, reporter);
    EXPECT_EQ(strings(reporter.summary.at("perspectives.regions")),
              (std::vector<std::string>{"Asia-Pacific"}));
    EXPECT_EQ(strings(reporter.summary.at("perspectives.mentioned")),
              (std::vector<std::string>{"JP", "KR", "AU", "NZ", "CN"}));
    EXPECT_TRUE(strings(reporter.summary.at("perspectives.voiced")).empty());
}

TEST(NoRegionalVoice, FiresOnARegionNobodyFromItSpeaksFor) {
    const auto document = markdown(kPivot);
    const auto found = find_unvoiced_regions(*document, build_perspective_map(*document, {}));
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].rule, "perspectives/no-regional-voice");
    EXPECT_EQ(document->slice(found[0].range), "Asia-Pacific"); // the title's mention
    EXPECT_EQ(std::get<std::string>(*data(found[0], "region")), "Asia-Pacific");
    EXPECT_FALSE(found[0].related.empty());
    EXPECT_NE(found[0].message.find("quotes no one from it"), std::string::npos);
}

TEST(NoRegionalVoice, QuietWhenOneCountryOfTheRegionSpeaks) {
    const auto document = markdown(kPivot + "Japan's defence ministry said it welcomed it.\n");
    const std::vector<Attribution> list{attribution(*document, "Japan's defence ministry")};
    EXPECT_TRUE(find_unvoiced_regions(*document, build_perspective_map(*document, list)).empty());
}

TEST(MissingSubregions, NamesThePartsOfTheRegionLeftOut) {
    const auto document = markdown(kPivot);
    const auto found = find_missing_subregions(*document, build_perspective_map(*document, {}));
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(std::get<std::string>(*data(found[0], "region")), "Asia-Pacific");
    EXPECT_EQ(strings(*data(found[0], "missing")),
              (std::vector<std::string>{"South-eastern Asia", "Southern Asia", "Pacific Islands"}));
    EXPECT_NE(found[0].message.find("South-eastern Asia, Southern Asia and Pacific Islands"),
              std::string::npos);
}

TEST(MissingSubregions, MentionsAndGroupingsCoverParts) {
    const auto document = markdown(kPivot + "ASEAN and Fiji were not asked. India watched.\n");
    EXPECT_TRUE(find_missing_subregions(*document, build_perspective_map(*document, {})).empty());
}

TEST(MissingSubregions, NeverOnADraftAboutOneCountry) {
    const auto document = markdown("# Japan's defence review\n\n"
                                   "Japan looks at the Asia-Pacific. The region is tense. "
                                   "Regional navies grow. Japan worries about the Asia-Pacific "
                                   "and the Asia-Pacific worries about Japan.\n");
    EXPECT_TRUE(find_missing_subregions(*document, build_perspective_map(*document, {})).empty());
}

TEST(MissingSubregions, QuietWithoutClaimsAboutTheWholeRegion) {
    const auto document = markdown("# NATO's pivot to Asia-Pacific\n\n"
                                   "NATO has forged ties with Japan and South Korea. China "
                                   "objects.\n");
    EXPECT_TRUE(find_missing_subregions(*document, build_perspective_map(*document, {})).empty());
}

const std::string kSyria =
    "# Israel strikes Syria\n\n"
    "Israel's army said it struck Iranian sites in Syria. Syria denied it. Lebanon's Hezbollah "
    "vowed to respond. Iraq closed its border. Syria's allies met. Lebanon braced. Iraq "
    "protested.\n";

TEST(OneSidedVoices, FiresWhenOnlyOneSideOfARegionSpeaks) {
    const auto document = markdown(kSyria);
    const std::vector<Attribution> list{attribution(*document, "Israel's army")};
    const auto found = find_one_sided_voices(*document, build_perspective_map(*document, list));
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(std::get<std::string>(*data(found[0], "region")), "Western Asia");
    EXPECT_EQ(strings(*data(found[0], "voiced")), (std::vector<std::string>{"IL"}));
    EXPECT_EQ(strings(*data(found[0], "unheard")), (std::vector<std::string>{"SY", "LB", "IQ"}));
}

TEST(OneSidedVoices, QuietWhenTheOtherSideSpeaksToo) {
    const auto document =
        markdown(kSyria + "Syria's foreign ministry said the strikes violated its sovereignty.\n");
    const std::vector<Attribution> list{attribution(*document, "Israel's army"),
                                        attribution(*document, "Syria's foreign ministry")};
    EXPECT_TRUE(find_one_sided_voices(*document, build_perspective_map(*document, list)).empty());
}

TEST(OneSidedVoices, QuietWhenNobodySpeaksOrOnlyAlliesAreUnheard) {
    const auto document = markdown(kSyria);
    EXPECT_TRUE(find_one_sided_voices(*document, build_perspective_map(*document, {})).empty());
    const auto allies = markdown("# Europe debates migration\n\nHungary's prime minister said "
                                 "borders must close. France and Germany disagree. France "
                                 "waits. Germany waits. Hungary insists.\n");
    const std::vector<Attribution> list{attribution(*allies, "Hungary's prime minister")};
    const auto map = build_perspective_map(*allies, list);
    EXPECT_TRUE(find_one_sided_voices(*allies, map).empty());
}

TEST(PerspectivesPlugin, ADraftWithoutPlacesIsQuiet) {
    const auto document = markdown("The committee met on Tuesday and agreed a budget.\n");
    CollectingReporter reporter;
    PerspectivesPlugin().check(*document, Options{}, reporter);
    EXPECT_TRUE(rules_of(reporter.diagnostics).empty());
}

} // namespace
} // namespace parallax::perspectives::test

namespace parallax::perspectives::test {
namespace {

TEST(MissingSubregions, AnOutsideActorInTheTitleLeavesTheDraftAboutTheRegion) {
    const auto document = markdown("# America's pivot to Asia-Pacific\n\n"
                                   "Washington courts Japan and South Korea, and Australia. "
                                   "China objects. The region is wary. Regional tensions rise.\n");
    const auto found = find_missing_subregions(*document, build_perspective_map(*document, {}));
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(strings(*data(found[0], "missing")),
              (std::vector<std::string>{"South-eastern Asia", "Southern Asia", "Pacific Islands"}));
}

} // namespace
} // namespace parallax::perspectives::test
