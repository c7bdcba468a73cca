// Flat prose (paragraphs, ATX headings and list items of prose lines, no nesting) is read line
// by line instead of by the block grammar (BlockParsing::FlatProse). The reader must answer
// exactly what the grammar answers, or leave the draft to it. A differential test builds random
// drafts made of lines of many shapes, prose and tricky (every block construct's opening, HTML,
// tables, definitions, indentation, odd whitespace and line ends), both ways, and compares
// every part of the two Documents; direct cases pin down which drafts count as flat.

#include "document_lines.h"

#include "parallax/document.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <iterator>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace parallax {
namespace {

std::string shown(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else if (static_cast<unsigned char>(c) < 0x20) {
            out += "\\x" + std::to_string(static_cast<int>(c));
        } else {
            out += c;
        }
    }
    return out;
}

/// Builds `draft` both ways and checks the Documents are the same; returns the default build's
/// BlockParsing.
BlockParsing expect_same_both_ways(const std::string& draft) {
    const auto read = Document::build(Text(draft), DocumentFormat::Markdown);
    const auto parsed = Document::build_markdown(Text(draft), {.flat_prose = false});
    EXPECT_NE(parsed->block_parsing(), BlockParsing::FlatProse);
    EXPECT_EQ(test::dump(*read), test::dump(*parsed)) << "draft: \"" << shown(draft) << "\"";
    return read->block_parsing();
}

bool flat(const std::string& draft) {
    return expect_same_both_ways(draft) == BlockParsing::FlatProse;
}

// Lines of prose: what flat drafts are made of, with inline markup of every kind in them.
constexpr std::string_view kProse[] = {
    "Officials said talks would resume.",
    "The minister added: \"Nobody should mistake restraint for weakness.\"",
    "See [the report](https://example.org/r.pdf) and `code` here.",
    "A [shortcut] link, a [full][ref] one and a footnote.[^1]",
    "Prices rose *sharply* and _fell_ (IISS, 2024) [3].",
    "An <b>inline</b> tag and <https://a.example/b> autolink.",
    "“We will not be drawn into a bloc,” said Retno Marsudi.",
    "\"Quoted\" start",
    "'Single' start",
    "(Parenthetical) start",
    "2024 was a year",
    "1990s politics",
    "2.5 percent of it",
    "3)x no space",
    "12345678901. too many digits",
    "$5 billion",
    "%s and & and @handle",
    "...and so on",
    "!important",
    "?why",
    ";semi",
    "/slash",
    "{brace}",
    "^caret",
    "é accented start",
    "\xc2\xa0no-break space start",
    "\xe3\x80\x80ideographic space start",
    "<tweet id=\"1\">BREAKING: text</tweet>.",
    "<tweet tweet-id=\"669350861383049216\"><tweet/>.",
    "<b>bold</b> start",
    "<my-tag a=1>x",
    "<x y",
    "trailing spaces  ",
    "trailing tab\t",
    "hard break backslash\\",
    "inner\ttab",
    "ends with a hash #",
    "ends with pipes | a | b",
    "a | table | header",
    "Setext-looking words",
    "word [link](x \"title\") more",
    "`unclosed code",
    "<unclosed autolink",
    "-based start",
    "+1 vote",
    "*emphasis* start",
    "_under_ start",
    "=equals",
    "#hashtag start",
    "#1 reason",
    "*2 stars",
    "--a double dash",
    "-- a spaced dash",
    "** not bold",
    "== equals",
    "~ A sign-off",
    "~~struck~~ start",
    "`code` first",
    "line\xe2\x80\xa8separator and\xc2\x85next line inside",
    "\xe2\x80\xa8line separator start",
    "\xc2\x85next line start",
    "<tweet id=\"1\">text</tweet>",
    "<b>bold</b>",
    "<x y>z",
    "<x y=z>tail",
    "<x\ty='v' z>after",
    "<x y='unclosed>",
    "<x 1=2>",
    "<x y=>",
    "<x/ >",
    "___.",
    "***!",
    "--- .",
    "-*- x",
    "==.",
    "++x",
    "[^1]: not at a line start",
};

// Headings and list items the reader accepts.
constexpr std::string_view kFlatBlocks[] = {
    "# Title",
    "## Title ##",
    "###### Six",
    "# Title #  ",
    "# Title##x",
    "# “Curly” title",
    "# [Linked](x) title",
    "- item",
    "+ item",
    "* Yes, he will be confirmed.",
    "2. Marco Rubio (1.)",
    "1) first",
    "10. ten",
    "- item with [link](x)",
    "# T `code`",
    "3. EXPERTS DOWNPLAY LAUNCH.",
};

// Lines the reader must leave to the grammar (or read exactly as it does).
constexpr std::string_view kTricky[] = {
    "",
    " ",
    "\t",
    "  \t ",
    "# ",
    "#",
    "# #",
    "#hashtag",
    "####### seven",
    "#\tTab",
    " # indented",
    "    # code",
    "- ",
    "-",
    "- - x",
    "* * *",
    "-x",
    "-  two spaces",
    "- [ ] task",
    "- > quote",
    "1.",
    "1. ",
    "2.",
    "1)",
    "1234567890. x",
    "2. continued item",
    "0. zero",
    "01. leading zero",
    "10. ten",
    "1. one",
    "1) one",
    "2) two",
    "  3. indented",
    "2. ",
    "2.  two spaces",
    "9) [x]",
    "##hash",
    "#-x",
    "-_x",
    "--x",
    "==",
    "*",
    "**x",
    "__x",
    "+-x",
    "___",
    "_ _ _",
    "____  ",
    "***\t",
    "___x",
    "__ __ __",
    "-- -",
    "~~~ x",
    "``x",
    "```x",
    "~~",
    "``",
    "`",
    "~",
    "= =",
    "-\tx",
    "*\tx",
    "_\tx",
    "=\tx",
    "-:|",
    "---:",
    "--|--",
    "*-*",
    "_*_",
    "+++",
    "=-=",
    "<a href='x' title=\"y\"/>  ",
    "<x y=z>",
    "<x _a:b.c-d=\"v\" e>",
    "<x/>",
    "<x   >\t",
    "<tweét>x",
    "<x é=1>y",
    "<x y=é>z",
    "<x y=\"é\">",
    "1. # heading",
    "+ ",
    "*emphasis* start",
    "**bold** start",
    "_under_ start",
    "__init__",
    "> quote",
    ">quote",
    "   > quote",
    "    indented code",
    "\tcode",
    " one space",
    "  two spaces",
    "   three spaces",
    "===",
    "---",
    "--- | ---",
    "|---|---|",
    ":-- | --:",
    "| a | b |",
    "```",
    "```js",
    "~~~",
    "[foo]: /url",
    "[foo]: /url \"t\"",
    "[^1]: A note.",
    "\\# escaped",
    "&amp; entity",
    "&#35; numeric",
    "<div>",
    "<div class=x>",
    "<h1>Title</h1>.",
    "<!-- comment -->",
    "<?php ?>",
    "<![CDATA[x]]>",
    "<!DOCTYPE html>",
    "<script>",
    "<pre>",
    "<style",
    "<textarea>",
    "</b> closing",
    "<a href=\"x\">",
    "<a href=\"x\">  ",
    "<x>\t",
    "<über>",
    "***",
    "___",
    "+++",
    "\xef\xbb\xbf"
    "BOM",
};

/// A random draft: lines of prose and flat blocks, blank lines, and with `tricky_odds` per line
/// a tricky one; line ends "\n", sometimes "\r\n" or stray characters.
std::string random_draft(std::mt19937& random, double tricky_odds) {
    std::uniform_real_distribution<double> chance(0.0, 1.0);
    const auto pick = [&](const auto& lines) {
        return std::string(
            lines[std::uniform_int_distribution<std::size_t>(0, std::size(lines) - 1)(random)]);
    };
    const bool crlf = chance(random) < 0.1;
    const int count = std::uniform_int_distribution<int>(1, 14)(random);
    std::string out;
    for (int i = 0; i < count; ++i) {
        const double roll = chance(random);
        std::string line;
        if (roll < tricky_odds) {
            line = pick(kTricky);
        } else if (roll < tricky_odds + 0.25) {
            line = ""; // a blank line
        } else if (roll < tricky_odds + 0.4) {
            line = pick(kFlatBlocks);
        } else {
            line = pick(kProse);
        }
        if (chance(random) < 0.02) {
            constexpr std::string_view kStray[] = {"\r", "\f", "\v", "\x01", "\x7f"};
            line += pick(kStray);
        }
        out += line;
        if (i + 1 < count || chance(random) < 0.7) {
            out += crlf ? "\r\n" : "\n";
        }
    }
    return out;
}

TEST(FlatMarkdown, RandomDraftsReadTheSameAsParsed) {
    // PARALLAX_FLAT_DRAFTS=N (and PARALLAX_FLAT_SEED) for a longer run by hand.
    const char* drafts = std::getenv("PARALLAX_FLAT_DRAFTS");
    const char* seed = std::getenv("PARALLAX_FLAT_SEED");
    const int count = drafts != nullptr ? std::atoi(drafts) : 3000;
    std::mt19937 random(seed != nullptr ? static_cast<std::uint32_t>(std::atol(seed)) : 20261127U);
    int flat_drafts = 0;
    int parsed_drafts = 0;
    for (int i = 0; i < count; ++i) {
        const double tricky_odds = i % 3 == 0 ? 0.0 : i % 3 == 1 ? 0.03 : 0.2;
        const BlockParsing parsing = expect_same_both_ways(random_draft(random, tricky_odds));
        (parsing == BlockParsing::FlatProse ? flat_drafts : parsed_drafts) += 1;
        if (::testing::Test::HasFailure()) {
            break;
        }
    }
    ::testing::Test::RecordProperty("flat_drafts", flat_drafts);
    ::testing::Test::RecordProperty("parsed_drafts", parsed_drafts);
    // Both ways must be common, or the comparison shows little.
    EXPECT_GT(flat_drafts, count / 4);
    EXPECT_GT(parsed_drafts, count / 4);
}

/// A line that starts like an HTML tag: "<", a name, then pieces of attributes, quotes,
/// slashes and closing brackets in any order.
std::string random_tag_line(std::mt19937& random) {
    static constexpr std::string_view kNames[] = {"tweet", "b",  "x",   "my-tag", "a",    "span",
                                                  "div",   "h1", "pre", "em",     "tweét"};
    static constexpr std::string_view kPieces[] = {
        " ", "\t",  "/", ">", "=", "\"", "'",        "a",      "b1",   "_c",   ":d", ".",
        "-", "x=y", "é", "1", "<", "`",  " y=\"v\"", " z='w'", "text", "</b>", ".",  "  "};
    const auto pick = [&](const auto& list) {
        return std::string(
            list[std::uniform_int_distribution<std::size_t>(0, std::size(list) - 1)(random)]);
    };
    std::string line = "<";
    line += pick(kNames);
    for (int n = std::uniform_int_distribution<int>(0, 6)(random); n > 0; --n) {
        line += pick(kPieces);
    }
    return line;
}

// The HTML block start conditions are the finest: tag lines alone, after a paragraph line and
// before one, both ways.
TEST(FlatMarkdown, RandomTagLinesReadTheSameAsParsed) {
    const char* lines = std::getenv("PARALLAX_FLAT_DRAFTS");
    const char* seed = std::getenv("PARALLAX_FLAT_SEED");
    const int count = lines != nullptr ? std::atoi(lines) : 1500;
    std::mt19937 random(seed != nullptr ? static_cast<std::uint32_t>(std::atol(seed)) : 7U);
    int flat_drafts = 0;
    for (int i = 0; i < count; ++i) {
        const std::string line = random_tag_line(random);
        for (const std::string& draft :
             {line + "\n", "Before.\n" + line + "\n", "Before.\n\n" + line + "\nAfter.\n"}) {
            flat_drafts += expect_same_both_ways(draft) == BlockParsing::FlatProse ? 1 : 0;
        }
        if (::testing::Test::HasFailure()) {
            break;
        }
    }
    EXPECT_GT(flat_drafts, count * 2 / 3);
}

// Short drafts of characters that mean something at a line's start, in any order: what a
// line-based generator may not think of.
TEST(FlatMarkdown, RandomCharacterSoupReadsTheSameAsParsed) {
    static constexpr std::string_view kPieces[] = {
        "#", "-", "*", "+",  "_",  "=",  "`",    "~",    "|", ":",    "[", "]", "<", ">", "/",
        "!", " ", " ", "\t", "\n", "\n", "\n\n", "\r\n", "a", "Word", "1", "2", ".", ")", "x"};
    const char* drafts = std::getenv("PARALLAX_FLAT_DRAFTS");
    const int count = drafts != nullptr ? std::atoi(drafts) : 4000;
    std::mt19937 random(11);
    int flat_drafts = 0;
    for (int i = 0; i < count; ++i) {
        std::string draft;
        for (int n = std::uniform_int_distribution<int>(1, 24)(random); n > 0; --n) {
            draft += kPieces[std::uniform_int_distribution<std::size_t>(0, std::size(kPieces) -
                                                                               1)(random)];
        }
        flat_drafts += expect_same_both_ways(draft) == BlockParsing::FlatProse ? 1 : 0;
        if (::testing::Test::HasFailure()) {
            break;
        }
    }
    EXPECT_GT(flat_drafts, count / 20);
}

TEST(FlatMarkdown, EveryLineShapeAloneAndBetweenParagraphs) {
    std::vector<std::string_view> shapes(std::begin(kProse), std::end(kProse));
    shapes.insert(shapes.end(), std::begin(kFlatBlocks), std::end(kFlatBlocks));
    shapes.insert(shapes.end(), std::begin(kTricky), std::end(kTricky));
    for (const std::string_view shape : shapes) {
        const std::string line(shape);
        for (const std::string& draft :
             {line, line + "\n", "Before.\n" + line + "\nAfter.\n", "Before.\n\n" + line + "\n",
              "Before.\n\n" + line + "\n\nAfter.\n", "# T\n" + line + "\n", line + "\n===\n",
              line + "\n- x\n", line + "\n    more\n", line + "\n\tmore\n", line + "\n  \n"}) {
            expect_same_both_ways(draft);
        }
    }
}

TEST(FlatMarkdown, ProseDraftsAreFlat) {
    EXPECT_TRUE(flat(""));
    EXPECT_TRUE(flat("\n\n"));
    EXPECT_TRUE(flat("One paragraph.\n\nAnother one\non two lines.\n"));
    EXPECT_TRUE(flat("# Title\nText under it.\n\n## Part ##\n\nMore text"));
    EXPECT_TRUE(flat("Intro.\n\n2. Marco Rubio (1.)\n\n3. Next point.\n\nAfter the list.\n"));
    EXPECT_TRUE(flat("- One\n\n* Two\n"));
    EXPECT_TRUE(flat("Text goes on\n2. through an ordered marker that cannot interrupt it\n"));
    EXPECT_TRUE(flat("-based, *emphasis* and #hashtag starts\n"));
    EXPECT_TRUE(flat("- An item\nwith a lazy line\n\n3. And one\nmore  \n\nText.\n"));
    EXPECT_TRUE(flat("- A tight\n- list\nwith a lazy line\n- of items\n\n2. And\n3. more\n"));
    EXPECT_TRUE(flat("A paragraph\n___\nanother\n\n* * *\n\n~ A sign-off\n"));
    EXPECT_TRUE(flat("Text\n- a bullet list interrupting\n\nText\n1. and an ordered one\n"));
    EXPECT_TRUE(flat("   Indented paragraph\n\n<tweet id=\"1\">Text</tweet>\n"));
    EXPECT_TRUE(flat("Lead line\n    indented continuation\n\tand a tab\n"));
    EXPECT_TRUE(flat("Windows line ends.\r\n\r\nSecond.\r\n"));
    EXPECT_TRUE(flat("<tweet id=\"1\">BREAKING: text</tweet>.\n"));
    EXPECT_TRUE(flat("No final line end, trailing spaces   "));
}

TEST(FlatMarkdown, OtherDraftsAreParsed) {
    for (const char* draft : {
             "Title\n=====\n",          // setext heading
             "Text\n---\n",             // setext heading (or a thematic break)
             "a | b\n--- | ---\n",      // table
             "- item\n  indented\n",    // a continuation line with its marker
             "- item\n# Heading\n",     // a heading after an item
             "- item\n* other\n",       // another list's item interrupting the item
             "3. item\n4) other\n",     // likewise (tree-sitter and CommonMark disagree)
             "- item\n\n  continued\n", // an item continued after a blank line
             "# Title at the end",      // an ATX heading without a line end
             "> quote\n",               // block quote
             "    code\n",              // indented code
             "```\ncode\n```\n",        // fenced code
             "<div>\nhtml\n</div>\n",   // HTML block
             "<b class=x>\n",           // an HTML block of one tag
             "[foo]: /url\n\n[foo]\n",  // link reference definition
             "---\ntitle: x\n---\n",    // front matter
             "Lone\rcarriage return\n", // "\r" ends a line
             "Form\ffeed\n",            // control characters
             "- item\n\n Indented\n",   // indentation after an item
             "\xef\xbb\xbf"
             "BOM first\n", // byte order mark
         }) {
        EXPECT_FALSE(flat(draft)) << shown(draft);
    }
}

TEST(FlatMarkdown, FlatBlocksHaveTheirKinds) {
    const auto doc = Document::build(
        Text("# The title #\n\nIntro [here](x).\n\n1. Point one.\n\nClosing words\nend here.\n"),
        DocumentFormat::Markdown);
    ASSERT_EQ(doc->block_parsing(), BlockParsing::FlatProse);
    ASSERT_EQ(doc->blocks().size(), 4U);
    EXPECT_EQ(doc->blocks()[0].kind, BlockKind::Heading);
    EXPECT_EQ(doc->blocks()[0].heading_level, 1);
    EXPECT_EQ(doc->slice(doc->blocks()[0].range), "The title");
    EXPECT_EQ(doc->blocks()[1].kind, BlockKind::Paragraph);
    EXPECT_EQ(doc->blocks()[2].kind, BlockKind::ListItem);
    EXPECT_EQ(doc->slice(doc->blocks()[2].range), "Point one.");
    EXPECT_EQ(doc->slice(doc->blocks()[3].range), "Closing words\nend here.");
    ASSERT_EQ(doc->citations().size(), 1U);
    EXPECT_EQ(doc->citations()[0].target, "x");
}

} // namespace
} // namespace parallax
