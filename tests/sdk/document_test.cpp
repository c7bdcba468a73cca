#include "parallax/document.h"

#include <gtest/gtest.h>

#include <array>
#include <random>
#include <string>
#include <vector>

namespace parallax {
namespace {

std::shared_ptr<const Document> markdown(std::string text) {
    return Document::build(Text(std::move(text)), DocumentFormat::Markdown);
}

std::vector<std::string> sentence_texts(const Document& doc) {
    std::vector<std::string> out;
    for (const Sentence& s : doc.sentences()) {
        out.emplace_back(doc.slice(s.range));
    }
    return out;
}

std::vector<std::string> token_texts(const Document& doc, const Sentence& sentence) {
    std::vector<std::string> out;
    for (const Token& t : doc.tokens_of(sentence)) {
        out.emplace_back(doc.slice(t.range));
    }
    return out;
}

bool excluded(const Document& doc, std::string_view text) {
    for (const ByteRange r : doc.excluded()) {
        if (doc.slice(r).find(text) != std::string_view::npos) {
            return true;
        }
    }
    return false;
}

using Strings = std::vector<std::string>;

TEST(Document, FormatForPath) {
    EXPECT_EQ(format_for_path("notes/a.md"), DocumentFormat::Markdown);
    EXPECT_EQ(format_for_path("a.markdown"), DocumentFormat::Markdown);
    EXPECT_EQ(format_for_path("a.TXT"), DocumentFormat::PlainText);
    EXPECT_EQ(format_for_path("README"), DocumentFormat::Markdown);
}

TEST(Document, AbbreviationsDoNotEndSentences) {
    const auto doc = markdown("U.S. officials said. Dr. Kim agreed.\n");
    EXPECT_EQ(sentence_texts(*doc), (Strings{"U.S. officials said.", "Dr. Kim agreed."}));
    const auto more = markdown("The U.K. and the E.U. met Gen. Park on Jan. 5 in St. Louis. "
                               "Talks ended.");
    EXPECT_EQ(more->sentences().size(), 2U);
}

TEST(Document, SoftLineBreaksStayInOneSentence) {
    const auto doc = markdown("Tensions rose\nacross the region. Then\nthey fell.\n");
    EXPECT_EQ(sentence_texts(*doc),
              (Strings{"Tensions rose\nacross the region.", "Then\nthey fell."}));
}

TEST(Document, FrontMatterAndCodeAreExcluded) {
    const auto doc = markdown("---\ntitle: Draft. Not prose.\n---\n\n# Title\n\n"
                              "```\nx = 1. Y = 2.\n```\n\n    indented. Code.\n\nProse here.\n");
    EXPECT_EQ(sentence_texts(*doc), (Strings{"Title", "Prose here."}));
    EXPECT_TRUE(excluded(*doc, "title: Draft"));
    EXPECT_TRUE(excluded(*doc, "x = 1. Y = 2."));
    EXPECT_TRUE(excluded(*doc, "indented. Code."));
    ASSERT_NE(doc->title(), nullptr);
    EXPECT_EQ(doc->slice(doc->title()->range), "Title");
}

TEST(Document, InlineCodeWithPeriodStaysInSentence) {
    const auto doc = markdown("Call `os.Exit. Now` to stop. Then wait.\n");
    EXPECT_EQ(sentence_texts(*doc), (Strings{"Call `os.Exit. Now` to stop.", "Then wait."}));
    EXPECT_EQ(token_texts(*doc, doc->sentences()[0]), (Strings{"Call", "to", "stop", "."}));
    EXPECT_TRUE(excluded(*doc, "`os.Exit. Now`"));
}

TEST(Document, LinksAreCitationsAndDestinationsExcluded) {
    const auto doc = markdown("Read [the report](https://www.iiss.org/a.b.html) now. "
                              "It is long. See <https://x.example/y.z>.\n");
    ASSERT_EQ(doc->sentences().size(), 3U);
    const Sentence& first = doc->sentences()[0];
    ASSERT_EQ(first.citations.size(), 1U);
    const Citation& link = doc->citations()[first.citations[0]];
    EXPECT_EQ(link.kind, Citation::Kind::Link);
    EXPECT_EQ(link.target, "https://www.iiss.org/a.b.html");
    EXPECT_EQ(doc->slice(link.range), "[the report](https://www.iiss.org/a.b.html)");
    EXPECT_TRUE(excluded(*doc, "https://www.iiss.org/a.b.html"));
    for (const std::string& t : token_texts(*doc, first)) {
        EXPECT_EQ(t.find("iiss"), std::string::npos);
    }
    EXPECT_TRUE(doc->sentences()[1].citations.empty());
    ASSERT_EQ(doc->sentences()[2].citations.size(), 1U);
    EXPECT_EQ(doc->citations()[doc->sentences()[2].citations[0]].target, "https://x.example/y.z");
}

TEST(Document, ReferenceLinksResolveTheirDefinitions) {
    const auto doc = markdown("See [the brief][b] and [Reuters][].\n\n[b]: https://b.example\n"
                              "[reuters]: https://reuters.example\n");
    ASSERT_EQ(doc->citations().size(), 2U);
    EXPECT_EQ(doc->citations()[0].target, "https://b.example");
    EXPECT_EQ(doc->citations()[1].target, "https://reuters.example");
    EXPECT_TRUE(excluded(*doc, "[b]: https://b.example"));
    EXPECT_EQ(doc->blocks().size(), 1U);
}

TEST(Document, FootnotesAndBracketedReferences) {
    const auto doc = markdown("Exports fell sharply.[^1] Prices rose [3]. Output slid [12, 14].\n\n"
                              "[^1]: Customs data.\n");
    ASSERT_EQ(doc->sentences().size(), 4U);
    const auto& s = doc->sentences();
    ASSERT_EQ(s[0].citations.size(), 1U);
    EXPECT_EQ(doc->citations()[s[0].citations[0]].kind, Citation::Kind::Footnote);
    EXPECT_EQ(doc->citations()[s[0].citations[0]].target, "1");
    ASSERT_EQ(s[1].citations.size(), 1U);
    EXPECT_EQ(doc->citations()[s[1].citations[0]].kind, Citation::Kind::Bracketed);
    EXPECT_EQ(doc->slice(doc->citations()[s[1].citations[0]].range), "[3]");
    ASSERT_EQ(s[2].citations.size(), 1U);
    EXPECT_EQ(doc->slice(doc->citations()[s[2].citations[0]].range), "[12, 14]");
    EXPECT_EQ(doc->slice(s[3].range), "Customs data.");
    // Reference markers are not tokens: "3" is not a number in the prose.
    EXPECT_EQ(token_texts(*doc, s[1]), (Strings{"Prices", "rose", "."}));
}

TEST(Document, ParentheticalReferences) {
    const auto doc = markdown("Spending grew (IISS, 2024). Troops moved (Reuters, March 3). "
                              "Analysts agree (Smith 2020). It rose (in 2020). It fell (by 3%).\n");
    std::vector<std::string> found;
    for (const Citation& c : doc->citations()) {
        EXPECT_EQ(c.kind, Citation::Kind::Parenthetical);
        found.emplace_back(doc->slice(c.range));
    }
    EXPECT_EQ(found, (Strings{"(IISS, 2024)", "(Reuters, March 3)", "(Smith 2020)"}));
    ASSERT_EQ(doc->sentences().size(), 5U);
    EXPECT_EQ(doc->sentences()[0].citations.size(), 1U);
    EXPECT_EQ(doc->sentences()[1].citations.size(), 1U);
    EXPECT_EQ(doc->sentences()[2].citations.size(), 1U);
    EXPECT_TRUE(doc->sentences()[3].citations.empty());
}

TEST(Document, BlockquotesListsTablesAndHeadings) {
    const auto doc = markdown("Setext Title\n============\n\n## Second level ##\n\n"
                              "> Someone said this.\n> And this.\n\n"
                              "- First item.\n  - Nested item.\n- Third item.\n\n"
                              "| Country | Claim |\n|---|---|\n| Japan | Rising. |\n\n"
                              "Sub\n---\n");
    const auto blocks = doc->blocks();
    ASSERT_EQ(blocks.size(), 11U);
    EXPECT_EQ(blocks[0].kind, BlockKind::Heading);
    EXPECT_EQ(blocks[0].heading_level, 1);
    EXPECT_EQ(doc->slice(blocks[0].range), "Setext Title");
    EXPECT_EQ(blocks[1].heading_level, 2);
    EXPECT_EQ(doc->slice(blocks[1].range), "Second level");
    EXPECT_EQ(blocks[2].kind, BlockKind::Paragraph);
    EXPECT_TRUE(blocks[2].quoted);
    EXPECT_EQ(blocks[2].sentence_count, 2U);
    EXPECT_EQ(doc->slice(doc->sentences()[blocks[2].first_sentence + 1].range), "And this.");
    for (int i = 3; i <= 5; ++i) {
        EXPECT_EQ(blocks[i].kind, BlockKind::ListItem);
        EXPECT_FALSE(blocks[i].quoted);
    }
    EXPECT_EQ(doc->slice(blocks[4].range), "Nested item.");
    for (int i = 6; i <= 9; ++i) {
        EXPECT_EQ(blocks[i].kind, BlockKind::TableCell);
    }
    EXPECT_EQ(doc->slice(blocks[8].range), "Japan");
    EXPECT_EQ(blocks[10].heading_level, 2);
    EXPECT_EQ(doc->slice(doc->title()->range), "Setext Title");
}

TEST(Document, QuotedMarkersAreNotTokens) {
    const auto doc = markdown("> Someone said\n> this.\n");
    ASSERT_EQ(doc->sentences().size(), 1U);
    EXPECT_EQ(token_texts(*doc, doc->sentences()[0]), (Strings{"Someone", "said", "this", "."}));
}

TEST(Document, HtmlIsExcluded) {
    const auto doc = markdown("<!-- draft note. Ignore. -->\n\n<div>\nBlock html. Here.\n</div>\n\n"
                              "Text with <b>bold</b> tags.\n");
    EXPECT_EQ(sentence_texts(*doc), (Strings{"Text with <b>bold</b> tags."}));
    EXPECT_EQ(token_texts(*doc, doc->sentences()[0]),
              (Strings{"Text", "with", "bold", "tags", "."}));
    EXPECT_TRUE(excluded(*doc, "draft note"));
    EXPECT_TRUE(excluded(*doc, "Block html"));
    EXPECT_TRUE(excluded(*doc, "<b>"));
}

TEST(Document, TokensFoldAndStem) {
    const auto doc = markdown("Tensions over NATO\xE2\x80\x99s role \xE2\x80\x9C"
                              "grew\xE2\x80\x9D"
                              " 3.5 \xE2\x82\xAC STRASSE Stra\xC3\x9F"
                              "e.\n");
    const auto tokens = doc->tokens();
    ASSERT_GE(tokens.size(), 10U);
    EXPECT_EQ(tokens[0].kind, TokenKind::Word);
    EXPECT_EQ(tokens[0].folded, "tensions");
    EXPECT_EQ(tokens[0].stem, "tension");
    EXPECT_EQ(doc->slice(tokens[2].range), "NATO\xE2\x80\x99s");
    EXPECT_EQ(tokens[2].folded, "nato\xE2\x80\x99s");
    EXPECT_EQ(tokens[4].kind, TokenKind::Punctuation); // opening curly quote
    EXPECT_EQ(doc->slice(tokens[4].range), "\xE2\x80\x9C");
    EXPECT_EQ(tokens[5].stem, "grew");
    EXPECT_EQ(tokens[7].kind, TokenKind::Number);
    EXPECT_TRUE(tokens[7].stem.empty());
    EXPECT_EQ(tokens[8].kind, TokenKind::Symbol); // the euro sign
    EXPECT_EQ(tokens[9].folded, "strasse");
    EXPECT_EQ(tokens[10].folded, "strasse"); // full case folding: ß -> ss
}

TEST(Document, ApostropheStaysInWord) {
    const auto doc = markdown("NATO's view.\n");
    ASSERT_EQ(doc->tokens().size(), 3U);
    EXPECT_EQ(doc->slice(doc->tokens()[0].range), "NATO's");
    EXPECT_EQ(doc->tokens()[0].folded, "nato's");
}

TEST(Document, EmojiAndCrlfOffsets) {
    const std::string text =
        "# Title\r\n\r\nPeace \xF0\x9F\x98\x80 talks began.\r\nThey ended.\r\n";
    const auto doc = markdown(text);
    EXPECT_EQ(sentence_texts(*doc),
              (Strings{"Title", "Peace \xF0\x9F\x98\x80 talks began.", "They ended."}));
    const Sentence& s = doc->sentences()[1];
    EXPECT_EQ(s.range.start.value, text.find("Peace"));
    const auto toks = doc->tokens_of(s);
    ASSERT_EQ(toks.size(), 5U);
    EXPECT_EQ(doc->slice(toks[1].range), "\xF0\x9F\x98\x80");
    EXPECT_EQ(toks[2].range.start.value, text.find("talks"));
    const Position p = doc->text().position_of(toks[2].range.start, PositionEncoding::Utf16);
    EXPECT_EQ(p, (Position{LineNumber{2}, 9}));
    EXPECT_EQ(doc->sentences()[2].range.start.value, text.find("They"));
}

TEST(Document, SentenceAt) {
    const auto doc = markdown("One here. Two here.\n\nThree.\n");
    EXPECT_EQ(doc->sentence_at(ByteOffset{0}), 0);
    EXPECT_EQ(doc->sentence_at(ByteOffset{10}), 1);
    EXPECT_EQ(doc->sentence_at(ByteOffset{9}), -1); // the space between
    EXPECT_EQ(doc->sentence_at(ByteOffset{21}), 2);
    EXPECT_EQ(doc->sentence_at(ByteOffset{500}), -1);
}

TEST(Document, SentencesNeverCrossBlocks) {
    const auto doc = markdown("First paragraph without end\n\nSecond paragraph.\n");
    ASSERT_EQ(doc->sentences().size(), 2U);
    EXPECT_EQ(doc->sentences()[0].block, 0U);
    EXPECT_EQ(doc->sentences()[1].block, 1U);
}

TEST(Document, PlainTextTitleAndBlocks) {
    const auto doc =
        Document::build(Text("Rising Tensions in the Strait\n\nFirst line\nsecond line "
                             "of it. More.\n\n\nLast paragraph.\n"),
                        DocumentFormat::PlainText);
    ASSERT_EQ(doc->blocks().size(), 3U);
    ASSERT_NE(doc->title(), nullptr);
    EXPECT_EQ(doc->slice(doc->title()->range), "Rising Tensions in the Strait");
    EXPECT_EQ(doc->title()->heading_level, 1);
    EXPECT_EQ(doc->blocks()[1].kind, BlockKind::Paragraph);
    EXPECT_EQ(doc->blocks()[1].sentence_count, 2U);
    EXPECT_EQ(doc->slice(doc->sentences()[1].range), "First line\nsecond line of it.");

    const auto no_title =
        Document::build(Text("This opens with a sentence.\n\nMore.\n"), DocumentFormat::PlainText);
    EXPECT_EQ(no_title->title(), nullptr);
}

TEST(Document, UnparsedAndEmpty) {
    const auto empty = markdown("");
    EXPECT_TRUE(empty->blocks().empty());
    EXPECT_EQ(empty->title(), nullptr);
    EXPECT_EQ(empty->sentence_at(ByteOffset{0}), -1);
    const auto binary = markdown(std::string("\xFF\xFE text \0 more.", 15));
    EXPECT_FALSE(binary->blocks().empty());
}

// --- incremental builds -------------------------------------------------------------------

void expect_same(const Document& a, const Document& b, const std::string& context) {
    ASSERT_EQ(a.text().str(), b.text().str());
    ASSERT_EQ(a.blocks().size(), b.blocks().size()) << context;
    for (std::size_t i = 0; i < a.blocks().size(); ++i) {
        const Block& x = a.blocks()[i];
        const Block& y = b.blocks()[i];
        ASSERT_TRUE(x.kind == y.kind && x.range == y.range && x.heading_level == y.heading_level &&
                    x.quoted == y.quoted && x.first_sentence == y.first_sentence &&
                    x.sentence_count == y.sentence_count)
            << "block " << i << ": " << a.slice(x.range) << "|" << x.sentence_count << " vs "
            << b.slice(y.range) << "|" << y.sentence_count << "\n"
            << context;
    }
    ASSERT_EQ(a.sentences().size(), b.sentences().size()) << context;
    for (std::size_t i = 0; i < a.sentences().size(); ++i) {
        const Sentence& x = a.sentences()[i];
        const Sentence& y = b.sentences()[i];
        ASSERT_TRUE(x.range == y.range && x.block == y.block && x.first_token == y.first_token &&
                    x.token_count == y.token_count && x.citations == y.citations)
            << "sentence " << i << "\n"
            << context;
    }
    ASSERT_EQ(a.tokens().size(), b.tokens().size()) << context;
    for (std::size_t i = 0; i < a.tokens().size(); ++i) {
        const Token& x = a.tokens()[i];
        const Token& y = b.tokens()[i];
        ASSERT_TRUE(x.range == y.range && x.kind == y.kind && x.folded == y.folded &&
                    x.stem == y.stem)
            << "token " << i << "\n"
            << context;
    }
    ASSERT_EQ(a.citations().size(), b.citations().size()) << context;
    for (std::size_t i = 0; i < a.citations().size(); ++i) {
        ASSERT_TRUE(a.citations()[i].range == b.citations()[i].range &&
                    a.citations()[i].kind == b.citations()[i].kind &&
                    a.citations()[i].target == b.citations()[i].target)
            << "citation " << i << "\n"
            << context;
    }
    ASSERT_TRUE(std::equal(a.excluded().begin(), a.excluded().end(), b.excluded().begin(),
                           b.excluded().end()))
        << context;
}

TEST(DocumentIncremental, EditedParagraphMatchesFreshBuild) {
    Text text("# Title\n\nFirst paragraph here. Second one.\n\nAnother paragraph.\n");
    auto doc = Document::build(text, DocumentFormat::Markdown);
    const auto edit = text.replace({{LineNumber{2}, 6}, {LineNumber{2}, 15}}, "block [3]",
                                   PositionEncoding::Utf16);
    ASSERT_TRUE(edit);
    const std::array<TextEdit, 1> edits{*edit};
    const auto next = Document::build(text, DocumentFormat::Markdown, doc.get(), edits);
    const auto fresh = Document::build(text, DocumentFormat::Markdown);
    expect_same(*next, *fresh, text.str());
    EXPECT_EQ(next->citations().size(), 1U);
}

constexpr std::array<const char*, 22> kSnippets = {"word",
                                                   " ",
                                                   ". ",
                                                   "\n",
                                                   "\n\n",
                                                   "# ",
                                                   "> ",
                                                   "- ",
                                                   "`",
                                                   "*",
                                                   "[",
                                                   "]",
                                                   "(",
                                                   ")",
                                                   "[link](https://a.b/c.d)",
                                                   "[^1]",
                                                   " [3]",
                                                   " (IISS, 2024)",
                                                   "U.S. ",
                                                   "```\n",
                                                   "|",
                                                   "\xF0\x9F\x98\x80"};

TEST(DocumentIncremental, RandomEditsMatchFreshBuilds) {
    const std::string base =
        "---\ntitle: x\n---\n\n# Rising tensions\n\nU.S. officials said. Dr. Kim agreed "
        "[3].\n\n> A quoted line.\n> Another.\n\n- item one\n  - nested `code.`\n\n"
        "| a | b |\n|---|---|\n| c | d |\n\nSee [r](https://r.example/x.y) and more.\n\n"
        "Last paragraph (IISS, 2024).[^1]\n\n[^1]: A note.\n";
    std::mt19937 rng(12345);
    std::uniform_int_distribution<std::size_t> snippet(0, kSnippets.size() - 1);
    // Rounds restart from the base text so that the drafts stay draft-like.
    for (int round = 0; round < 10; ++round) {
        Text text(base);
        auto doc = Document::build(text, DocumentFormat::Markdown);
        for (int step = 0; step < 30; ++step) {
            std::vector<TextEdit> edits;
            const int count = 1 + step % 3;
            for (int k = 0; k < count; ++k) {
                const std::uint32_t size = text.end().value;
                const std::uint32_t a = std::uniform_int_distribution<std::uint32_t>(0, size)(rng);
                const std::uint32_t b =
                    std::min(size, a + std::uniform_int_distribution<std::uint32_t>(0, 6)(rng));
                const Position pa = text.position_of(ByteOffset{a}, PositionEncoding::Utf16);
                const Position pb = text.position_of(ByteOffset{b}, PositionEncoding::Utf16);
                const bool insert = rng() % 3 != 0;
                const auto edit = text.replace({pa, pb}, insert ? kSnippets[snippet(rng)] : "",
                                               PositionEncoding::Utf16);
                ASSERT_TRUE(edit);
                edits.push_back(*edit);
            }
            auto next = Document::build(text, DocumentFormat::Markdown, doc.get(), edits);
            const auto fresh = Document::build(text, DocumentFormat::Markdown);
            expect_same(*next, *fresh,
                        "round " + std::to_string(round) + " step " + std::to_string(step) + ":\n" +
                            text.str());
            doc = std::move(next);
        }
    }
}

TEST(DocumentIncremental, PreviousDocumentStaysValid) {
    Text text("# T\n\nOne. Two.\n");
    const auto first = Document::build(text, DocumentFormat::Markdown);
    const auto edit =
        text.replace({{LineNumber{2}, 0}, {LineNumber{2}, 0}}, "Zero. ", PositionEncoding::Utf16);
    const std::array<TextEdit, 1> edits{*edit};
    const auto second = Document::build(text, DocumentFormat::Markdown, first.get(), edits);
    EXPECT_EQ(first->sentences().size(), 3U);
    EXPECT_EQ(second->sentences().size(), 4U);
    // The first document can still be rebuilt from: its trees were copied, not taken.
    const auto again = Document::build(text, DocumentFormat::Markdown, first.get(), edits);
    expect_same(*again, *second, text.str());
}

} // namespace
} // namespace parallax
