// Incremental analysis must be invisible: a Document built on the previous one (its syntax trees
// and its blocks' sentences and tokens reused) equals a fresh build, and an analysis reusing the
// engine's block findings (AnalysisCache) equals a fresh analysis. Random drafts and random edits
// from fixed seeds check it; a few direct tests check that reuse happens at all.
#include "block_plugin.h"
#include "document_dump.h"
#include "random_drafts.h"

#include "engine.h"

#include "parallax/document.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <random>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

namespace parallax::test {
namespace {

CheckSettings settings_with_block_plugin() {
    CheckSettings settings;
    settings.extra_plugins.push_back(std::make_shared<BlockPlugin>());
    return settings;
}

struct Outcome {
    std::size_t reused_blocks = 0; // block findings the engine reused, over all iterations
    int edited_trees = 0;          // builds that walked the edited block tree, not re-parsing
    int reparsed_trees = 0;        // builds that re-parsed the block tree incrementally
};

/// Edits a random draft `iterations` times; after each round of edits, builds incrementally
/// and analyses with the cache, and compares both with a fresh build and analysis.
Outcome run(std::uint32_t seed, DocumentFormat format, int iterations) {
    std::mt19937 random(seed);
    const CheckSettings settings = settings_with_block_plugin();
    AnalysisCache cache;
    Text text(random_draft(random));
    std::shared_ptr<const Document> document = Document::build(text, format);
    (void)analyze(*document, settings, nullptr, &cache);
    Outcome outcome;
    for (int i = 0; i < iterations; ++i) {
        std::vector<TextEdit> edits;
        std::vector<std::string> applied;
        // One edit most of the time (a keystroke), else a few at once.
        const int count = std::max(1, std::uniform_int_distribution<int>(-1, 3)(random));
        for (int e = 0; e < count; ++e) {
            RandomEdit edit = random_edit(text, random);
            const auto done = text.replace(edit.range, edit.replacement, PositionEncoding::Utf8);
            if (!done) {
                ADD_FAILURE() << "a random edit was refused: " << edit.description;
                return outcome;
            }
            edits.push_back(*done);
            applied.push_back(edit.description);
        }
        // Now and then the server frees an idle Document's parse state: the next build must
        // still be right (it parses from scratch).
        if (std::uniform_int_distribution<int>(0, 19)(random) == 0) {
            document->release_parse_state();
        }
        auto incremental = Document::build(text, format, document.get(), edits);
        const auto fresh = Document::build(text, format);
        const std::string context = "seed " + std::to_string(seed) + ", iteration " +
                                    std::to_string(i) + ", edits: " + join(applied);
        expect_same(dump(*fresh), dump(*incremental), context);

        const Analysis cached = analyze(*incremental, settings, nullptr, &cache);
        const Analysis uncached = analyze(*fresh, settings);
        expect_same(dump(uncached, *fresh), dump(cached, *incremental), context);
        outcome.reused_blocks += cache.reused_blocks();
        outcome.edited_trees += incremental->block_parsing() == BlockParsing::EditedTree ? 1 : 0;
        outcome.reparsed_trees += incremental->block_parsing() == BlockParsing::Incremental ? 1 : 0;
        if (::testing::Test::HasFailure()) {
            return outcome;
        }
        document = std::move(incremental);
    }
    return outcome;
}

/// Markdown runs must take both ways of reading the blocks: walking the edited tree (a single
/// edit inside a line of prose) and re-parsing it (anything else).
void expect_markdown_outcome(const Outcome& outcome) {
    ::testing::Test::RecordProperty("edited_trees", outcome.edited_trees);
    ::testing::Test::RecordProperty("reparsed_trees", outcome.reparsed_trees);
    EXPECT_GT(outcome.reused_blocks, 0U) << "the engine never reused a block's findings";
    EXPECT_GT(outcome.edited_trees, 0) << "no build skipped the block parse";
    EXPECT_GT(outcome.reparsed_trees, 0) << "no build re-parsed the blocks";
}

// Three seeds in three tests, so that ctest runs them side by side.
TEST(Incremental, RandomMarkdownEditsEqualFreshAnalysisSeed1) {
    expect_markdown_outcome(run(1, DocumentFormat::Markdown, 100));
}

TEST(Incremental, RandomMarkdownEditsEqualFreshAnalysisSeed2) {
    expect_markdown_outcome(run(2, DocumentFormat::Markdown, 100));
}

TEST(Incremental, RandomMarkdownEditsEqualFreshAnalysisSeed3) {
    expect_markdown_outcome(run(3, DocumentFormat::Markdown, 100));
}

TEST(Incremental, RandomPlainTextEditsEqualFreshAnalysis) {
    const Outcome outcome = run(4, DocumentFormat::PlainText, 100);
    EXPECT_GT(outcome.reused_blocks, 0U);
    EXPECT_EQ(outcome.edited_trees + outcome.reparsed_trees, 0) << "plain text has no tree";
}

std::shared_ptr<const Document> markdown(std::string text) {
    return Document::build(Text(std::move(text)), DocumentFormat::Markdown);
}

/// Builds `after` on `before`, with the one edit replacing [start, end) of before's text.
std::shared_ptr<const Document> edited(const Document& before, std::uint32_t start,
                                       std::uint32_t end, std::string_view replacement) {
    Text text = before.text();
    const Position from = text.position_of(ByteOffset{start}, PositionEncoding::Utf8);
    const Position to = text.position_of(ByteOffset{end}, PositionEncoding::Utf8);
    const auto edit = text.replace({from, to}, replacement, PositionEncoding::Utf8);
    return Document::build(std::move(text), before.format(), &before, std::span(&*edit, 1));
}

TEST(Incremental, UnchangedParagraphsKeepTheirTokensMoved) {
    const auto before = markdown("First paragraph here.\n\nSecond one, said NATO.\n");
    const auto after = edited(*before, 0, 0, "New. ");
    ASSERT_EQ(after->blocks().size(), 2U);
    const Sentence& moved = after->sentences().back();
    EXPECT_EQ(after->slice(moved.range), "Second one, said NATO.");
    const auto tokens = after->tokens_of(moved);
    ASSERT_EQ(tokens.size(), 6U);
    EXPECT_EQ(after->slice(tokens[4].range), "NATO");
    EXPECT_EQ(tokens[4].folded, "nato");
    expect_same(dump(*markdown(after->text().str())), dump(*after), "moved paragraph");
}

TEST(Incremental, PlaceMentionsAreFoundAgainWhereTheProseMoved) {
    const auto before = markdown("Talks in Beijing.\n\nJapan's envoy left, said NATO.\n");
    const auto after = edited(*before, 0, 0, "Seoul waited. ");
    const auto mentions = after->place_mentions();
    ASSERT_EQ(mentions.size(), 4U);
    EXPECT_EQ(after->slice(mentions[0].range), "Seoul");
    EXPECT_EQ(mentions[0].id, "KR");
    EXPECT_EQ(after->slice(mentions[2].range), "Japan's");
    EXPECT_EQ(mentions[2].sentence, 2U);
    EXPECT_EQ(after->tokens()[mentions[2].first_token].folded, "japan's");
    expect_same(dump(*markdown(after->text().str())), dump(*after), "moved place mentions");
}

TEST(Incremental, ReleasedParseStateStillBuildsRight) {
    const auto before = markdown("# Title\n\nOne *two* three. Four.\n\n- item [link](x)\n");
    EXPECT_TRUE(before->has_parse_state());
    before->release_parse_state();
    EXPECT_FALSE(before->has_parse_state());
    const auto after = edited(*before, 10, 10, "Zero. ");
    EXPECT_TRUE(after->has_parse_state());
    expect_same(dump(*markdown(after->text().str())), dump(*after), "released parse state");
}

TEST(Incremental, EngineRechecksOnlyTheChangedBlock) {
    const CheckSettings settings = settings_with_block_plugin();
    AnalysisCache cache;
    const auto before =
        markdown("NATO said one.\n\nChina said two.\n\nJapan said three.\n\nIndia said four.\n");
    const Analysis first = analyze(*before, settings, nullptr, &cache);
    EXPECT_EQ(cache.checked_blocks(), 4U);
    EXPECT_EQ(cache.reused_blocks(), 0U);
    const auto after = edited(*before, 16, 16, "Later, ");
    const Analysis second = analyze(*after, settings, nullptr, &cache);
    EXPECT_EQ(cache.checked_blocks(), 1U);
    EXPECT_EQ(cache.reused_blocks(), 3U);
    expect_same(dump(analyze(*after, settings), *after), dump(second, *after), "one block");
    // The moved findings point at the same words as before.
    ASSERT_EQ(first.diagnostics.size(), second.diagnostics.size());
    for (std::size_t i = 0; i < first.diagnostics.size(); ++i) {
        EXPECT_EQ(before->slice(first.diagnostics[i].range),
                  after->slice(second.diagnostics[i].range));
    }
}

TEST(Incremental, OtherOptionsCheckEveryBlockAgain) {
    CheckSettings settings = settings_with_block_plugin();
    AnalysisCache cache;
    const auto document = markdown("NATO said one.\n\nChina said two.\n");
    (void)analyze(*document, settings, nullptr, &cache);
    settings.options["block"].set("word", std::string("china"));
    const Analysis changed = analyze(*document, settings, nullptr, &cache);
    EXPECT_EQ(cache.reused_blocks(), 0U);
    EXPECT_EQ(cache.checked_blocks(), 2U);
    expect_same(dump(analyze(*document, settings), *document), dump(changed, *document), "options");
}

TEST(Incremental, CancelledAnalysisLeavesTheCacheAsItWas) {
    const CheckSettings settings = settings_with_block_plugin();
    AnalysisCache cache;
    const auto before = markdown("NATO said one.\n\nChina said two.\n");
    (void)analyze(*before, settings, nullptr, &cache);
    const auto after = edited(*before, 0, 0, "Now ");
    const std::atomic<bool> cancelled{true};
    EXPECT_TRUE(analyze(*after, settings, &cancelled, &cache).cancelled);
    const Analysis again = analyze(*after, settings, nullptr, &cache);
    EXPECT_EQ(cache.reused_blocks(), 1U); // against the first analysis, still cached
    expect_same(dump(analyze(*after, settings), *after), dump(again, *after), "cancelled");
}

/// A plugin that fails, as a buggy shared-object plugin might.
class ThrowingPlugin final : public Plugin {
public:
    std::string_view id() const override { return "throwing"; }
    std::span<const RuleInfo> rules() const override { return {}; }
    void check(const Document&, const Options&, Reporter&) const override {
        throw std::runtime_error("plugin failed");
    }
};

TEST(Incremental, AFailingPluginFailsTheAnalysisWhateverThreadRanIt) {
    CheckSettings settings = settings_with_block_plugin();
    settings.extra_plugins.push_back(std::make_shared<ThrowingPlugin>());
    AnalysisCache cache; // with a cache, plugins run side by side
    const auto document = markdown("NATO said one.\n");
    EXPECT_THROW((void)analyze(*document, settings, nullptr, &cache), std::runtime_error);
    EXPECT_THROW((void)analyze(*document, settings), std::runtime_error);
}

} // namespace
} // namespace parallax::test
