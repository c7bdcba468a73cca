// Token::word: equal case-folded forms have equal ids; the common words have their index in
// common_words() in every Document, the others are numbered after them in order of first
// appearance; and a build that reuses blocks of a previous Document numbers them as a fresh
// build does.

#include "parallax/common_words.h"
#include "parallax/document.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace parallax {
namespace {

std::uint32_t common_id(std::string_view folded) {
    const auto words = common_words();
    const auto it = std::find_if(words.begin(), words.end(),
                                 [&](const CommonWord& word) { return word.folded == folded; });
    EXPECT_NE(it, words.end()) << folded << " is not a common word";
    return static_cast<std::uint32_t>(it - words.begin());
}

std::vector<std::uint32_t> ids(const Document& document) {
    std::vector<std::uint32_t> out;
    for (const Token& token : document.tokens()) {
        out.push_back(token.word.value);
    }
    return out;
}

// A server keeps every token of every open draft: the id takes what was padding after the kind.
static_assert(sizeof(Token) ==
              sizeof(ByteRange) + sizeof(TokenKind) + sizeof(WordId) + 2 * sizeof(std::string));

TEST(WordIds, EqualFormsShareAnIdAndOtherFormsDoNot) {
    const auto document = Document::build(
        Text("# The Zylophane question\n\nThe government said the GOVERNMENT's zylophane "
             "policy, and Zylophane's, were \"the government's\" 3 times: 3, 3.5 and MÜNCHEN "
             "münchen.\n"),
        DocumentFormat::Markdown);
    const auto tokens = document->tokens();
    ASSERT_GT(tokens.size(), 25U);
    for (const Token& a : tokens) {
        EXPECT_LT(a.word.value, document->word_count()) << a.folded;
        if (a.word.value < common_words().size()) {
            const CommonWord& common = common_words()[a.word.value];
            EXPECT_EQ(common.folded, a.folded);
            if (a.kind == TokenKind::Word) {
                EXPECT_EQ(common.stem, a.stem) << a.folded;
            }
        }
        for (const Token& b : tokens) {
            EXPECT_EQ(a.folded == b.folded, a.word == b.word) << a.folded << " " << b.folded;
        }
    }
}

TEST(WordIds, CommonWordsHaveTheirIndexInTheTableAndItsStem) {
    ASSERT_GT(common_words().size(), 5000U);
    const auto document =
        Document::build(Text("Governments said nothing of it."), DocumentFormat::PlainText);
    const auto tokens = document->tokens();
    ASSERT_EQ(tokens.size(), 6U);
    for (const Token& token : tokens) {
        const std::uint32_t id = common_id(token.folded);
        EXPECT_EQ(token.word.value, id);
        if (token.kind == TokenKind::Word) {
            EXPECT_EQ(common_words()[id].stem, token.stem);
        }
    }
    EXPECT_EQ(common_words()[tokens[3].word.value].stem, "of"); // a short form: its own stem
    EXPECT_EQ(document->word_count(), common_words().size());
}

TEST(WordIds, ShortFormsAreCommonWords) {
    for (const std::string_view form : {",", ".", "%", "a", "of", "10", "a1", "~", "!"}) {
        EXPECT_EQ(common_words()[common_id(form)].stem, form);
    }
    const auto words = common_words();
    for (const std::string_view form : {"é", "ab'", "-a", " ", "a "}) {
        EXPECT_EQ(std::count_if(words.begin(), words.end(),
                                [&](const CommonWord& word) { return word.folded == form; }),
                  0)
            << form;
    }
}

TEST(WordIds, OtherWordsAreNumberedInOrderOfFirstAppearance) {
    const auto document =
        Document::build(Text("Zyx, qwv zyx. Of qwv's QWV \u2014 é."), DocumentFormat::PlainText);
    const auto base = static_cast<std::uint32_t>(common_words().size());
    // zyx , qwv zyx . of qwv's qwv — é .
    const std::vector<std::uint32_t> expected = {
        base,     common_id(","), base + 1, base,     common_id("."), common_id("of"),
        base + 2, base + 1,       base + 3, base + 4, common_id(".")};
    EXPECT_EQ(ids(*document), expected);
    EXPECT_EQ(document->word_count(), base + 5);
    EXPECT_EQ(document->tokens()[6].stem, "qwv");
    EXPECT_EQ(document->tokens()[9].stem, "é");
}

TEST(WordIds, ReusedBlocksAreNumberedAsInAFreshBuild) {
    // The second draft drops the first paragraph and changes the third: the second paragraph
    // is reused with ids the first draft gave in another order.
    const std::string first = "Qwv and zyx xylo.\n\nZyx votes, xylo plinth Qwv.\n\nEnd zyx.\n";
    const std::string second = "Zyx votes, xylo plinth Qwv.\n\nEnd qwv, blorf; zyx.\n";
    const auto before = Document::build(Text(first), DocumentFormat::PlainText);
    const auto after = Document::build(Text(second), DocumentFormat::PlainText, before.get());
    const auto fresh = Document::build(Text(second), DocumentFormat::PlainText);
    ASSERT_EQ(after->reused_blocks(), 1U);
    EXPECT_EQ(ids(*after), ids(*fresh));
    EXPECT_EQ(after->word_count(), fresh->word_count());
    ASSERT_EQ(after->tokens().size(), fresh->tokens().size());
    for (std::size_t i = 0; i < after->tokens().size(); ++i) {
        EXPECT_EQ(after->tokens()[i].stem, fresh->tokens()[i].stem);
    }
    // And again on top of that, reusing both paragraphs.
    const auto again =
        Document::build(Text("Intro.\n\n" + second), DocumentFormat::PlainText, after.get());
    const auto again_fresh =
        Document::build(Text("Intro.\n\n" + second), DocumentFormat::PlainText);
    ASSERT_EQ(again->reused_blocks(), 2U);
    EXPECT_EQ(ids(*again), ids(*again_fresh));
}

} // namespace
} // namespace parallax
