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
        // A quantifier standing alone after a preposition or a verb: an unnamed group.
        Fires{kSweeping, "The drug was a lifeline to many.", "many"},
        Fires{kSweeping, "Yao Ming became the idol of many.", "many"},
        Fires{kSweeping, "He also impressed many with his willingness to share the ball.", "many"},
        Fires{kSweeping, "The term is also used by some to imply discrimination.", "some"},
        // "many of whom", "some of which": a vague part of the set just named.
        Fires{kSweeping, "The war created enemies, many of whom accused him of treason.",
              "many of"},
        Fires{kSweeping, "The army lost control of the cities, some of which were cut off.",
              "some of"},
        // "Certain" as a determiner leaves its set unnamed, as "some" does.
        Fires{kSweeping, "The law bans certain imports from the region.", "certain imports"},
        // "at" takes "most" only; "so" grades "many" only.
        Fires{kSweeping, "At many elite universities, stipends have been increasing.",
              "many elite universities"},
        Fires{kSweeping, "It is risky, so some people use port forwarding.", "some people"},
        // Hyphenated and coordinated modifiers before the noun.
        Fires{kSweeping, "In many pre-industrial societies, peasants were the majority.",
              "many pre-industrial societies"},
        Fires{kSweeping, "The operation demanded many brutal and heartless decisions.",
              "many brutal and heartless decisions"},
        Fires{kSweeping, "Gulf states tend to hedge between the great powers.",
              "Gulf states tend to"},
        Fires{kSweeping, "The Chinese are wary of outside powers.", "The Chinese are wary"},
        Fires{kSweeping, "Many of his followers left the movement.", "Many of"},
        // A quantifier standing alone as the subject of its clause.
        Fires{kSweeping, "Some still hold to the old doctrine.", "Some"},
        Fires{kSweeping, "Although some have long opposed the plan, it passed.", "some"},
        Fires{kSweeping, "After the reform, many preferred the old units.", "many"},
        Fires{kSweeping, "Some risk their lives to help the animals.", "Some"},
        // Ability is no hedge; a conjunction "as" is no comparison; a named owner's set.
        Fires{kSweeping, "Some pasta varieties can be made from rice.", "Some pasta varieties"},
        Fires{kSweeping, "He is called a romantic, as many of his works attempt it.", "many of"},
        Fires{kSweeping, "He sang in many of Flores' boleros.", "many of"},
        Fires{kSweeping, "Many women retaliate against the harassers.", "Many women"},
        Fires{kSweeping, "The ensemble gathered some of Hungary's finest talent.", "some of"},
        Fires{kSweeping, "The French often distrust alliances.", "The French often distrust"},
        // A place word may open the sentence.
        Fires{kSweeping, "South Koreans generally distrust the plan.",
              "South Koreans generally distrust"},
        // "Most" of people, peoples, countries or institutions: a generalisation about them.
        Fires{kSweeping, "Most consumers distrust the new rules.", "Most consumers"},
        Fires{kSweeping, "In most countries the practice is banned.", "most countries"},
        Fires{kSweeping, "Most companies in the region ignore the rules.", "Most companies"},
        Fires{kSweeping, "Most women in the survey left early.", "Most women"},
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
        // "Most" after an owner or a number grades an adjective: a ranking.
        Fires{kSpecific, "His most memorable performances came late in his career.",
              "His most memorable"},
        Fires{kSpecific, "It was one of Japan's most influential novels.",
              "one of Japan's most influential"},
        Fires{kSpecific, "Labour was one of the five most important parties.",
              "one of the five most important"},
        Fires{kSpecific, "It is the 4th most downloaded paper of the year.",
              "the 4th most downloaded"},
        // A line without closing punctuation is no title unless its words are capitalised; a
        // quotation after a sentence that quotes nobody has no speaker.
        Fires{kSpecific, "Iran is the largest state sponsor of terrorism", "the largest"},
        Fires{kSpecific,
              "Talks resumed on Monday. As long as nobody acts, \u201cIsrael is determined to "
              "continue addressing it on its own.\u201d",
              "Israel is determined to continue addressing it on its own"},
        // A quotation that is only part of the sentence is still the author's use of it.
        Fires{kSpecific,
              "The plan was \u201ca betrayal of everything the alliance stands for\u201d, and it "
              "failed.",
              "a betrayal of everything the alliance stands for"},
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
        // A modal of possibility over a perfect: a hedged statement of past fact.
        Fires{kHedge, "The move may have led to higher tensions.", "may have led"},
        Fires{kHedge, "Ireland may already have been an island by then.", "may already have been"},
        Fires{kHedge, "Early humans might have learned about healing clays.", "might have learned"},
        // An adverb after "have", and "had" as the participle.
        Fires{kHedge, "He may have also tinkered with sketches.", "may have also"},
        Fires{kHedge, "Early sauropodomorphs may also have had air sacs.", "may also have had"},
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
        "The move may lead to higher tensions.", "Perhaps the largest risk is complacency.",
        "His work was perhaps known to Arab mathematicians.", "North Korea probably will by 2019.",
        "The pastors who could have provided a remedy stayed silent.",
        "The ghost appeared to Chloe in the garden.", "An angel appeared to him in a dream.",
        "The talks seem unlikely to resume.", "The figure appears in the annex.",
        "If the plan apparently failed, why repeat it?", "It will probably rain tomorrow.",
        "The talks are likely to resume.", "This was a likely cause of the fire.",
        "She is most likely to win the seat.", "It will most likely rain tomorrow.",
        // Quantifiers that determine a noun or a number, or compare.
        "To some extent, the regulations clarify the law.",
        "He had talked with some, and then left.", "The measure passed by as many as ten votes.",
        "He was criticised by many, including Senator Smith.",
        "It is almost certain that the hill gave the town its name.",
        "It is not known for certain whether the talks took place.",
        "A certain amount of delay is normal.", "He was certain of victory.",
        "The structure was posited by Crick and Watson in 1953.",
        "They may have unexpected results.", "At most, the change is cosmetic.",
        "So many people came that the doors were shut.",
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
        "During the occupation in 1939-1945 thousands of people were detained here.",
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
        // "Most" of things is a proportion, not a group of people (GUIDELINES §1).
        "In most cases the damage is minor.", "Most modern designs are powered by gas turbines.",
        "Most species are extreme specialists.", "The rule applies to most episodes.",
        // A sentence's first word is capitalised whatever it is: "Different" or "Eleven" is
        // no bloc of states.
        "Different states use a variety of terms for their towns.",
        "Eleven states have only cities.",
        // A group named right after its quantifier, even through "most notably".
        "Many contributors, most notably Jacques Derrida and Michel Foucault, rejected it.",
        // "Most" before an adverb is a degree: "most importantly".
        "The pillars had their own organisations, most importantly the political parties.",
        // A sentence that is all quotation is not the author's prose: an epigraph, a block
        // quotation, a speaker's words running on.
        "\u201cThe talks were a betrayal of everything the alliance stands for.\u201d",
        // A quotation right after a sentence quoting a named speaker carries on their words.
        "\u201cThe region deserves better than a contest,\u201d wrote Jonathan Spyer in Foreign "
        "Policy. As long as nobody acts, \u201cIsrael is determined to continue addressing it "
        "on its own.\u201d",
        // A title or byline line asserts nothing.
        "The Best of Eric Margolis",
        // Quantifiers that are no subject: degree, time, amounts, hedged possibilities.
        "The pass is most easily described as a ramp.", "For some time, he lived in Paris.",
        "The town has some dedicated hardware.", "Some may even get to leave during the day.",
        "The seeds fall, but some are dispersed by birds.",
        "Some planetary systems may form differently.", "We invited as many guests as we could.",
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

TEST(ClaimRules, SuperlativeMostIsARankingNotAVagueQuantity) {
    for (const char* sentence : {"His most memorable performances came late in his career.",
                                 "Karl was one of the earliest and most esteemed scholars.",
                                 "It was one of the five most important parties."}) {
        for (const Finding& f : check_markdown(sentence)) {
            EXPECT_NE(f.rule, kSweeping) << "\u201c" << f.phrase << "\u201d in: " << sentence;
        }
    }
}

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
