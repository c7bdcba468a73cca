// Prose whose only markup is brackets that cannot make a link, a reference or a footnote is not
// given to the inline grammar (inert_brackets.h). Three checks: direct cases of BracketScan; on
// random prose, that whenever BracketScan says inert the grammar itself finds nothing that
// Document building acts on; and on random drafts, that a build with the shortcut equals one
// that parses every bracket (but for unparsed ranges, which prose left out does not have).

#include "document_lines.h"
#include "inert_brackets.h"

#include "parallax/document.h"

#include <gtest/gtest.h>
#include <tree_sitter/api.h>

#include <algorithm>
#include <cstdlib>
#include <iterator>
#include <memory>
#include <random>
#include <string>
#include <string_view>
#include <vector>

extern "C" const TSLanguage* tree_sitter_markdown_inline(void);

namespace parallax {
namespace {

bool inert(std::initializer_list<std::string_view> stretches) {
    detail::BracketScan scan;
    for (const std::string_view stretch : stretches) {
        scan.add(stretch);
    }
    return scan.inert();
}

TEST(InertBrackets, BracketsThatCanMakeNothing) {
    EXPECT_TRUE(inert({"That is not for [voters] to know."}));
    EXPECT_TRUE(inert({"He can't say it [be]cause [sic] of them."}));
    EXPECT_TRUE(inert({"An age[nt, then [John] and a stray ] here."}));
    EXPECT_TRUE(inert({"A ![shortcut image] and [one] (later)."}));
    EXPECT_TRUE(inert({"A f***ed up [state] for @snake_case users, ~ish."}));
    EXPECT_TRUE(inert({"*Strong* [a] _b_ [c] ~~d~~"}));
    EXPECT_TRUE(inert({"[a] b", "[c] d"}));
}

TEST(InertBrackets, BracketsThatCanMakeSomething) {
    EXPECT_FALSE(inert({"A footnote.[^1]"}));
    EXPECT_FALSE(inert({"An [inline](https://example.org) link."}));
    EXPECT_FALSE(inert({"A [full][ref] and a [collapsed][] reference."}));
    EXPECT_FALSE(inert({"Empty [] brackets."}));
    EXPECT_FALSE(inert({"An escaped \\[bracket]."}));
    EXPECT_FALSE(inert({"An *open [bracket with* a delimiter]."}));
    EXPECT_FALSE(inert({"A [pair], then *emphasis* and an open [one."}));
    EXPECT_FALSE(inert({"A stray ] before *emphasis* and [a pair]."}));
    EXPECT_FALSE(inert({"Strikethrough ~in [a~ pair]."}));
    // Across the stretches of one block, as the grammar reads them.
    EXPECT_FALSE(inert({"A [link]", "(https://example.org)"}));
    EXPECT_FALSE(inert({"A [", "^1] footnote"}));
}

/// Random prose built from pieces where the grammar's choices are finest: brackets next to
/// delimiters, parentheses, carets, escapes and quotes.
std::string random_prose(std::mt19937& random, int max_pieces) {
    static constexpr std::string_view kPieces[] = {
        "word",  "the",  "said", " ",  " ",   " ",  "[",          "]",         "[",  "]",
        "[x]",   "[be]", "*",    "**", "***", "_",  "__",         "~",         "~~", "(",
        ")",     "!",    "^",    "\\", "\"",  "“",  "’",          "'",         ":",  "\n",
        "&amp;", "$",    "=",    "|",  "-",   ".",  ",",          "#",         "1",  "a_b",
        "f**k",  "*a*",  "_a_",  "[[", "]]",  "![", "http://x.y", "@user_name"};
    std::string out;
    for (int n = std::uniform_int_distribution<int>(1, max_pieces)(random); n > 0; --n) {
        out +=
            kPieces[std::uniform_int_distribution<std::size_t>(0, std::size(kPieces) - 1)(random)];
    }
    return out;
}

int env_count(const char* name, int fallback) {
    const char* value = std::getenv(name);
    return value != nullptr ? std::atoi(value) : fallback;
}

/// The inline nodes Document building acts on (walk_inline in markdown.cpp), but for shortcut
/// links, which it acts on only with a definition or a "^".
bool acted_on(std::string_view kind) {
    static constexpr std::string_view kKinds[] = {"code_span",
                                                  "html_tag",
                                                  "uri_autolink",
                                                  "email_autolink",
                                                  "link_destination",
                                                  "link_title",
                                                  "inline_link",
                                                  "full_reference_link",
                                                  "collapsed_reference_link",
                                                  "link_label"};
    return std::ranges::find(kKinds, kind) != std::end(kKinds);
}

/// The first node under `node` that Document building would act on, as "kind start-end", or "".
std::string first_acted_on(TSNode node, std::string_view prose) {
    const std::string_view kind = ts_node_type(node);
    const std::uint32_t start = ts_node_start_byte(node);
    const std::uint32_t end = ts_node_end_byte(node);
    if (acted_on(kind) ||
        (kind == "shortcut_link" && prose.substr(start, end - start).starts_with("[^"))) {
        return std::string(kind) + " " + std::to_string(start) + "-" + std::to_string(end);
    }
    for (std::uint32_t i = 0; i < ts_node_child_count(node); ++i) {
        std::string found = first_acted_on(ts_node_child(node, i), prose);
        if (!found.empty()) {
            return found;
        }
    }
    return {};
}

TEST(InertBrackets, TheGrammarFindsNothingToActOnInInertProse) {
    // PARALLAX_INERT_SAMPLES=N (and PARALLAX_INERT_SEED) for a longer run by hand.
    const int count = env_count("PARALLAX_INERT_SAMPLES", 20000);
    std::mt19937 random(static_cast<std::uint32_t>(env_count("PARALLAX_INERT_SEED", 2026)));
    const std::unique_ptr<TSParser, decltype(&ts_parser_delete)> parser(ts_parser_new(),
                                                                        ts_parser_delete);
    ASSERT_TRUE(ts_parser_set_language(parser.get(), tree_sitter_markdown_inline()));
    int inert_with_brackets = 0;
    int not_inert = 0;
    for (int i = 0; i < count; ++i) {
        const std::string prose = random_prose(random, 16);
        if (prose.find_first_of("`<") != std::string::npos ||
            prose.find('[') == std::string::npos) {
            continue; // the caller's business
        }
        if (!inert({prose})) {
            ++not_inert;
            continue;
        }
        ++inert_with_brackets;
        const std::unique_ptr<TSTree, decltype(&ts_tree_delete)> tree(
            ts_parser_parse_string(parser.get(), nullptr, prose.data(),
                                   static_cast<std::uint32_t>(prose.size())),
            ts_tree_delete);
        ASSERT_TRUE(tree);
        EXPECT_EQ(first_acted_on(ts_tree_root_node(tree.get()), prose), "") << "prose: " << prose;
        if (::testing::Test::HasFailure()) {
            break;
        }
    }
    // Both answers must be common, or the comparison shows little.
    EXPECT_GT(inert_with_brackets, count / 10);
    EXPECT_GT(not_inert, count / 10);
}

std::vector<std::string> dump_without_unparsed(const Document& doc) {
    std::vector<std::string> lines = test::dump(doc);
    std::erase_if(lines, [](const std::string& line) { return line.starts_with("unparsed "); });
    return lines;
}

/// A draft of paragraphs of random prose, with now and then a heading, a list item, a quote, a
/// link reference definition or a footnote definition.
std::string random_draft(std::mt19937& random) {
    static constexpr std::string_view kLines[] = {
        "# A [heading] here", "- An [item] in a list",
        "> A [quoted] line",  "[the brief]: https://b.example",
        "[^1]: A note.",      "Plain prose, no brackets at all."};
    std::string draft;
    for (int n = std::uniform_int_distribution<int>(1, 6)(random); n > 0; --n) {
        if (std::uniform_int_distribution<int>(0, 9)(random) == 0) {
            draft += kLines[std::uniform_int_distribution<std::size_t>(0, std::size(kLines) -
                                                                              1)(random)];
        } else {
            draft += random_prose(random, 40);
        }
        draft += "\n\n";
    }
    return draft;
}

TEST(InertBrackets, DraftsReadTheSameWithAndWithoutTheShortcut) {
    const int count = env_count("PARALLAX_INERT_DRAFTS", 1000);
    std::mt19937 random(static_cast<std::uint32_t>(env_count("PARALLAX_INERT_SEED", 2026)));
    for (int i = 0; i < count; ++i) {
        const std::string draft = random_draft(random);
        const auto shortcut = Document::build(Text(draft), DocumentFormat::Markdown);
        const auto parsed =
            Document::build_markdown(Text(draft), {.flat_prose = true, .inert_brackets = false});
        EXPECT_EQ(dump_without_unparsed(*shortcut), dump_without_unparsed(*parsed))
            << "draft: " << draft;
        if (::testing::Test::HasFailure()) {
            break;
        }
    }
}

TEST(InertBrackets, ADefinitionMakesEveryBracketCount) {
    // "[the brief]" is inert prose alone, but a link once it is defined.
    const std::string paragraph = "See [the brief] for more.\n";
    EXPECT_TRUE(Document::build(Text(paragraph), DocumentFormat::Markdown)->citations().empty());
    const auto defined = Document::build(Text(paragraph + "\n[the brief]: https://b.example\n"),
                                         DocumentFormat::Markdown);
    ASSERT_EQ(defined->citations().size(), 1U);
    EXPECT_EQ(defined->citations()[0].target, "https://b.example");
}

} // namespace
} // namespace parallax
