// Typing inside a line of prose skips the block grammar's re-parse: the previous block tree,
// moved by ts_tree_edit, is walked as it is (BlockParsing::EditedTree). Each case here is a small
// draft and one edit: the edits that must take that path, and those that must not because they
// can change a block; every result must equal a fresh build of the edited text. Drafts of flat
// prose are read line by line instead (BlockParsing::FlatProse, flat_prose_test.cpp): a block
// quote in front keeps them on the paths tested here.
#include "document_dump.h"
#include "random_drafts.h"

#include "parallax/document.h"

#include <gtest/gtest.h>

#include <array>
#include <initializer_list>
#include <memory>
#include <random>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace parallax::test {
namespace {

std::shared_ptr<const Document> markdown(std::string text) {
    return Document::build(Text(std::move(text)), DocumentFormat::Markdown);
}

/// `draft`, with a block quote in front when it is flat prose, which reads without a tree.
std::string off_flat_path(std::string draft) {
    if (markdown(draft)->block_parsing() == BlockParsing::FlatProse) {
        draft.insert(0, "> A quote: not flat prose.\n\n");
    }
    return draft;
}

/// One edit of a small draft: at `offset` bytes into the first `anchor`, replace `removed`
/// bytes with `inserted`.
struct EditCase {
    std::string_view name;
    std::string_view draft;
    std::string_view anchor;
    std::size_t offset = 0;
    std::size_t removed = 0;
    std::string_view inserted;
};

/// Builds the edited draft on `before` (with the one edit) and checks it equals a fresh build.
std::shared_ptr<const Document> build_edited(const Document& before, const EditCase& c) {
    const std::string& s = before.text().str();
    const std::size_t anchor = s.find(c.anchor);
    if (anchor == std::string::npos) {
        ADD_FAILURE() << c.name << ": anchor not found";
        return nullptr;
    }
    const auto start = static_cast<std::uint32_t>(anchor + c.offset);
    const auto end = static_cast<std::uint32_t>(anchor + c.offset + c.removed);
    Text text = before.text();
    const Position from = text.position_of(ByteOffset{start}, PositionEncoding::Utf8);
    const Position to = text.position_of(ByteOffset{end}, PositionEncoding::Utf8);
    const auto edit = text.replace({from, to}, c.inserted, PositionEncoding::Utf8);
    if (!edit) {
        ADD_FAILURE() << c.name << ": edit refused";
        return nullptr;
    }
    auto after = Document::build(text, DocumentFormat::Markdown, &before, std::span(&*edit, 1));
    expect_same(dump(*markdown(text.str())), dump(*after), std::string(c.name));
    return after;
}

BlockParsing parsing_after(const EditCase& c) {
    const auto before = markdown(off_flat_path(std::string(c.draft)));
    const auto after = build_edited(*before, c);
    return after ? after->block_parsing() : BlockParsing::Fresh;
}

const std::vector<EditCase>& fast_cases() {
    static const std::vector<EditCase> cases = {
        {"letter mid-word", "Plain paragraph here.\n\nSecond one.\n", "paragraph", 4, 0, "x"},
        {"space between words", "Plain paragraph here.\n\nSecond one.\n", "paragraph", 9, 0, " "},
        {"delete a letter", "Plain paragraph here.\n\nSecond one.\n", "paragraph", 3, 1, ""},
        {"replace a word", "Plain paragraph here.\n\nSecond one.\n", "here", 0, 4, "there, now"},
        {"letter at paragraph end", "Plain paragraph here\n\nSecond one.\n", "here", 4, 0, "s"},
        {"last byte of the draft", "Plain paragraph here", "here", 4, 0, "s"},
        {"list item", "- First item here\n- Second item\n", "Second", 3, 0, "ab"},
        {"ordered list item", "1. First item here\n2. Second item\n", "item here", 2, 0, "e"},
        {"atx heading", "# Title words\n\nBody text.\n", "words", 2, 0, "e"},
        {"setext heading", "Title words\n===========\n\nBody text.\n", "words", 2, 0, "e"},
        {"quoted second line", "> first line\n> second line\n", "second", 2, 0, "x"},
        {"lazy continuation", "> first line\nsecond line\n", "second", 2, 0, "x"},
        {"second line of a paragraph", "One line\nand another\n\nNext.\n", "another", 3, 1, "o"},
        {"paragraph with markup", "One *two* three [link](x) four `code`.\n", "four", 2, 0, "u"},
        {"table cell", "| Country | View |\n| --- | --- |\n| Japan | supportive |\n", "supportive",
         3, 0, "e"},
        {"table header without pipes at the ends",
         "Country | View\n--- | ---\nJapan | supportive\n", "Country", 3, 0, "e"},
        {"paragraph before a setext-looking line", "Some words\n---\n", "words", 2, 0, "x"},
        {"multi-byte text", "Caf\xc3\xa9 society said \xe2\x80\x9cno\xe2\x80\x9d.\n", "society", 2,
         0, "\xc3\xa9"},
        {"punctuation", "He said this, then that\n", "this", 4, 0, ". Then"},
        {"line starting with a quote mark", "First\n\"Quoted\" text\n", "text", 2, 0, "x"},
        {"line starting with a curly quote", "\xe2\x80\x9cWe will\xe2\x80\x9d, she said\n", "will",
         2, 0, "x"},
        {"line starting with a parenthesis", "(See below) for more\n", "below", 2, 0, "x"},
        {"table in a blockquote", "> | a | b |\n> | - | - |\n> | cell | x |\n", "cell", 2, 0, "e"},
        {"list item continuation line", "- item one\n  continued here\n", "continued", 3, 0, "x"},
        {"item in a quote", "> - quoted item text\n", "item", 2, 0, "x"},
        {"one-cell table header", "Header text\n| --- |\nrow\n", "text", 2, 0, "x"},
        {"colon typed", "Note this well\n", "this", 4, 0, ":"},
        {"CRLF line ends", "Plain here\r\n\r\nNext.\r\n", "here", 4, 0, "s"},
        {"no-break space at paragraph end", "Plain here\n", "here", 4, 0, "\xc2\xa0"},
    };
    return cases;
}

const std::vector<EditCase>& slow_cases() {
    static const std::vector<EditCase> cases = {
        {"newline", "Plain paragraph here.\n", "paragraph", 4, 0, "\n"},
        {"join lines", "One line\nand another\n", "line", 4, 1, " "},
        {"line start", "Plain paragraph here.\n", "Plain", 0, 0, "x"},
        {"first letter deleted", "Plain paragraph here.\n", "Plain", 0, 1, ""},
        {"space at paragraph end", "Plain paragraph here\n\nNext.\n", "here", 4, 0, " "},
        {"space left at paragraph end", "Plain paragraph here x\n\nNext.\n", "x", 0, 1, ""},
        {"pipe in a table row", "Country | View\n--- | ---\nJapan | supportive\n", "Japan", 3, 0,
         "|"},
        {"pipe in a paragraph", "Country and View\n--- | ---\n", "and", 1, 0, " | "},
        {"hash in a heading", "# Title words\n", "words", 5, 0, " #"},
        {"heading with a closing sequence", "# Title words #\n", "words", 2, 0, "e"},
        {"escape", "Country a\\b | View\n--- | ---\n", "\\b", 1, 1, "|"},
        {"after a backslash", "Country a\\b | View\n--- | ---\n", "\\b", 1, 1, "c"},
        {"fenced code", "```\ncode here\n```\n", "here", 2, 0, "x"},
        {"indented code", "Para.\n\n    code here\n", "here", 2, 0, "x"},
        {"html block", "<div>\nsome text\n</div>\n", "text", 2, 0, "x"},
        {"front matter", "---\ntitle: words\n---\n\nBody.\n", "words", 2, 0, "x"},
        {"link definition", "[foo]: /url\n\nText [foo].\n", "url", 2, 0, "x"},
        {"paragraph starting with a bracket", "[foo]:\nmore text\n", "more", 2, 0, "x"},
        {"definition made by typing", "[foo]: \n", "foo", 2, 0, "x"},
        {"line starting with a digit", "First line\n2020 was long\n", "was", 2, 0, "x"},
        {"line starting with markup", "*Emphasis* text\n", "text", 2, 0, "x"},
        {"digit then a list marker typed", "First line\n2020 was long\n", "020", 0, 0, ". "},
        {"dash typed", "Plain paragraph here.\n", "paragraph", 4, 0, "-"},
        {"tab typed", "Plain paragraph here.\n", "paragraph", 4, 0, "\t"},
        {"bracket typed", "Plain paragraph here.\n", "paragraph", 4, 0, "["},
        {"removed text with markup", "Plain *para*graph here.\n", "*graph", 0, 1, ""},
        {"indentation", "Plain\n  paragraph here.\n", "paragraph", 0, 0, "x"},
    };
    return cases;
}

TEST(BlockFastPath, PlainEditsInsideALineSkipTheBlockParse) {
    for (const EditCase& c : fast_cases()) {
        EXPECT_EQ(parsing_after(c), BlockParsing::EditedTree) << c.name;
    }
}

TEST(BlockFastPath, EditsThatMayChangeABlockAreParsedAgain) {
    for (const EditCase& c : slow_cases()) {
        EXPECT_EQ(parsing_after(c), BlockParsing::Incremental) << c.name;
    }
}

TEST(BlockFastPath, FreshBuildsSayFresh) {
    EXPECT_EQ(markdown("> Text.\n")->block_parsing(), BlockParsing::Fresh);
    EXPECT_EQ(markdown("Text.\n")->block_parsing(), BlockParsing::FlatProse);
    const auto plain = Document::build(Text("Text.\n"), DocumentFormat::PlainText);
    EXPECT_EQ(plain->block_parsing(), BlockParsing::Fresh);
}

TEST(BlockFastPath, ReleasedParseStateParsesFromScratch) {
    const auto before = markdown(off_flat_path("Plain paragraph here.\n"));
    before->release_parse_state();
    const auto after = build_edited(*before, {"released", "", "paragraph", 4, 0, "x"});
    ASSERT_NE(after, nullptr);
    EXPECT_EQ(after->block_parsing(), BlockParsing::Fresh);
}

/// Builds `draft` with "x" typed at each of `offsets` (in turn, each in the text so far) on
/// the Document of `draft` (off the flat path), and checks it equals a fresh build.
BlockParsing parsing_after_typing(std::string draft, std::initializer_list<std::uint32_t> offsets) {
    const auto size = static_cast<std::uint32_t>(draft.size());
    const auto before = markdown(off_flat_path(std::move(draft)));
    Text text = before->text();
    const std::uint32_t shift = text.end().value - size; // the quote put in front
    std::vector<TextEdit> edits;
    for (const std::uint32_t offset : offsets) {
        const Position at = text.position_of(ByteOffset{offset + shift}, PositionEncoding::Utf8);
        edits.push_back(*text.replace({at, at}, "x", PositionEncoding::Utf8));
    }
    const auto after = Document::build(text, DocumentFormat::Markdown, before.get(), edits);
    expect_same(dump(*markdown(text.str())), dump(*after), "several edits");
    return after->block_parsing();
}

// Several edits since the last build are judged by the one edit they add up to.
TEST(BlockFastPath, SeveralEditsInOneLineAreOneEdit) {
    EXPECT_EQ(parsing_after_typing("Plain paragraph here.\n", {4, 10, 5}),
              BlockParsing::EditedTree);
    EXPECT_EQ(parsing_after_typing("Line one\nline two\n", {4, 7}), BlockParsing::EditedTree);
}

TEST(BlockFastPath, SeveralEditsOnSeveralLinesAreParsedAgain) {
    EXPECT_EQ(parsing_after_typing("One here.\n\nTwo here.\n", {2, 14}), BlockParsing::Incremental);
    EXPECT_EQ(parsing_after_typing("Line one\nline two\n", {2, 12}), BlockParsing::Incremental);
}

// The edited tree is kept: typing on builds on a tree that was never re-parsed, and a later
// structural edit re-parses from it.
TEST(BlockFastPath, EditedTreesChainAndReparseLater) {
    const std::string draft = "# Title\n\n> Quoted words here\n> and more.\n\n- One item\n- Two "
                              "items [x](y)\n\n| A | B |\n| - | - |\n| cell | text |\n";
    std::shared_ptr<const Document> document = markdown(draft);
    const std::vector<EditCase> steps = {
        {"quoted", "", "words", 2, 0, "x"},      {"item", "", "Two", 1, 0, "o"},
        {"more", "", "more", 4, 0, " than"},     {"cell", "", "cell", 4, 0, "s"},
        {"title", "", "Title", 5, 0, " page"},   {"delete", "", "woxrds", 2, 1, ""},
        {"split", "", "One item", 3, 1, "\n\n"}, {"after split", "", "item", 2, 0, "e"},
    };
    std::string paths; // E: edited tree walked, I: re-parsed incrementally
    for (const EditCase& step : steps) {
        document = build_edited(*document, step);
        ASSERT_NE(document, nullptr) << step.name;
        paths += document->block_parsing() == BlockParsing::EditedTree ? "E" : "I";
    }
    EXPECT_EQ(paths, "EEEEEEIE");
}

/// Typing one character or word at a time, anywhere but mostly inside lines, with characters
/// the fast path accepts and some it refuses; every build must equal a fresh one. Returns how
/// many builds walked the edited tree.
int type_randomly(std::uint32_t seed, int iterations) {
    static constexpr std::array<std::string_view, 16> kTyped = {
        "e", "s", " ", "an", "t ", ".", ",", "\"", "'", "(", ")", ":", "1", "\xc3\xa9", "|", "#"};
    std::mt19937 random(seed);
    Text text(random_draft(random));
    std::shared_ptr<const Document> document = Document::build(text, DocumentFormat::Markdown);
    int edited_trees = 0;
    for (int i = 0; i < iterations; ++i) {
        const std::string& s = text.str();
        std::size_t at = random_offset(text, random);
        if (std::uniform_int_distribution<int>(0, 3)(random) > 0) {
            at = letter_before(s, at);
        }
        const auto typed =
            kTyped[std::uniform_int_distribution<std::size_t>(0, kTyped.size() - 1)(random)];
        const bool deletion = std::uniform_int_distribution<int>(0, 4)(random) == 0;
        std::size_t end = at;
        if (deletion && at < s.size()) {
            ++end;
            while (end < s.size() && (static_cast<unsigned char>(s[end]) & 0xC0U) == 0x80U) {
                ++end;
            }
        }
        const auto position = [&](std::size_t offset) {
            return text.position_of(ByteOffset{static_cast<std::uint32_t>(offset)},
                                    PositionEncoding::Utf8);
        };
        const auto edit = text.replace({position(at), position(end)}, deletion ? "" : typed,
                                       PositionEncoding::Utf8);
        if (!edit) {
            ADD_FAILURE() << "edit refused";
            return edited_trees;
        }
        auto next =
            Document::build(text, DocumentFormat::Markdown, document.get(), std::span(&*edit, 1));
        const std::string context = "seed " + std::to_string(seed) + ", iteration " +
                                    std::to_string(i) + (deletion ? ", delete at " : ", type '") +
                                    (deletion ? "" : std::string(typed) + "' at ") +
                                    std::to_string(at);
        expect_same(dump(*markdown(text.str())), dump(*next), context);
        if (::testing::Test::HasFailure()) {
            return edited_trees;
        }
        edited_trees += next->block_parsing() == BlockParsing::EditedTree ? 1 : 0;
        document = std::move(next);
    }
    return edited_trees;
}

TEST(BlockFastPath, RandomTypingEqualsFreshBuilds) {
    int edited_trees = 0;
    for (const std::uint32_t seed : {11U, 12U, 13U}) {
        edited_trees += type_randomly(seed, 150);
    }
    // Most keystrokes land inside a line of prose: the fast path must be the common one.
    EXPECT_GT(edited_trees, 150);
}

} // namespace
} // namespace parallax::test
