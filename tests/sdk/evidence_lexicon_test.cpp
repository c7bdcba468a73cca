// The attribution finder's word lists and phrase lists (private to the SDK): what they match,
// and that the quick checks in front of their lookups turn away no entry.

#include "attribution_lexicon.h"

#include "parallax/document.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

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

} // namespace
} // namespace parallax::detail::evidence
