#include "parallax/perspectives/perspectives_plugin.h"

#include "parallax/perspectives/place_hover.h"
#include "perspective_map.h"
#include "region_options.h"
#include "regional_rules.h"
#include "rule_ids.h"
#include "unnamed_collective.h"

#include <algorithm>
#include <array>
#include <vector>

namespace parallax::perspectives {

namespace {

const std::vector<RuleInfo>& rule_table() {
    static const std::vector<RuleInfo> rules{
        {kNoRegionalVoice, "A region the draft discusses has no voice from any of its countries.",
         "A piece about a region that quotes no one from it tells readers what others think of the "
         "region, never what the region thinks. Editors ask for at least one named source from "
         "the countries under discussion.",
         "\u201cNATO\u2019s strategic pivot to Asia-Pacific\u201d quoting only Washington and "
         "Brussels. Fix: quote a named official, scholar or outlet from the region, e.g. "
         "\u201cJapan\u2019s "
         "defence ministry said \u2026\u201d.",
         Severity::Warning},
        {kMissingSubregions,
         "The draft speaks for a whole region but leaves out some of its sub-regions.",
         "Claims about \u201cthe region\u201d that only draw on some of its parts generalise from "
         "them: readers take Northeast Asia for all of Asia-Pacific.",
         "A piece on Asia-Pacific mentioning only Japan, South Korea and Australia while "
         "generalising about \u201cthe region\u201d. Fix: bring in Southeast Asian, South Asian "
         "and Pacific Island countries, or narrow the claim to Northeast Asia.",
         Severity::Information},
        {kUnnamedCollective, "A position is ascribed to the region's states without naming any.",
         "\u201cCountries in the region\u201d cannot be checked or answered: name which countries "
         "hold the view, or quote one of them.",
         "\u201cCountries in the region prioritize sovereignty.\u201d Fix: \u201cIndonesia and "
         "Vietnam prioritize sovereignty, their foreign ministers said.\u201d",
         Severity::Warning},
        {kOneSidedVoices, "Every voice from a discussed region comes from one side.",
         "When only one party to an issue is heard, its account stands unanswered; editors ask "
         "for the other parties\u2019 own words.",
         "A piece on Syria quoting only Israeli and US officials. Fix: quote the Syrian, Iranian "
         "or Lebanese side as well, or say that they declined to comment.",
         Severity::Warning},
    };
    return rules;
}

std::vector<std::string> region_names(const PerspectiveMap& map) {
    std::vector<std::string> out;
    for (const auto& region : map.regions) {
        out.push_back(region.name);
    }
    return out;
}

std::vector<std::string> mentioned_codes(const PerspectiveMap& map) {
    std::vector<std::string> out;
    for (const auto& country : map.mentioned) {
        out.push_back(country.code);
    }
    return out;
}

} // namespace

std::span<const RuleInfo> PerspectivesPlugin::rules() const {
    return rule_table();
}

std::optional<std::string> PerspectivesPlugin::hover(const Document& document,
                                                     ByteOffset offset) const {
    return describe_place_at(document, offset);
}

std::span<const OptionInfo> PerspectivesPlugin::options() const {
    static const std::array<OptionInfo, 2> options{{
        {"region", std::string(),
         "The region the draft is about, overriding what the plugin infers: a UN M49 region "
         "(\"Eastern Asia\", \"East Asia\") or a grouping such as \"Asia-Pacific\", "
         "\"Indo-Pacific\", \"Middle East\" or \"Pacific Islands\"."},
        {"regions", std::vector<std::string>{},
         "The regions the publication covers: when set, the regional rules only report on drafts "
         "about one of them (or a region within or around one)."},
    }};
    return options;
}

void PerspectivesPlugin::check(const Document& document, const Options& options,
                               Reporter& reporter) const {
    PerspectiveMap map = build_perspective_map(document, document.attributions());
    if (auto region = region_named(options.string("region"))) {
        declare_region(document, map, *region);
    }
    reporter.summarize("perspectives.regions", region_names(map));
    reporter.summarize("perspectives.mentioned", mentioned_codes(map));
    reporter.summarize("perspectives.voiced", map.voiced);
    if (reporter.cancelled()) {
        return;
    }
    const auto report = [&](std::vector<Diagnostic> found) {
        for (Diagnostic& d : found) {
            reporter.report(std::move(d));
        }
    };
    if (about_covered_region(map, options.strings("regions"))) {
        for (auto finder :
             {find_unvoiced_regions, find_missing_subregions, find_one_sided_voices}) {
            report(finder(document, map));
        }
    }
    report(find_unnamed_collectives(document, map)); // about phrasing, wherever the draft is
}

PARALLAX_REGISTER_PLUGIN(PerspectivesPlugin);

} // namespace parallax::perspectives
