// The sweeping-generalization, unsourced-specific, unsupported-cause and hedged-assertion rules:
// sentences that must fire (with the rule and the phrase of its finding) and sentences that must
// stay quiet.

#include "collecting_reporter.h"
#include "lexicon.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace parallax::claims::test {
namespace {

struct Fires {
    const char* rule;
    const char* sentence;
    const char* phrase; // the phrase of the rule's first finding
};

std::ostream& operator<<(std::ostream& os, const Fires& f) {
    return os << f.rule << ": " << f.sentence;
}

class ClaimMustFire : public ::testing::TestWithParam<Fires> {};

TEST_P(ClaimMustFire, FlagsThePhrase) {
    const auto findings = check_markdown(GetParam().sentence);
    const auto it =
        std::ranges::find_if(findings, [&](const Finding& f) { return f.rule == GetParam().rule; });
    ASSERT_NE(it, findings.end()) << GetParam().sentence;
    EXPECT_EQ(it->phrase, GetParam().phrase);
    EXPECT_FALSE(it->message.empty());
}

constexpr const char* kSweeping = "claims/sweeping-generalization";
constexpr const char* kSpecific = "claims/unsourced-specific";
constexpr const char* kCause = "claims/unsupported-cause";
constexpr const char* kHedge = "claims/hedged-assertion";

INSTANTIATE_TEST_SUITE_P(
    ClaimRules, ClaimMustFire,
    ::testing::Values(
        // Collective subjects with habitual or stative predicates.
        Fires{kSweeping, "Countries in the region often prioritize sovereignty.",
              "Countries in the region often prioritize"},
        Fires{kSweeping,
              "Countries in the region, having endured colonialism or its aftermath, often "
              "prioritize sovereignty.",
              "Countries in the region, having endured colonialism or its aftermath, often "
              "prioritize"},
        Fires{kSweeping, "Countries here prioritize economic stability and development.",
              "Countries here prioritize"},
        Fires{kSweeping, "Asian nations distrust Western alliances.", "Asian nations distrust"},
        Fires{kSweeping, "Europeans have always preferred negotiation to force.",
              "Europeans have always preferred"},
        Fires{kSweeping, "The North Koreans, who are very eccentric but not stupid, rushed ahead.",
              "The North Koreans, who are very eccentric"},
        Fires{kSweeping, "The region remains deeply suspicious of outside powers.",
              "The region remains deeply suspicious"},
        Fires{kSweeping, "Gulf states tend to hedge between the great powers.",
              "Gulf states tend to"},
        Fires{kSweeping, "The Chinese are wary of outside powers.", "The Chinese are wary"},
        Fires{kSweeping, "Many of his followers left the movement.", "Many of"},
        Fires{kSweeping, "The French often distrust alliances.", "The French often distrust"},
        // Statistics, rankings and quotations without a source.
        Fires{kSpecific, "Forty-four people have been infected.", "Forty-four people"},
        Fires{kSpecific, "The US has spent over $200 billion on anti-missile systems.",
              "$200 billion"},
        Fires{kSpecific, "The war killed 39,000 Americans.", "39,000 Americans"},
        Fires{kSpecific, "It would take only three nuclear weapons to shatter Japan.",
              "three nuclear weapons"},
        Fires{kSpecific, "Unemployment reached 12 percent last year.", "12 percent"},
        Fires{kSpecific, "North Korea boasts one of the world's biggest armies.",
              "one of the world's biggest"},
        Fires{kSpecific, "Iran is the largest state sponsor of terrorism.", "the largest"},
        Fires{kSpecific, "Vietnam is the fastest-growing economy in the region.",
              "the fastest-growing"},
        Fires{kSpecific,
              "The plan was, in the end, \u201ca betrayal of everything the alliance stands "
              "for.\u201d",
              "a betrayal of everything the alliance stands for"},
        // Motives, causes and responsibility.
        Fires{kCause,
              "Propagated primarily by the United States, this narrative casts China as a threat.",
              "Propagated primarily by the"},
        Fires{kCause, "In response, NATO has intensified efforts to forge closer ties.",
              "In response,"},
        Fires{kCause, "The concept reflects NATO's ambitions to extend its influence.",
              "reflects NATO's ambitions"},
        Fires{kCause, "Orb\u00e1n's defense of conservative values has led to breaking ties.",
              "led to"},
        Fires{kCause, "The withdrawal gave rise to the group's re-emergence.", "gave rise to"},
        Fires{kCause, "Beijing seeks to dominate the South China Sea.", "seeks to"},
        Fires{kCause, "Israel uses the same argument to justify its arsenal.", "to justify"},
        Fires{kCause, "The Pentagon is not eager to tangle with the North.", "is not eager to"},
        Fires{kCause, "Syria has become the stage for Iran's ambitions to dominate the Levant.",
              "Iran's ambitions to"},
        Fires{kCause, "What the president really meant is that he has no plan.", "really meant"},
        // Hedged statements of present or past fact.
        Fires{kHedge, "Coalition forces apparently have done next to nothing to stop it.",
              "apparently"},
        Fires{kHedge, "The plan seems to have failed.", "seems to"},
        Fires{kHedge, "Her experience appears to have been limited to one posting.", "appears to"},
        Fires{kHedge, "It is likely that the talks collapsed over sanctions.", "likely"},
        Fires{kHedge, "The Sandman is probably the best-remembered of these vans.", "probably"},
        // A modal in another clause, or one that speculates about the past, is no forecast.
        Fires{kHedge, "It was probably the only firearm that could be made in the forest.",
              "probably"},
        Fires{kHedge, "Phi Kappa probably would not have survived without it.", "probably"},
        Fires{kHedge, "Prosauropods likely had air sacs.", "likely"},
        Fires{kHedge, "After his death, Patsy most likely took over the crew.", "most likely"},
        Fires{kHedge, "It is most likely that the toxins come from beetles.", "most likely"},
        Fires{kHedge, "It was probably painted during his lifetime and may depict a poet.",
              "probably"}));

class ClaimMustNotFire : public ::testing::TestWithParam<const char*> {};

TEST_P(ClaimMustNotFire, StaysQuiet) {
    for (const Finding& f : check_markdown(GetParam())) {
        if (f.rule != "claims/weasel-attribution") {
            ADD_FAILURE() << f.rule << " flagged \u201c" << f.phrase << "\u201d in: " << GetParam();
        }
    }
}

INSTANTIATE_TEST_SUITE_P(
    ClaimRules, ClaimMustNotFire,
    ::testing::Values(
        // Marked opinion, prescriptions, hedges.
        "I believe countries in the region often prioritize sovereignty.",
        "In my view, the concept reflects NATO's ambitions to extend its influence.",
        "NATO must prioritize diplomacy over expansion.",
        "Countries in the region should prioritize sovereignty.",
        "NATO's presence could provoke counterbalancing actions.",
        "The move may have led to higher tensions.", "Perhaps the largest risk is complacency.",
        "North Korea probably will by 2019.", "The talks seem unlikely to resume.",
        "The figure appears in the annex.", "If the plan apparently failed, why repeat it?",
        "It will probably rain tomorrow.", "The talks are likely to resume.",
        "This was a likely cause of the fire.", "She is most likely to win the seat.",
        "It will most likely rain tomorrow.",
        // Quotations whose speaker is named with a verb other than "said".
        "\u201cOne of the ten best records ever made in North Carolina\u201d bellowed the "
        "Greensboro Record.",
        "Mozart also, in Tyson's words, \u201cdid not write any notes for the left hand in a "
        "great many measures.\u201d",
        "Huhne has spoken of the need to \u201croll back the security-obsessed surveillance "
        "state\u201d.",
        // Attributed or cited sentences, and their continuation.
        "According to SIPRI, the US spent over $800 billion on defence in 2023.",
        "Japan's defence ministry said 24 aircraft were scrambled.",
        "The US has spent over $200 billion on missile defence [1].",
        "Spending rose sharply ([SIPRI](https://sipri.org)). It reached $200 billion in 2023, the "
        "highest spending on record.",
        "\u201cWe will not back down,\u201d said Foreign Minister Penny Wong. \u201cThe region "
        "deserves better than a contest between great powers.\u201d",
        "> Countries in the region often prioritize sovereignty, and the largest share goes to "
        "defence.",
        // Dates and numbers that are not statistics.
        "The treaty was signed in 1951.", "In 2009, the talks collapsed.",
        "The person was diagnosed on May 18.", "NATO commemorates its 75th anniversary.",
        "World War II reshaped the region.", "The 2024 NATO summit was held in Washington.",
        "The missile, the Hwasong-14, flew for 40 minutes.",
        "The Korean War lasted from 1950 to 1953.", "Resolution 2231 endorsed the deal.",
        "The talks took three days.",
        // Collectives that are not generalisations.
        "The United States is a founding member of NATO.",
        "Many countries, including Vietnam and the Philippines, fear Chinese pressure.",
        "Asian nations signed the accord in 2019.", "The countries met in Geneva.",
        "Regional states are investigating the incident.",
        // Limits and idioms are not rankings.
        "We hoped for the best.", "A perfect game is the best score possible in bowling.",
        "We wish the best of luck to both of them.",
        // Variety and the majority of a named set are not vague counts.
        "The pots come in various shapes and sizes.", "For most of his career he lived in Paris.",
        // Quotations whose speaker is asked, or named before a colon.
        "In the same chapter his disciples asked, \u201cWhy do you speak to the people in "
        "parables?\u201d",
        "Einstein is on record as finding it wanting: \u201cFor the most part, this version is "
        "extremely simple and not too offensive.\u201d",
        // Nationality adjectives before a noun or a singular verb, and events in the past.
        "The British force was supported by the king.", "French artillery pounded the bridge.",
        "Portuguese is a pluricentric language.", "The Spanish brought harps to Latin America.",
        "Republicans took control of both houses.", "Evans then swam a personal best.",
        // Ordinary causal words and possessives.
        "The court's decision is final.", "The plan aims at nothing in particular.",
        "She was the first to arrive.", "At least the talks resumed.",
        // Scare quotes and syndication footers.
        "The narrative of the \u201cChina threat\u201d dominates.",
        "The post Asia-Pacific's largest summit appeared first on BLiTZ."));

TEST(ClaimRules, EvidenceTwoSentencesAwayIsRelatedInformation) {
    const std::string draft = "Spending rose, SIPRI found [1]. Budgets were debated. The US has "
                              "spent over $200 billion on missile defence.\n";
    const auto document = Document::build(Text(draft), DocumentFormat::Markdown);
    CollectingReporter reporter;
    ClaimsPlugin().check(*document, Options{}, reporter);
    const auto it = std::ranges::find_if(reporter.diagnostics, [](const Diagnostic& d) {
        return d.rule == "claims/unsourced-specific";
    });
    ASSERT_NE(it, reporter.diagnostics.end());
    ASSERT_EQ(it->related.size(), 1u);
    EXPECT_EQ(draft.substr(it->related[0].range.start.value, it->related[0].range.size()), "[1]");
    EXPECT_NE(it->related[0].message.find("citation"), std::string::npos);
}

TEST(ClaimRules, EveryRuleExplainsItself) {
    for (const char* id : {kSweeping, kSpecific, kCause, "claims/weasel-attribution"}) {
        const RuleInfo* rule = PluginRegistry::instance().find_rule(id);
        ASSERT_NE(rule, nullptr) << id;
        EXPECT_FALSE(rule->summary.empty());
        EXPECT_FALSE(rule->rationale.empty());
        EXPECT_NE(rule->example.find("Fix"), std::string::npos) << id;
    }
}

TEST(ClaimRules, LexiconFilesSkipCommentsAndBlankLines) {
    const auto entries = lexicon_entries("# comment\n\nmany\n  some  \r\n# other\nmost");
    EXPECT_EQ(entries, (std::vector<std::string_view>{"many", "some", "most"}));
}

} // namespace
} // namespace parallax::claims::test
