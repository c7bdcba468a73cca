// Drafts of flat prose are read line by line, never parsed by the block grammar
// (BlockParsing::FlatProse): an edit that leaves a draft flat, even one that joins or splits
// paragraphs or types at a line's start, re-parses no block tree, and the blocks it did not
// touch keep their sentences and tokens. These tests type as the latency benchmark does and
// make structural edits that leave and re-enter flat prose; every build must equal a fresh one.
#include "document_dump.h"
#include "random_drafts.h"

#include "parallax/document.h"

#include <gtest/gtest.h>

#include <iterator>
#include <memory>
#include <random>
#include <span>
#include <string>
#include <string_view>

namespace parallax::test {
namespace {

// Flat paragraphs, one per line, as the latency benchmark's drafts are; with a title, numbered
// points, inline markup and a tweet in HTML.
constexpr std::string_view kFlatParagraphs[] = {
    "# Pacific partners and the Atlantic alliance",
    "The alliance's summit communiqué devoted four paragraphs to the Indo-Pacific. According to "
    "the communiqué, NATO will \"deepen practical cooperation\" with Japan and South Korea.",
    "Critics say the move drags Europe into a rivalry it cannot afford. Some analysts believe "
    "the alliance has not thought through what it would do in a crisis over the Taiwan Strait.",
    "Japan's defence ministry said in a statement that it welcomed closer information sharing, "
    "and Australia's foreign minister told reporters the partnership \"adds to\" its ties.",
    "“We will not be drawn into a bloc,” said Indonesia’s foreign minister, Retno Marsudi.",
    "2. Marco Rubio (1.)",
    "3. EXPERTS DOWNPLAY PLANNED NORTH KOREA LAUNCH.",
    "Beijing has warned that the alliance should *stay out* of Asia, while officials in "
    "Canberra see [the pact](https://example.org/pact) as overdue [3].",
    "<tweet tweet-id=\"669350861383049216\">Defence spending rose 9% in 2023.</tweet>.",
    "It is widely believed that the shift responds to Washington's priorities rather than "
    "Europe's own. Everyone knows the summit changed nothing.",
    "A study by the Lowy Institute found that 62 percent of Australians support the "
    "partnership (Lowy, 2024).",
};

std::string flat_draft(std::mt19937& random, int paragraphs) {
    std::string out(kFlatParagraphs[0]);
    out += "\n\n";
    for (int i = 0; i < paragraphs; ++i) {
        out += kFlatParagraphs[std::uniform_int_distribution<std::size_t>(
            1, std::size(kFlatParagraphs) - 1)(random)];
        out += "\n\n";
    }
    return out;
}

std::shared_ptr<const Document> markdown(const Text& text) {
    return Document::build(text, DocumentFormat::Markdown);
}

/// Builds `text` (edited by `edit`) on `previous` and checks it equals a fresh build, and that
/// a flat prose read equals the block grammar's parse.
std::shared_ptr<const Document> build_on(const Document& previous, const Text& text,
                                         const TextEdit& edit, const std::string& context) {
    auto next = Document::build(text, DocumentFormat::Markdown, &previous, std::span(&edit, 1));
    expect_same(dump(*markdown(text)), dump(*next), context);
    if (next->block_parsing() == BlockParsing::FlatProse) {
        expect_same(dump(*Document::build_markdown(text, {.flat_prose = false})), dump(*next),
                    context + " (block grammar)");
    }
    return next;
}

// The latency benchmark's edit: "e" at a random line (blank ones included, which joins two
// paragraphs) and column 0-40.
TEST(FlatProse, BenchmarkEditsReadFlatProseAndReuseTheOtherBlocks) {
    std::mt19937 random(10000);
    Text text(flat_draft(random, 30));
    std::shared_ptr<const Document> document = markdown(text);
    ASSERT_EQ(document->block_parsing(), BlockParsing::FlatProse);
    for (int i = 0; i < 200; ++i) {
        const LineNumber line{
            std::uniform_int_distribution<std::uint32_t>(0, text.line_count() - 1)(random)};
        const std::uint32_t start = text.line_start(line).value;
        const std::uint32_t length = text.line_end(line).value - start;
        std::uint32_t column =
            std::uniform_int_distribution<std::uint32_t>(0, std::min(length, 40U))(random);
        while (column > 0 &&
               (static_cast<unsigned char>(text.str()[start + column]) & 0xC0U) == 0x80U) {
            --column; // a character's first byte
        }
        const Position at{line, column};
        const auto edit = text.replace({at, at}, "e", PositionEncoding::Utf8);
        ASSERT_TRUE(edit);
        const std::string context = "edit " + std::to_string(i) + " at " +
                                    std::to_string(line.value) + ":" + std::to_string(column);
        auto next = build_on(*document, text, *edit, context);
        ASSERT_FALSE(::testing::Test::HasFailure()) << context;
        ASSERT_EQ(next->block_parsing(), BlockParsing::FlatProse) << context;
        // One block changed, or two joined into one: every other one is reused.
        EXPECT_GE(next->reused_blocks() + 1, next->blocks().size()) << context;
        document = std::move(next);
    }
}

// Random edits of every kind (markup, quotes, list markers, headings, splits, joins, whole
// paragraphs) on a flat draft: builds leave flat prose for the grammar and come back.
TEST(FlatProse, StructuralEditsLeaveAndReenterFlatProse) {
    int flat = 0;
    int parsed = 0;
    int reentered = 0; // flat prose read on a Document the grammar parsed
    for (const std::uint32_t seed : {21U, 22U, 23U}) {
        std::mt19937 random(seed);
        Text text(flat_draft(random, 8));
        std::shared_ptr<const Document> document = markdown(text);
        for (int i = 0; i < 120; ++i) {
            const RandomEdit change = random_edit(text, random);
            const auto edit =
                text.replace(change.range, change.replacement, PositionEncoding::Utf8);
            ASSERT_TRUE(edit) << change.description;
            const std::string context = "seed " + std::to_string(seed) + ", edit " +
                                        std::to_string(i) + ": " + change.description;
            auto next = build_on(*document, text, *edit, context);
            ASSERT_FALSE(::testing::Test::HasFailure()) << context;
            const bool was_flat = document->block_parsing() == BlockParsing::FlatProse;
            if (next->block_parsing() == BlockParsing::FlatProse) {
                ++flat;
                reentered += was_flat ? 0 : 1;
            } else {
                ++parsed;
            }
            document = std::move(next);
            // Paragraphs of other shapes now and then, to come back from.
            if (i % 40 == 39) {
                text = Text(flat_draft(random, 8));
                document = markdown(text);
            }
        }
    }
    EXPECT_GT(flat, 40);
    EXPECT_GT(parsed, 40);
    EXPECT_GT(reentered, 0);
}

TEST(FlatProse, AQuoteTypedAndRemovedParsesThenReadsAgain) {
    Text text("# Title\n\nFirst paragraph here.\n\nSecond one, said NATO.\n");
    auto document = markdown(text);
    ASSERT_EQ(document->block_parsing(), BlockParsing::FlatProse);
    const Position line_start{LineNumber{4}, 0};
    const auto quote = text.replace({line_start, line_start}, "> ", PositionEncoding::Utf8);
    ASSERT_TRUE(quote);
    document = build_on(*document, text, *quote, "quote typed");
    EXPECT_EQ(document->block_parsing(), BlockParsing::Fresh); // no tree to start from
    ASSERT_EQ(document->blocks().size(), 3U);
    EXPECT_TRUE(document->blocks()[2].quoted);
    EXPECT_EQ(document->reused_blocks(), 3U); // the quoted one too: its words are the same

    const auto removed = text.replace({line_start, {LineNumber{4}, 2}}, "", PositionEncoding::Utf8);
    ASSERT_TRUE(removed);
    document = build_on(*document, text, *removed, "quote removed");
    EXPECT_EQ(document->block_parsing(), BlockParsing::FlatProse);
    EXPECT_FALSE(document->blocks()[2].quoted);
}

} // namespace
} // namespace parallax::test
