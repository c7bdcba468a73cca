// Prose without inline markup (no "`", "<" or "[") skips the inline grammar. These tests check
// that such prose reads as it did when every paragraph was parsed, alone and next to markup,
// in fresh and in incremental builds.

#include "parallax/document.h"

#include <gtest/gtest.h>

#include <array>
#include <span>
#include <string>
#include <vector>

namespace parallax {
namespace {

using Strings = std::vector<std::string>;

std::shared_ptr<const Document> markdown(std::string text) {
    return Document::build(Text(std::move(text)), DocumentFormat::Markdown);
}

Strings texts_of(const Document& doc, std::span<const ByteRange> ranges) {
    Strings out;
    for (const ByteRange r : ranges) {
        out.emplace_back(doc.slice(r));
    }
    return out;
}

Strings block_texts(const Document& doc) {
    std::vector<ByteRange> ranges;
    for (const Block& b : doc.blocks()) {
        ranges.push_back(b.range);
    }
    return texts_of(doc, ranges);
}

Strings sentence_texts(const Document& doc) {
    std::vector<ByteRange> ranges;
    for (const Sentence& s : doc.sentences()) {
        ranges.push_back(s.range);
    }
    return texts_of(doc, ranges);
}

Strings token_texts(const Document& doc) {
    std::vector<ByteRange> ranges;
    for (const Token& t : doc.tokens()) {
        ranges.push_back(t.range);
    }
    return texts_of(doc, ranges);
}

Strings citation_targets(const Document& doc) {
    Strings out;
    for (const Citation& c : doc.citations()) {
        out.push_back(c.target);
    }
    return out;
}

// A draft where plain paragraphs, headings, list items, quotes and table cells sit between
// paragraphs with links, code, HTML and footnotes.
constexpr const char* kMixed = "# Plain *title* here\n"
                               "\n"
                               "Officials said talks would resume. Nobody else spoke.\n"
                               "\n"
                               "See [the report](https://example.org/r.pdf) and `code.` here.\n"
                               "\n"
                               "- A plain item with &amp; an entity.\n"
                               "- An item with <b>bold</b> HTML.\n"
                               "\n"
                               "> A quoted plain line\n"
                               "> that goes on.\n"
                               "\n"
                               "| plain cell | cell [2] |\n"
                               "|---|---|\n"
                               "| more \\* text | <https://a.example/b> |\n"
                               "\n"
                               "Ministers met.[^1] Prices rose **sharply** (IISS, 2024).\n"
                               "\n"
                               "[^1]: A note.\n";

TEST(MarkdownFastPath, MixedDraftReadsAsBefore) {
    const auto doc = markdown(kMixed);
    EXPECT_EQ(
        block_texts(*doc),
        (Strings{"Plain *title* here", "Officials said talks would resume. Nobody else spoke.",
                 "See [the report](https://example.org/r.pdf) and "
                 "`code.` here.",
                 "A plain item with &amp; an entity.", "An item with <b>bold</b> HTML.",
                 "A quoted plain line\n> that goes on.", "plain cell", "cell [2]", "more \\* text",
                 "<https://a.example/b>",
                 "Ministers met.[^1] Prices rose **sharply** (IISS, 2024).", "[^1]: A note."}));
    ASSERT_EQ(doc->blocks().size(), 12U);
    EXPECT_EQ(doc->blocks()[0].kind, BlockKind::Heading);
    EXPECT_EQ(doc->blocks()[3].kind, BlockKind::ListItem);
    EXPECT_TRUE(doc->blocks()[5].quoted);
    EXPECT_EQ(doc->blocks()[6].kind, BlockKind::TableCell);
    EXPECT_EQ(
        sentence_texts(*doc),
        (Strings{"Plain *title* here", "Officials said talks would resume.", "Nobody else spoke.",
                 "See [the report](https://example.org/r.pdf) and `code.` here.",
                 "A plain item with &amp; an entity.", "An item with <b>bold</b> HTML.",
                 "A quoted plain line\n> that goes on.", "plain cell", "cell", "more \\* text",
                 "<https://a.example/b>", "Ministers met.", "Prices rose **sharply** (IISS, 2024).",
                 "A note."}));
    EXPECT_EQ(citation_targets(*doc),
              (Strings{"https://example.org/r.pdf", "", "https://a.example/b", "1", ""}));
    EXPECT_EQ(texts_of(*doc, doc->excluded()), (Strings{"https://example.org/r.pdf", "`code.`",
                                                        "<b>", "</b>", "<https://a.example/b>"}));
    EXPECT_TRUE(doc->unparsed().empty());
}

TEST(MarkdownFastPath, InertMarkupReadsTheSameParsedOrNot) {
    // Emphasis, entities, escapes, dollar signs, strikethrough and hard line breaks produce
    // nothing the Document keeps. A stray "[" in front, read without the inert-bracket
    // shortcut, makes the inline grammar parse the same paragraph: every token after it must be
    // the same as without.
    const std::array<std::string, 6> paragraphs = {
        "Prices rose *sharply* and _fell_ again.",
        "Tariffs &amp; quotas &#169; rose \\* twice.",
        "It cost $5 and then $x$ more.",
        "A ~~struck~~ word and **strong** one.",
        "Two spaces end this line  \nand a backslash this one\\\nthen more.",
        "Under_scores in snake_case and 2*3*4 stay words."};
    for (const std::string& paragraph : paragraphs) {
        const auto plain = markdown(paragraph + "\n");
        const auto parsed =
            Document::build_markdown(Text("[ " + paragraph + "\n"), {.inert_brackets = false});
        Strings expected = token_texts(*plain);
        expected.insert(expected.begin(), "[");
        EXPECT_EQ(token_texts(*parsed), expected) << paragraph;
        EXPECT_EQ(sentence_texts(*plain).size(), sentence_texts(*parsed).size()) << paragraph;
        EXPECT_TRUE(plain->citations().empty() && parsed->citations().empty()) << paragraph;
        EXPECT_TRUE(plain->excluded().empty() && parsed->excluded().empty()) << paragraph;
        EXPECT_TRUE(plain->unparsed().empty() && parsed->unparsed().empty()) << paragraph;
    }
}

TEST(MarkdownFastPath, MarkupTypedIntoPlainProseIsFoundIncrementally) {
    Text text("# T\n\nFirst plain paragraph. Second sentence.\n\nAnother plain one.\n");
    auto doc = Document::build(text, DocumentFormat::Markdown);
    EXPECT_TRUE(doc->citations().empty());
    // Insert a link into the first paragraph, then code into the second, then remove the link.
    const std::array<std::pair<Position, std::string>, 2> inserts = {
        std::pair{Position{LineNumber{2}, 5}, std::string(" [plain](https://x.example)")},
        std::pair{Position{LineNumber{4}, 7}, std::string(" `plain`")}};
    for (const auto& [at, snippet] : inserts) {
        const auto edit = text.replace({at, at}, snippet, PositionEncoding::Utf16);
        ASSERT_TRUE(edit);
        const std::array<TextEdit, 1> edits{*edit};
        auto next = Document::build(text, DocumentFormat::Markdown, doc.get(), edits);
        const auto fresh = Document::build(text, DocumentFormat::Markdown);
        EXPECT_EQ(sentence_texts(*next), sentence_texts(*fresh)) << text.str();
        EXPECT_EQ(token_texts(*next), token_texts(*fresh)) << text.str();
        EXPECT_EQ(citation_targets(*next), citation_targets(*fresh)) << text.str();
        EXPECT_EQ(texts_of(*next, next->excluded()), texts_of(*fresh, fresh->excluded()));
        doc = std::move(next);
    }
    EXPECT_EQ(citation_targets(*doc), (Strings{"https://x.example"}));
    EXPECT_EQ(texts_of(*doc, doc->excluded()), (Strings{"https://x.example", "`plain`"}));

    const auto removal =
        text.replace({{LineNumber{2}, 5}, {LineNumber{2}, 32}}, "", PositionEncoding::Utf16);
    ASSERT_TRUE(removal);
    const std::array<TextEdit, 1> edits{*removal};
    const auto next = Document::build(text, DocumentFormat::Markdown, doc.get(), edits);
    EXPECT_EQ(text.str(),
              "# T\n\nFirst plain paragraph. Second sentence.\n\nAnother `plain` plain one.\n");
    EXPECT_TRUE(next->citations().empty());
    EXPECT_EQ(texts_of(*next, next->excluded()), (Strings{"`plain`"}));
    EXPECT_EQ(sentence_texts(*next), (Strings{"T", "First plain paragraph.", "Second sentence.",
                                              "Another `plain` plain one."}));
}

} // namespace
} // namespace parallax
