// The shortcuts the claims rules take for speed must never change an answer: the per-sentence
// cache of agent phrases answers as the functions it caches, the cheap tests that skip a token
// (may_start_agent, a phrase list's first-word bit) never skip one where something starts, and
// the fixed words of pattern_words.h carry their bits.

#include "lexicon.h"
#include "pattern_words.h"
#include "phrases.h"
#include "sentence_words.h"

#include "parallax/document.h"

#include <gtest/gtest.h>

#include <array>
#include <memory>
#include <string>
#include <vector>

namespace parallax::claims::test {
namespace {

using namespace lexicon;

/// Sentences with many vague agents and quantified groups, and many tokens that are neither.
constexpr const char* kAgents =
    "Many critics say some experts believe the region is divided. A number of analysts and "
    "several regional governments argued, according to some, that many within the alliance "
    "feared it. Most South Koreans shrug; the majority of voters, a senior official and those "
    "in the region disagree. Historians who think otherwise, countless fans and various "
    "nationalists were praised by many. Some argue. Others, however, claimed it. Meanwhile "
    "ornithologists across Europe argued.";

struct Sentences {
    std::shared_ptr<const Document> document;
    std::vector<std::unique_ptr<SentenceWords>> words;
};

Sentences read(const std::string& text) {
    Sentences out{Document::build(Text(text), DocumentFormat::PlainText), {}};
    QuoteState quotes;
    WordMemberships memberships(*out.document);
    for (const Sentence& sentence : out.document->sentences()) {
        out.words.push_back(
            std::make_unique<SentenceWords>(*out.document, sentence, quotes, memberships));
    }
    return out;
}

bool same(const Phrase& a, const Phrase& b) {
    return a.first == b.first && a.last == b.last && a.head == b.head;
}

TEST(AgentPhrases, AnswersAsTheFunctionsItKeeps) {
    const Sentences sentences = read(kAgents);
    int agents = 0;
    int groups = 0;
    for (const auto& s : sentences.words) {
        AgentPhrases cached(*s);
        // Forwards and backwards, one past each end too, each token asked twice in a row (the
        // second answer is the kept one) and between the two kinds of phrase.
        for (int pass = 0; pass < 2; ++pass) {
            for (std::ptrdiff_t k = -1; k <= s->size(); ++k) {
                const std::ptrdiff_t i = pass == 0 ? k : s->size() - 1 - k;
                const Phrase agent = vague_agent_at(*s, i);
                const Phrase group = quantified_group_at(*s, i);
                EXPECT_TRUE(same(cached.vague_agent_at(i), agent)) << i;
                EXPECT_TRUE(same(cached.quantified_group_at(i), group)) << i;
                EXPECT_TRUE(same(cached.vague_agent_at(i), agent)) << i;
                EXPECT_TRUE(same(cached.quantified_group_at(i), group)) << i;
                agents += pass == 0 && agent ? 1 : 0;
                groups += pass == 0 && group ? 1 : 0;
            }
        }
    }
    EXPECT_GE(agents, 8); // the draft exercises the cache with phrases, not only misses
    EXPECT_GE(groups, 3);
}

TEST(MayStartAgent, HoldsWhereverAnAgentOrGroupStarts) {
    const Sentences sentences = read(kAgents);
    int starts = 0;
    int skipped = 0;
    for (const auto& s : sentences.words) {
        for (std::ptrdiff_t i = 0; i < s->size(); ++i) {
            const bool found = vague_agent_at(*s, i) || quantified_group_at(*s, i);
            starts += found ? 1 : 0;
            skipped += may_start_agent(*s, i) ? 0 : 1;
            if (found) {
                EXPECT_TRUE(may_start_agent(*s, i)) << "token " << i << " \"" << s->text(i) << '"';
            }
        }
    }
    EXPECT_GE(starts, 10);
    EXPECT_GE(skipped, 30); // and it does skip most other tokens
}

/// Every phrase of a list, written in a sentence of its own after a word that starts none,
/// is found where it starts: the first-word bit lets each through.
void expect_every_phrase_found(const PhraseList& list) {
    ASSERT_FALSE(list.phrases().empty());
    for (const std::vector<std::string>& phrase : list.phrases()) {
        std::string text = "Zebra";
        for (const std::string& word : phrase) {
            text += (word == "," ? "" : " ") + word;
        }
        const Sentences sentences = read(text + " zebra.");
        ASSERT_EQ(sentences.words.size(), 1U) << text;
        const SentenceWords& s = *sentences.words.front();
        EXPECT_TRUE(s.may_start(list, 1)) << text;
        EXPECT_GE(phrase_end(s, 1, list), 1 + static_cast<std::ptrdiff_t>(phrase.size()) - 1)
            << text;
        EXPECT_FALSE(s.may_start(list, 0)) << text; // "Zebra" starts no phrase
        EXPECT_EQ(phrase_end(s, 0, list), -1) << text;
    }
}

TEST(PhraseLists, FirstWordBitsLetEveryPhraseThrough) {
    expect_every_phrase_found(opinion_markers());
    expect_every_phrase_found(cause_phrases());
    expect_every_phrase_found(motive_phrases());
    expect_every_phrase_found(approximation_markers());
}

TEST(PhraseLists, AListOutsideTheLexiconIsAlwaysTried) {
    const PhraseList local("in the end\n");
    const Sentences sentences = read("Zebra in the end.");
    const SentenceWords& s = *sentences.words.front();
    EXPECT_TRUE(s.may_start(local, 0)); // no bit of its own: never skipped
    EXPECT_EQ(phrase_end(s, 0, local), -1);
    EXPECT_EQ(phrase_end(s, 1, local), 3);
}

template <std::size_t N>
void expect_all_in(const std::array<std::string_view, N>& words, const WordSet& set) {
    for (std::string_view word : words) {
        const Sentences sentences = read("Zebra " + std::string(word) + " zebra.");
        const SentenceWords& s = *sentences.words.front();
        EXPECT_TRUE(s.in(set, 1)) << word;
        EXPECT_FALSE(s.in(set, 0)) << word;
    }
}

TEST(PatternWords, CarryTheirBits) {
    expect_all_in(pattern_words::characterised_as, weasel_cues());
    expect_all_in(pattern_words::participle_adverbs, weasel_cues());
    expect_all_in(pattern_words::renown_words, weasel_cues());
    expect_all_in(pattern_words::received_nouns, weasel_cues());
    expect_all_in(pattern_words::weasel_starts, weasel_cues());
    expect_all_in(pattern_words::group_quantifiers, group_quantifiers());
    expect_all_in(pattern_words::vague_quantities, vague_quantities());
    expect_all_in(pattern_words::hedging_adverbs, hedge_cues());
    expect_all_in(pattern_words::hedging_adjectives, hedge_cues());
    expect_all_in(pattern_words::impression_verbs, hedge_cues());
    expect_all_in(pattern_words::possibility_modals, hedge_cues());
}

TEST(SetUnion, TestsATokenAgainstEverySetAtOnce) {
    const Membership sets = union_of({&hedge_modals(), &months()});
    const Sentences sentences = read("Prices could fall in March, analysts said.");
    const SentenceWords& s = *sentences.words.front();
    ASSERT_EQ(s.folded(1), "could");
    EXPECT_TRUE(s.in_any(sets, 1));  // a hedge modal
    EXPECT_TRUE(s.in_any(sets, 4));  // a month
    EXPECT_FALSE(s.in_any(sets, 0)); // "prices"
    EXPECT_FALSE(s.in_any(sets, -1));
    EXPECT_FALSE(s.in_any(sets, s.size()));
}

TEST(SentenceSets, HoldEveryTokensSets) {
    // The union a rule tests to skip a whole sentence: every set of every token, quoted or not.
    const Sentences sentences =
        read("Prices could fall in March, \u201cthe minister said.\u201d Nothing happened here.");
    ASSERT_EQ(sentences.words.size(), 2U);
    const SentenceWords& first = *sentences.words[0];
    for (std::ptrdiff_t i = 0; i < first.size(); ++i) {
        for (const WordSet* set : {&hedge_modals(), &months(), &saying_verbs(), &clause_words()}) {
            EXPECT_TRUE(!first.in(*set, i) || first.any_in(set->as_membership()));
        }
    }
    EXPECT_TRUE(first.any_in(hedge_modals().as_membership()));
    EXPECT_TRUE(first.any_in(saying_verbs().as_membership())); // "said", quoted
    const SentenceWords& second = *sentences.words[1];
    EXPECT_FALSE(second.any_in(union_of({&hedge_modals(), &months(), &saying_verbs()})));
    EXPECT_FALSE(second.has_digits());
}

TEST(SentenceSets, KnowWhereAPhraseMayStart) {
    const Sentences sentences = read("In my view, it failed. It failed.");
    ASSERT_EQ(sentences.words.size(), 2U);
    EXPECT_TRUE(sentences.words[0]->may_contain(opinion_markers()));
    const SentenceWords& second = *sentences.words[1];
    bool starts = false;
    for (std::ptrdiff_t i = 0; i < second.size(); ++i) {
        starts = starts || second.may_start(opinion_markers(), i);
    }
    EXPECT_EQ(second.may_contain(opinion_markers()), starts);
}

TEST(SentenceSets, PhraseListsOfTheLexiconHaveTheirBits) {
    // The rules test a token against a list's as_membership(): each list needs its own bit.
    for (const PhraseList* list :
         {&opinion_markers(), &cause_phrases(), &motive_phrases(), &approximation_markers()}) {
        EXPECT_NE(list->as_membership().sets, 0U);
    }
}

TEST(SentenceSets, CauseAndMotivePhrasesMarkTheirSecondWords) {
    // The unsupported-cause rule tries a phrase only before the second word of some phrase, or
    // at a phrase of one word: every phrase must carry those bits.
    for (const PhraseList* list : {&cause_phrases(), &motive_phrases()}) {
        for (const std::vector<std::string>& phrase : list->phrases()) {
            ASSERT_FALSE(phrase.empty());
            if (phrase.size() == 1) {
                EXPECT_NE(membership(phrase[0], "").sets & one_word_cause_phrases().sets, 0U)
                    << phrase[0];
            } else {
                EXPECT_NE(membership(phrase[1], "").sets & cause_phrase_seconds().sets, 0U)
                    << phrase[0] << " " << phrase[1];
            }
        }
    }
    EXPECT_EQ(membership("dog", "dog").sets & cause_phrase_seconds().sets, 0U);
}

TEST(SentenceSets, MarkFormsThatNoSetLists) {
    // Shapes some rules start from, kept as bits beside the sets: a leading digit, a demonym's
    // ending, "most" and "least".
    EXPECT_TRUE((membership("2024", "").sets & digit_led().sets) != 0);
    EXPECT_TRUE((membership("1,500", "").sets & digit_led().sets) != 0);
    EXPECT_TRUE((membership("5th", "5th").sets & digit_led().sets) != 0);
    EXPECT_FALSE((membership("fifth", "fifth").sets & digit_led().sets) != 0);
    EXPECT_TRUE((membership("europeans", "european").sets & demonym_shaped().sets) != 0);
    EXPECT_TRUE((membership("icelanders", "iceland").sets & demonym_shaped().sets) != 0);
    EXPECT_FALSE((membership("fans", "fan").sets & demonym_shaped().sets) != 0);
    EXPECT_TRUE((membership("most", "most").sets & most_or_least().sets) != 0);
    EXPECT_TRUE((membership("least", "least").sets & most_or_least().sets) != 0);
    EXPECT_FALSE((membership("less", "less").sets & most_or_least().sets) != 0);

    const Sentences sentences = read("Some 1,500 Europeans came. The least said, the better.");
    ASSERT_EQ(sentences.words.size(), 2U);
    EXPECT_TRUE(sentences.words[0]->has_digits());
    EXPECT_TRUE(sentences.words[0]->any_in(demonym_shaped()));
    EXPECT_FALSE(sentences.words[1]->has_digits());
    EXPECT_TRUE(sentences.words[1]->any_in(most_or_least()));
}

} // namespace
} // namespace parallax::claims::test
