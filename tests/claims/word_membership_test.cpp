// Word-set membership: SentenceWords looks each token up once (lexicon::membership) and answers
// set tests with bits; the answers must equal the sets' own lookups for every set and token.

#include "lexicon.h"
#include "sentence_words.h"

#include "parallax/document.h"

#include <gtest/gtest.h>

#include <array>
#include <string>
#include <vector>

namespace parallax::claims::test {
namespace {

using namespace lexicon;

/// Every set of the claims lexicon.
const std::array<const WordSet*, 50>& all_sets() {
    static const std::array<const WordSet*, 50> sets{&quantifiers(),
                                                     &quantifier_pronouns(),
                                                     &singular_indefinites(),
                                                     &definite_determiners(),
                                                     &bare_agents(),
                                                     &collective_agents(),
                                                     &opinion_verbs(),
                                                     &opinion_adjectives(),
                                                     &hearsay_participles(),
                                                     &characterising_participles(),
                                                     &opinion_nouns(),
                                                     &opinion_triggers(),
                                                     &reaction_nouns(),
                                                     &reaction_verbs(),
                                                     &report_nouns(),
                                                     &report_modifiers(),
                                                     &hearsay_adverbs(),
                                                     &be_forms(),
                                                     &verb_fillers(),
                                                     &hedge_modals(),
                                                     &prescription_modals(),
                                                     &place_prepositions(),
                                                     &naming_links(),
                                                     &saying_verbs(),
                                                     &pronouns(),
                                                     &clause_words(),
                                                     &hedges(),
                                                     &group_nouns(),
                                                     &region_nouns(),
                                                     &demonyms(),
                                                     &place_adjectives(),
                                                     &frequency_adverbs(),
                                                     &motive_nouns(),
                                                     &responsibility_participles(),
                                                     &superlatives(),
                                                     &scale_words(),
                                                     &time_units(),
                                                     &number_words(),
                                                     &months(),
                                                     &people_nouns(),
                                                     &attitude_adjectives(),
                                                     &revealing_verbs(),
                                                     &belief_verbs(),
                                                     &quoting_verbs(),
                                                     &people_and_institutions(),
                                                     &irregular_past(),
                                                     &weasel_cues(),
                                                     &group_quantifiers(),
                                                     &vague_quantities(),
                                                     &hedge_cues()};
    return sets;
}

constexpr const char* kDraft =
    "Many critics say some experts believe the region is divided. It is widely argued that "
    "several countries reportedly warned, amid growing fears, of a backlash. Western "
    "governments could face criticism because of their ambitions. Hundreds of troops died in "
    "March, officials told reporters, and most Chinese analysts were skeptical. Perhaps the "
    "largest protests, which drew 20 percent of voters, were orchestrated by unnamed sources. "
    "Countless adults, widely described as famous, spoke and took what conventional wisdom "
    "holds; numerous companies, according to some, are well-known. It seems they probably "
    "might have been.";

struct Check {
    std::size_t tokens = 0;
    std::size_t members = 0; // (token, set) pairs where the token belongs to the set
    std::size_t mismatches = 0;
};

Check check_all_sets(const Document& document) {
    Check check;
    QuoteState quotes;
    WordMemberships memberships(document);
    for (const Sentence& sentence : document.sentences()) {
        const SentenceWords s(document, sentence, quotes, memberships);
        for (std::ptrdiff_t i = -1; i <= s.size(); ++i) { // one past each end too
            ++check.tokens;
            for (const WordSet* set : all_sets()) {
                const bool expected =
                    i >= 0 && i < s.size() && set->contains(s.folded(i), s.stem(i));
                check.members += expected ? 1U : 0U;
                if (s.in(*set, i) != expected) {
                    ++check.mismatches;
                    ADD_FAILURE() << "token " << i << " \"" << s.text(i)
                                  << "\" of: " << document.slice(sentence.range);
                }
            }
        }
    }
    return check;
}

TEST(WordMembership, EverySetAgreesWithItsOwnLookup) {
    const auto document = Document::build(Text(kDraft), DocumentFormat::PlainText);
    const Check check = check_all_sets(*document);
    EXPECT_GT(check.tokens, 60U);
    EXPECT_GT(check.members, 40U); // the draft exercises many sets, stemmed and exact
    EXPECT_EQ(check.mismatches, 0U);
}

TEST(WordMembership, StemmedAndExactSetsMatchTheirWords) {
    const auto document =
        Document::build(Text("Critics argued that many feared it."), DocumentFormat::PlainText);
    QuoteState quotes;
    WordMemberships memberships(*document);
    const SentenceWords s(*document, document->sentences().front(), quotes, memberships);
    ASSERT_EQ(s.folded(1), "argued");
    EXPECT_TRUE(s.in(opinion_verbs(), 1)); // by stem: "argued" is "argue"
    EXPECT_TRUE(s.in(bare_agents(), 0));   // exact: "critics"
    EXPECT_TRUE(s.in(quantifiers(), 3));
    EXPECT_FALSE(s.in(quantifiers(), 1));
    EXPECT_FALSE(s.in(opinion_verbs(), 0));
}

TEST(WordMembership, SetsOutsideTheLexiconStillMatch) {
    const WordSet local(WordSet::Match::Exact, std::vector<std::string_view>{"feared", "it"});
    EXPECT_FALSE(local.in_membership());
    const auto document =
        Document::build(Text("Critics argued that many feared it."), DocumentFormat::PlainText);
    QuoteState quotes;
    WordMemberships memberships(*document);
    const SentenceWords s(*document, document->sentences().front(), quotes, memberships);
    EXPECT_TRUE(s.in(local, 4));
    EXPECT_TRUE(s.in(local, 5));
    EXPECT_FALSE(s.in(local, 3));
}

TEST(WordMembership, EachDistinctWordIsLookedUpAsEachOfItsTokensWouldBe) {
    // Repeated words, capitalised and not, and "%" and "1" as punctuation and numbers.
    const auto document =
        Document::build(Text(std::string(kDraft) + " Many critics argued; many, MANY argued 1 %."),
                        DocumentFormat::PlainText);
    WordMemberships memberships(*document);
    std::size_t members = 0;
    for (int pass = 0; pass < 2; ++pass) { // the second pass reads what the first worked out
        for (const Token& token : document->tokens()) {
            const Membership expected = lexicon::membership(token.folded, token.stem);
            EXPECT_EQ(memberships.of(token).sets, expected.sets) << token.folded;
            members += expected.sets != 0 ? 1U : 0U;
        }
    }
    EXPECT_GT(members, 40U);
}

} // namespace
} // namespace parallax::claims::test
