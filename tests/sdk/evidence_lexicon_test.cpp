// The attribution finder's word lists and phrase lists (private to the SDK): what they match,
// and that the quick checks in front of their lookups turn away no entry; the word classes that
// stand for the lookups, and the quotations the finder reads.

#include "attribution_lexicon.h"
#include "attribution_quotes.h"
#include "attribution_tokens.h"

#include "parallax/common_words.h"
#include "parallax/document.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace parallax::detail::evidence {
namespace {

std::shared_ptr<const Document> plain(const std::string& text) {
    return Document::build(Text(text), DocumentFormat::PlainText);
}

/// Index of the first token whose text is `word`.
std::size_t token_index(const Document& document, std::string_view word) {
    const auto tokens = document.tokens();
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (document.slice(tokens[i].range) == word) {
            return i;
        }
    }
    ADD_FAILURE() << "no token " << word;
    return tokens.size();
}

TEST(EvidenceLexicon, HashedWordSetsAreSearchedByView) {
    HashedWordSet words{"said", "told", "according"};
    EXPECT_TRUE(words.contains(std::string_view("said")));
    EXPECT_TRUE(words.contains(std::string("told")));
    EXPECT_FALSE(words.contains(std::string_view("sai")));
    EXPECT_FALSE(words.contains(std::string_view("")));
    for (int i = 0; i < 1000; ++i) {
        words.insert("word" + std::to_string(i)); // grows, moving every word
    }
    EXPECT_TRUE(words.contains(std::string_view("according")));
    EXPECT_TRUE(words.contains(std::string_view("word999")));
    EXPECT_FALSE(words.contains(std::string_view("word1000")));
}

TEST(EvidenceLexicon, WordListsMatchInflectionsOfWords) {
    const WordList list(WordList::Match::Inflected, "# comment\nargue\n=insist\n");
    const auto document = plain("She argues, argued and insisted; the argument insist.");
    const auto tokens = document->tokens();
    EXPECT_TRUE(list.contains(tokens[token_index(*document, "argues")]));
    EXPECT_TRUE(list.contains(tokens[token_index(*document, "argued")]));
    EXPECT_FALSE(list.contains(tokens[token_index(*document, "insisted")]));
    EXPECT_TRUE(list.contains(tokens[token_index(*document, "insist")]));
    EXPECT_FALSE(list.contains(tokens[token_index(*document, "argument")]));
    EXPECT_FALSE(list.contains(tokens[token_index(*document, ",")]));
    EXPECT_TRUE(list.contains_folded("arguing"));
    EXPECT_TRUE(list.words().contains(std::string_view("argue")));
}

TEST(EvidenceLexicon, PhraseListsFindTheLongestPhraseAndOnlyPhrases) {
    const PhraseList phrases("according to\nas reported by\nas\nin the words of\n");
    const auto document =
        plain("As reported by Reuters, an aide spoke according to plan in the words of it as is.");
    const auto tokens = document->tokens();
    EXPECT_EQ(phrases.match(tokens, token_index(*document, "As")), 3U);
    EXPECT_EQ(phrases.match(tokens, token_index(*document, "according")), 2U);
    EXPECT_EQ(phrases.match(tokens, token_index(*document, "in")), 4U);
    EXPECT_EQ(phrases.match(tokens, token_index(*document, "as")), 1U);
    // The first byte and length of a first word, yet no phrase: "an", "is", "aide".
    EXPECT_EQ(phrases.match(tokens, token_index(*document, "an")), 0U);
    EXPECT_EQ(phrases.match(tokens, token_index(*document, "is")), 0U);
    EXPECT_EQ(phrases.match(tokens, token_index(*document, "spoke")), 0U);
    EXPECT_EQ(phrases.match(tokens, tokens.size()), 0U);
    // A phrase cut short by the end of the tokens.
    const auto cut = plain("It was according");
    EXPECT_EQ(phrases.match(cut->tokens(), token_index(*cut, "according")), 0U);
}

TEST(EvidenceLexicon, LongFirstWordsShareTheLastLengthBit) {
    const std::string long_word(70, 'x');
    const PhraseList phrases(long_word + " said\n");
    const auto document = plain(long_word + " said " + std::string(64, 'x') + " said");
    const auto tokens = document->tokens();
    ASSERT_EQ(tokens.size(), 4U);
    EXPECT_EQ(phrases.match(tokens, 0), 2U);
    EXPECT_EQ(phrases.match(tokens, 2), 0U);
}

std::vector<const WordList*> word_lists(const Lexicon& lex) {
    return {&lex.reporting_verbs,
            &lex.finding_verbs,
            &lex.evidence_nouns,
            &lex.control_verbs,
            &lex.vague_agents,
            &lex.vague_quantifiers,
            &lex.anchorless_modifiers,
            &lex.pronouns,
            &lex.determiners,
            &lex.verb_fillers,
            &lex.be_forms,
            &lex.clause_words,
            &lex.noun_phrase_links,
            &lex.titles,
            &lex.time_words,
            &lex.time_openers,
            &lex.participle_openers,
            &lex.shares,
            &lex.named_only_verbs,
            &lex.authoring_verbs,
            &lex.work_nouns,
            &lex.trailing_verbs};
}

std::vector<const PhraseList*> phrase_lists(const Lexicon& lex) {
    return {&lex.attribution_phrases, &lex.statement_phrases, &lex.phrasal_cues, &lex.false_cues};
}

/// Index of the n-th token (from 0) whose text is `text`.
std::size_t nth_token(const Document& document, std::string_view text, int n) {
    const auto tokens = document.tokens();
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (document.slice(tokens[i].range) == text && n-- == 0) {
            return i;
        }
    }
    ADD_FAILURE() << "no token " << text;
    return tokens.size();
}

TEST(EvidenceLexicon, EveryListHasABitOfItsOwn) {
    const Lexicon& lex = lexicon();
    WordClasses seen = word_class::kCueWord | word_class::kReportingBase |
                       word_class::kBarePronoun | word_class::kColon | word_class::kQuoteMark;
    for (const WordList* list : word_lists(lex)) {
        EXPECT_NE(list->bit(), 0U);
        EXPECT_EQ(seen & list->bit(), 0U);
        seen |= list->bit();
    }
    for (const PhraseList* list : phrase_lists(lex)) {
        EXPECT_NE(list->bit(), 0U);
        EXPECT_EQ(seen & list->bit(), 0U);
        seen |= list->bit();
    }
}

TEST(EvidenceLexicon, ClassesSayWhatTheListsSay) {
    const Lexicon& lex = lexicon();
    std::vector<std::string> forms{"said",         "says", "say",    "according", "he",      "he's",
                                   "they\u2019ve", ":",    "\u201C", "\u201D",    "''",      "'",
                                   "``",           "\"",   "the",    "xyzzy",     "studies", ""};
    for (const WordList* list : word_lists(lex)) {
        forms.insert(forms.end(), list->words().begin(), list->words().end());
    }
    std::vector<HashedWordSet> first_words(phrase_lists(lex).size());
    for (std::size_t k = 0; k < first_words.size(); ++k) {
        phrase_lists(lex)[k]->add_first_words(first_words[k]);
        forms.insert(forms.end(), first_words[k].begin(), first_words[k].end());
    }
    for (const std::string& form : forms) {
        const WordClasses classes = lex.classes_of(form);
        for (const WordList* list : word_lists(lex)) {
            EXPECT_EQ((classes & list->bit()) != 0, list->contains_folded(form)) << form;
        }
        for (std::size_t k = 0; k < first_words.size(); ++k) {
            EXPECT_EQ((classes & phrase_lists(lex)[k]->bit()) != 0,
                      first_words[k].contains(std::string_view(form)))
                << form;
        }
        EXPECT_EQ((classes & word_class::kCueWord) != 0,
                  lex.cue_words.contains(std::string_view(form)))
            << form;
        EXPECT_EQ((classes & word_class::kReportingBase) != 0,
                  lex.reporting_verbs.bases().contains(std::string_view(form)))
            << form;
        EXPECT_EQ((classes & word_class::kBarePronoun) != 0,
                  lex.pronouns.contains_folded(bare_form(form)))
            << form;
        EXPECT_EQ((classes & word_class::kColon) != 0, form == ":") << form;
    }
    EXPECT_EQ(bare_form("they\u2019ve"), "they");
    EXPECT_EQ(bare_form("he's"), "he");
    EXPECT_NE(lex.classes_of("\u201C") & word_class::kQuoteMark, 0U);
    EXPECT_NE(lex.classes_of("'") & word_class::kQuoteMark, 0U);
    EXPECT_EQ(lex.classes_of(",") & word_class::kQuoteMark, 0U);
}

TEST(EvidenceLexicon, CommonWordsHaveTheirClassesByWordId) {
    const Lexicon& lex = lexicon();
    const auto common = common_words();
    ASSERT_EQ(lex.common_classes.size(), common.size());
    for (std::size_t id = 0; id < common.size(); ++id) {
        EXPECT_EQ(lex.common_classes[id], lex.classes_of(common[id].folded)) << common[id].folded;
    }
}

TEST(EvidenceLexicon, TokenViewsAnswerAsTheListsDo) {
    // Common words, words of the draft's own, contractions, quotation marks and a phrase.
    const auto document = plain(
        "He's said, according to Reuters: \u201CThe ministry\u2019s officials argued that "
        "they\u2019ve found nothing.\u201D Critics, in the words of one analyst, say otherwise; "
        "Xylophonists reportedly claimed ``nothing'' and pointed out 52 percent.");
    const TokenView view(*document);
    const Lexicon& lex = view.lex();
    const auto tokens = document->tokens();
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        for (const WordList* list : word_lists(lex)) {
            EXPECT_EQ(view.in(i, *list), list->contains(tokens[i])) << tokens[i].folded;
        }
        for (const PhraseList* list : phrase_lists(lex)) {
            EXPECT_EQ(view.phrase_at(i, *list), list->match(tokens, i)) << tokens[i].folded;
        }
        EXPECT_EQ(view.pronoun(i), view.word(i) && lex.pronouns.contains_folded(view.bare(i)))
            << tokens[i].folded;
    }
    EXPECT_EQ(view.phrase_at(tokens.size(), lex.attribution_phrases), 0U);
}

TEST(EvidenceQuotations, AQuotationOpenedAnewClosesWithTheLastOpening) {
    const auto document = plain("Smith said \u201Cwe agree and \u201Cwill go\u201D now.");
    const TokenView view(*document);
    const Quotations quotes(view);
    const std::size_t first = nth_token(*document, "\u201C", 0);
    const std::size_t again = nth_token(*document, "\u201C", 1);
    const std::size_t close = nth_token(*document, "\u201D", 0);
    for (std::size_t i = 0; i < document->tokens().size(); ++i) {
        const bool inside = i > first && i < close && i != again;
        EXPECT_EQ(quotes.inside(i), inside) << i;
    }
    EXPECT_FALSE(quotes.opened_at(first).has_value());
    ASSERT_TRUE(quotes.opened_at(again).has_value());
    EXPECT_EQ(quotes.opened_at(again)->close, close);
    ASSERT_TRUE(quotes.closed_at(close).has_value());
    EXPECT_EQ(quotes.closed_at(close)->open, again);
    EXPECT_FALSE(quotes.closed_at(first).has_value());
    EXPECT_FALSE(quotes.opened_at(close).has_value());
}

TEST(EvidenceQuotations, TwoApostrophesAreOneMarkAndAnOpenQuotationEndsWithItsBlock) {
    const auto document = plain("He said ''it is over'' today.\n\n\u201CIt goes on and on");
    const TokenView view(*document);
    const Quotations quotes(view);
    const std::size_t open = nth_token(*document, "'", 0);
    const std::size_t close = nth_token(*document, "'", 2);
    ASSERT_TRUE(quotes.opened_at(open).has_value());
    EXPECT_EQ(quotes.opened_at(open)->close, close);
    EXPECT_FALSE(quotes.inside(open + 1)); // the second apostrophe of the opening mark
    EXPECT_TRUE(quotes.inside(nth_token(*document, "it", 0)));
    EXPECT_TRUE(quotes.inside(nth_token(*document, "over", 0)));
    EXPECT_FALSE(quotes.inside(close));
    EXPECT_FALSE(quotes.inside(close + 1));
    EXPECT_FALSE(quotes.inside(nth_token(*document, "today", 0)));
    // Left open, the second paragraph's quotation runs to its last token.
    const std::size_t runs_on = nth_token(*document, "\u201C", 0);
    const std::size_t last = document->tokens().size() - 1;
    ASSERT_TRUE(quotes.opened_at(runs_on).has_value());
    EXPECT_EQ(quotes.opened_at(runs_on)->close, last);
    for (std::size_t i = runs_on + 1; i <= last; ++i) {
        EXPECT_TRUE(quotes.inside(i)) << i;
    }
}

} // namespace
} // namespace parallax::detail::evidence
