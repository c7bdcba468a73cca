// Token::folded and Token::stem as the Document build fills them (with its shortcuts, its table
// of common words and its per-build table of the others, word_ids.h) agree with case folding and
// the Snowball stemmer applied word by word.

#include "common_stems.h"
#include "parallax/document.h"
#include "parallax/lexicon.h"

#include <gtest/gtest.h>

#include <string>
#include <unicode/unistr.h>

namespace parallax {
namespace {

std::string fold(std::string_view text) {
    std::string out;
    icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<std::int32_t>(text.size())))
        .foldCase()
        .toUTF8String(out);
    return out;
}

TEST(TokenStems, WordsOfFewerThanThreeLettersAreTheirOwnStems) {
    // The tokenizer does not ask Snowball for these.
    Stemmer stemmer;
    for (char a = 'a'; a <= 'z'; ++a) {
        EXPECT_EQ(stemmer.stem(std::string(1, a)), std::string(1, a));
        for (char b = 'a'; b <= 'z'; ++b) {
            const std::string word{a, b};
            EXPECT_EQ(stemmer.stem(word), word);
        }
    }
    for (const char* word : {"\xC3\xA9", "\xC3\xBC\x73", "\xCE\xB1\xCE\xB2", "'s", "s'"}) {
        EXPECT_EQ(stemmer.stem(word), word);
    }
}

TEST(TokenStems, EveryTokenIsFoldedAndStemmedAsWordByWord) {
    const std::string text =
        "# Tensions Rose Sharply\n\n"
        "NATO's allies are increasingly WORRIED about escalation; it is an "
        "internationalisation of the conflict. Officials said tensions rose, as they rise "
        "again and again. \xC3\x89lys\xC3\xA9\x65 officials met Stra\xC3\x9F\x65 residents in "
        "Z\xC3\xBCrich on 3 May 2024 (about 12.5%).\n\n"
        "- Is it so? Yes: a to-do list of counterrevolutionaries, "
        "antidisestablishmentarianism and hopefulness.\n\n"
        // ASCII words of 31, 32 and 33 letters and a longer one: folded inline up to 32, by
        // ICU beyond.
        "AbcdefghijklmnopqrstuvwxyzABCDE AbcdefghijklmnopqrstuvwxyzABCDEF "
        "AbcdefghijklmnopqrstuvwxyzABCDEFG PNEUMONOultramicroscopicSilicovolcanoconiosis.\n";
    for (const auto format : {DocumentFormat::Markdown, DocumentFormat::PlainText}) {
        const auto document = Document::build(Text(text), format);
        Stemmer stemmer;
        std::size_t words = 0;
        for (const Token& token : document->tokens()) {
            const std::string_view slice = document->slice(token.range);
            EXPECT_EQ(token.folded, fold(slice)) << slice;
            if (token.kind == TokenKind::Word) {
                EXPECT_EQ(token.stem, stemmer.stem(token.folded)) << slice;
                ++words;
            } else {
                EXPECT_TRUE(token.stem.empty()) << slice;
            }
        }
        EXPECT_GE(words, 50U);
    }
}

TEST(CommonStems, EveryEntryIsTheSnowballStemOfItsWord) {
    const auto& table = detail::CommonStems::instance();
    ASSERT_GE(table.entries().size(), 5000U);
    Stemmer stemmer;
    for (const auto& entry : table.entries()) {
        EXPECT_GE(entry.folded.size(), 3U) << entry.folded; // shorter words are never looked up
        EXPECT_EQ(entry.stem, stemmer.stem(entry.folded)) << entry.folded;
        EXPECT_EQ(table.find(entry.folded), entry.stem) << entry.folded;
    }
}

TEST(CommonStems, ReadsWordsStemsAndCommentsAndMissesOtherWords) {
    const detail::CommonStems table("# a comment\nwalked\twalk\nnation\n\r\n  \nwalked\tother\n");
    ASSERT_EQ(table.entries().size(), 2U);   // "walked" once
    EXPECT_EQ(table.find("walked"), "walk"); // the first line of a word wins
    EXPECT_EQ(table.find("nation"), "nation");
    EXPECT_EQ(table.find("walk"), std::nullopt);
    EXPECT_EQ(table.find("nations"), std::nullopt);
    EXPECT_EQ(table.find(""), std::nullopt);
    EXPECT_EQ(detail::CommonStems("").find("walked"), std::nullopt);
    const detail::CommonStems long_words("internationalisation\tinternation\nwalked\twalk\n");
    EXPECT_EQ(long_words.find("internationalisation"), "internation");
    EXPECT_EQ(long_words.find("walked"), "walk");
}

} // namespace
} // namespace parallax
