// Sentences that must fire (with the phrase the finding covers) and sentences that must not.

#include "collecting_reporter.h"

#include <gtest/gtest.h>

namespace parallax::claims::test {
namespace {

struct Fires {
    const char* sentence;
    const char* phrase; // the flagged phrase of the first finding
};

std::ostream& operator<<(std::ostream& os, const Fires& f) {
    return os << f.sentence;
}

class MustFire : public ::testing::TestWithParam<Fires> {};

TEST_P(MustFire, FlagsThePhrase) {
    const auto findings = check_markdown(GetParam().sentence);
    ASSERT_FALSE(findings.empty()) << GetParam().sentence;
    EXPECT_EQ(findings.front().rule, "claims/weasel-attribution");
    EXPECT_EQ(findings.front().phrase, GetParam().phrase);
}

INSTANTIATE_TEST_SUITE_P(
    WeaselAttribution, MustFire,
    ::testing::Values(
        // Vague agents with opinion verbs.
        Fires{"These efforts are framed as essential for regional stability, yet they are viewed "
              "with skepticism and concern by many within the region.",
              "are framed as"},
        Fires{"Yet they are viewed with skepticism and concern by many within the region.",
              "many within the region"},
        Fires{"Critics say the plan will fail.", "Critics say"},
        Fires{"The effectiveness of the sanctions has been questioned.", "been questioned"},
        Fires{"The status of these detainees is hotly disputed.", "is hotly disputed"},
        Fires{"She is thought by some to have drafted the communiqué.", "some"},
        Fires{"It has been remarked that the treaty favours the larger states.",
              "been remarked that"},
        Fires{"Experts believe the ceasefire is fragile.", "Experts believe"},
        Fires{"Observers have long noted the gap between rhetoric and practice.",
              "Observers have long noted"},
        Fires{"Some argue that the alliance is overreaching.", "Some argue"},
        Fires{"Many countries in the region harbor deep-seated concerns about external military "
              "alliances.",
              "Many countries in the region harbor"},
        Fires{"Several analysts warned that the deal would collapse.", "Several analysts warned"},
        Fires{"Initially officials suspected the Americans had been targeted.",
              "officials suspected"},
        Fires{"The missile, which US experts claimed was capable of hitting Alaska, flew far.",
              "experts claimed"},
        Fires{"Most South Koreans shrug off the North's threats.", "Most South Koreans shrug"},
        Fires{"Many in Tokyo remain wary of the proposal.", "Many in Tokyo remain wary"},
        Fires{"According to experts, the sanctions have failed.", "According to experts"},
        // Passives with no one holding the view.
        Fires{"It is widely believed that the talks will fail.", "is widely believed that"},
        Fires{"North Korea is now believed to have mastered a lightweight warhead.",
              "is now believed to"},
        Fires{"The foundation has been criticized as a funnel for partisan views.",
              "been criticized as"},
        Fires{"The site was reported to have been used for chemical weapons.", "was reported to"},
        Fires{"The policy is widely seen as a failure.", "is widely seen as"},
        Fires{"He is considered one of the finest diplomats of his generation.", "is considered"},
        Fires{"It is a widely held view in the capital.", "widely held"},
        // Opinions that belong to nobody.
        Fires{"Amidst assertions of a \u201cChina threat\u201d and calls for cooperation, NATO's "
              "pivot eastward presents complex implications.",
              "Amidst assertions"},
        Fires{"NATO overlooks these historical nuances, raising fears that its presence could "
              "exacerbate tensions.",
              "raising fears"},
        Fires{"Its focus may run counter to these imperatives, raising concerns that its "
              "expansion could escalate tensions.",
              "raising concerns"},
        Fires{"There are growing fears that the truce will not hold.", "There are growing fears"},
        // Reactions received from nobody.
        Fires{"However, such ambitions face considerable skepticism and resistance in the "
              "region.",
              "face considerable skepticism and resistance"},
        Fires{"The proposal has drawn criticism.", "drawn criticism"},
        Fires{"NATO's pivot sparks debates over the alliance's role.", "sparks debates"},
        // Unnamed reports and hearsay.
        Fires{"Media reports have suggested that the FBI has not been able to verify the cause.",
              "Media reports have suggested"},
        Fires{"In light of intelligence reports that Assad may be ready to strike, Israel "
              "moved.",
              "intelligence reports that"},
        Fires{"The general was reportedly dismissed last week.", "reportedly"},
        Fires{"It has been asserted that his mother hated him.", "been asserted that"},
        Fires{"Adherents believe that this can result in healing.", "Adherents believe"},
        Fires{"Legend claims that he killed his first opponent at age 14.", "Legend claims"},
        // Inflections: matching is on stems and folded forms.
        Fires{"Critics argued that the treaty was unfair.", "Critics argued"},
        Fires{"Some observers are worried about the drills.", "Some observers are worried"},
        Fires{"It was long thought that the regime would fall.", "was long thought that"},
        // Qualifiers whose noun shares a verb's stem, and agents of an attribution.
        Fires{"Critics of this interpretation argue that it changes the treaty.",
              "Critics of this interpretation argue"},
        Fires{"According to some, the embargo has failed.", "According to some"},
        Fires{"Other studies have shown the opposite.", "Other studies have shown"},
        Fires{"An official says the plan is dead.", "An official says"},
        // Any quantified group that holds a belief, and believers described by a relative clause.
        Fires{"Many parents believe that the new school will hurt their children.",
              "Many parents believe"},
        Fires{"Some men feel confined by these roles.", "Some men feel"},
        Fires{"There are scholars who believe that Prakrit is older than Sanskrit.",
              "scholars who believe"},
        Fires{"There are those who argue that the treaty failed.", "those who argue"},
        Fires{"The majority of cannabis users feel that the adverts are unfair.",
              "The majority of cannabis users feel"},
        Fires{"Advocates and practitioners of the therapy claim that it works.",
              "Advocates and practitioners of the therapy claim"},
        Fires{"Some are of the opinion that the objects were separate.", "Some are of the opinion"},
        Fires{"Observers are of the view that the talks failed.", "Observers are of the view"},
        Fires{"Some have therefore criticised him for holding shares.",
              "Some have therefore criticised"},
        Fires{"Critics have charged that the university is a diploma mill.",
              "Critics have charged"},
        // Vague agents of a participle with no auxiliary, and of "by" with a bare quantifier.
        Fires{"The pistol, considered by many to be inferior, was withdrawn.", "many"},
        Fires{"A view held by some historians is that the siege failed.", "some historians"},
        Fires{"The dish is favored by some because it is mild.", "some"},
        Fires{"The band released an album described as derivative.", "described as"},
        Fires{"The legality is controversial, claimed by those opposing the campaign.", "those"},
        Fires{"Others, however, claimed that the Pope resisted his power.",
              "Others, however, claimed"},
        // A participle with a frequency or time adverb and no auxiliary; the "by" of another
        // verb; a claim that ends its clause.
        Fires{"Muller went to Bombay in 1911, then considered the haven of art in India.",
              "then considered"},
        Fires{"This cliff is believed to be haunted by spirits.", "is believed to"},
        Fires{"The idea that lying has physical effects has long been claimed.", "been claimed"},
        // "According to" a vague group; a comma after it opens the clause, not an apposition.
        Fires{"According to some historians of philosophy, Zeno's paradoxes were a major problem.",
              "According to some historians of philosophy"},
        Fires{"According to some chronicles his body was buried in the capital.",
              "According to some chronicles"},
        // An opinion arising as the subject of its clause.
        Fires{"But speculation later arose concerning whether it represented the party.",
              "speculation later arose"},
        Fires{"Conventional wisdom holds that the same person should wrap both legs.",
              "Conventional wisdom holds"},
        Fires{"Popular belief has it that the bridge is haunted.", "Popular belief has it"},
        Fires{"Ethics questions have also been raised about the use of dogs.",
              "Ethics questions have also been raised"},
        Fires{"The inquiry was widely expected to destroy the government.",
              "was widely expected to"},
        Fires{"This is generally agreed to be the case.", "is generally agreed to"},
        // A named source elsewhere in the sentence does not say who suggested it.
        Fires{"It has been suggested that he worked for MI6, but he has publicly denied this.",
              "been suggested that"},
        // A reputation held by unnamed people.
        Fires{"He is best known for his work with clay.", "best known"},
        Fires{"Frere Jacques is a well-known children's song.", "well-known"},
        Fires{"It is most widely known for its football team.", "most widely known"},
        Fires{"McCabe was infamous for egging the devotees.", "infamous"},
        Fires{"The famous siege lasted four years.", "famous"},
        // A reduced relative after a noun.
        Fires{"The tournament generally considered to be the championship is held in May.",
              "generally considered to"},
        // Evidence no one can look up.
        Fires{"There is some evidence that the original was written in tablature.",
              "There is some evidence"},
        Fires{"There are indications that the talks will resume.", "There are indications"},
        // A single quotation mark closed by a straight apostrophe ends the quotation.
        Fires{"In this regard, the study of \u2018philosophy' is considered important.",
              "is considered"}));

class MustNotFire : public ::testing::TestWithParam<const char*> {};

TEST_P(MustNotFire, StaysQuiet) {
    const auto findings = check_markdown(GetParam());
    for (const Finding& f : findings) {
        if (f.rule != "claims/weasel-attribution") {
            continue; // the other claims rules have their own tables
        }
        ADD_FAILURE() << "flagged \u201c" << f.phrase << "\u201d in: " << GetParam();
    }
}

INSTANTIATE_TEST_SUITE_P(
    WeaselAttribution, MustNotFire,
    ::testing::Values(
        // Hearsay nouns in their plain sense, and asserting verbs with a named agent.
        "The tradition was revived in 1990 by the town council.", "His legend grew after the war.",
        "The claim was asserted by Defence Minister Richard Marles in parliament.",
        // Named sources.
        "Critics of the plan, including Senator Jane Doe, said it would fail.",
        "Japan's defence ministry said the drills were viewed as provocative.",
        "According to SIPRI, it is widely believed that spending will rise.",
        "Analysts at Capital Economics argue that growth will slow.",
        "The plan was questioned by the Senate Foreign Relations Committee.",
        "The results were disputed by Kenya's electoral commission.",
        "\u201cThe region is wary,\u201d said Foreign Minister Penny Wong.",
        "Experts such as Bonnie Glaser believe the risk is rising.",
        "The proposal was criticized by the Japanese government.",
        "The move was welcomed by Tokyo and Canberra.",
        "Many countries, including Vietnam and the Philippines, fear Chinese pressure.",
        "The plan raised concerns from Indonesia's foreign ministry.",
        // Citations.
        "Critics say the plan will fail [1].",
        "Experts believe the ceasefire is fragile ([report](https://example.org/r)).",
        // Quoted text.
        "> Critics say the plan will fail, and many within the region agree.",
        "She wrote that \u201cmany within the region view it with suspicion\u201d.",
        // Prescriptions and hedged predictions.
        "NATO must navigate sensitivities, ensuring that its engagement is perceived as "
        "cooperative.",
        "Diplomats should consider how the move is viewed in the region.",
        "The deployment could be seen as provocative.",
        "NATO's increased presence could provoke counterbalancing actions.",
        "The move might spark debate.",
        // Ordinary passives and plain facts.
        "The treaty was signed in 1951.",
        "The region has been characterized by complex geopolitical rivalries.",
        "The ship was seen near the coast on Tuesday.", "The bill is expected to pass next week.",
        "The report was considered in committee on Monday.",
        "Countries in the region often prioritize sovereignty.", "The experts met in Geneva.",
        "The officials said the talks would resume.",
        "These concerns are addressed in the next section.",
        // Quantifiers and agent nouns that are not agents; active verbs after named subjects.
        "The team scored as many points as possible.",
        "The company sells products under many brand names.",
        "After the revolution, the party exonerated most noted personalities.",
        "The presidents met during an official state visit.",
        "The Supreme Court generally held that the amendment did not apply.",
        "The armoured car, commonly known as Ursus, entered service in 1929.",
        "Larry Getlen, better known by the stage name Mystery, performed.",
        "The cause of the fire is not known.", "The painter could be well known abroad.",
        "There is no evidence that the talks failed.",
        "There was not enough evidence to convict him.",
        "There is evidence from the IAEA that the site was used.",
        "The proposal faced stiff opposition from parents and students.",
        "Japan raised concerns that the drills were provocative.",
        "There is a bull field called Ran Bo near the village.",
        "Ebola is most feared for the bleeding it can cause.",
        "\"We cannot connect it with Havana,\" a US embassy official in Beijing told AFP.",
        // Syndication footers.
        "The post NATO's strategic pivot to Asia-Pacific appeared first on BLiTZ.",
        "Please follow Blitz on Google News Channel",
        // What a named source said; groups named after the quantifier; no belief held.
        "The plan is widely seen as a failure, the minister said.",
        "Several collectors, including John Smith and Jane Doe, believe the stamp is rare.",
        "According to some historians, John Smith, a local priest, was the author.",
        "Many recipes call for fresh basil.", "It was spoken by some 105,000 people.",
        "He described the plan as reckless.",
        "The people who believe in him gathered in the square.", "The theft was reported.",
        "The remains were claimed by his family.",
        // Opinions with an owner.
        "The controversy arose when the minister resigned.", "His doubts grew over the summer.",
        "Concerns were raised by the Dutch delegation.", "His view holds that trade is good.",
        "The frog is commonly known as the waxy monkey leaf frog.",
        "The bill is expected to pass next month."));

} // namespace
} // namespace parallax::claims::test
