// The edits behind code actions, on plain texts: suppressions, citation placeholders, and the
// known-sources vocabulary in .parallax.json and in front matter.
#include "code_action_edits.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

namespace parallax::lsp {
namespace {

std::string applied(std::string_view text, const Replacement& r) {
    std::string out(text);
    out.replace(r.range.start.value, r.range.size(), r.text);
    return out;
}

TEST(SuppressOnLine, InsertsACommentLineBeforeTheFinding) {
    const Text text("# T\n\nCritics say so.\n");
    const Replacement r = suppress_on_line(text, LineNumber{2}, "claims/weasel-attribution");
    EXPECT_EQ(applied(text.view(), r),
              "# T\n\n<!-- parallax-disable-next-line "
              "claims/weasel-attribution -- REASON -->\nCritics say so.\n");
}

TEST(SuppressOnLine, KeepsIndentationAndBlockquoteMarkers) {
    const Text text("- item\n\n  > Critics say so.\n");
    const Replacement r = suppress_on_line(text, LineNumber{2}, "claims/x");
    EXPECT_EQ(applied(text.view(), r),
              "- item\n\n  > <!-- parallax-disable-next-line claims/x -- REASON -->\n"
              "  > Critics say so.\n");
}

TEST(CitationPlaceholder, GoesBeforeTheClosingPunctuation) {
    const std::string draft = "# T\n\nExperts believe 40 percent of voters agree.\n";
    auto document = Document::build(Text(draft), DocumentFormat::Markdown);
    const auto at = static_cast<std::uint32_t>(draft.find("40"));
    auto r = citation_placeholder(*document, ByteOffset{at});
    ASSERT_TRUE(r);
    EXPECT_EQ(applied(draft, *r), "# T\n\nExperts believe 40 percent of voters agree "
                                  "[citation needed].\n");
}

TEST(CitationPlaceholder, GoesInsideAClosingQuote) {
    const std::string draft = "Officials said \u201cthe plan failed.\u201d\n";
    auto document = Document::build(Text(draft), DocumentFormat::Markdown);
    auto r = citation_placeholder(*document, ByteOffset{0});
    ASSERT_TRUE(r);
    EXPECT_EQ(applied(draft, *r),
              "Officials said \u201cthe plan failed [citation needed].\u201d\n");
}

TEST(KnownSourceInConfig, CreatesOptionsInAnObjectWithMembers) {
    const std::string config = "{\n  // house rules\n  \"rules\": {}\n}\n";
    auto r = add_known_source_to_config(config, "claims", "Critics");
    ASSERT_TRUE(r);
    EXPECT_EQ(
        applied(config, *r),
        "{\n  // house rules\n  \"options\": {\"claims\":{\"known_sources\":[\"Critics\"]}},\n"
        "  \"rules\": {}\n}\n");
}

TEST(KnownSourceInConfig, EmptyObject) {
    auto r = add_known_source_to_config("{}", "claims", "Critics");
    ASSERT_TRUE(r);
    EXPECT_EQ(applied("{}", *r), R"({"options": {"claims":{"known_sources":["Critics"]}}})");
}

TEST(KnownSourceInConfig, AddsToTheExistingList) {
    const std::string config = R"({"options": {"claims": {"known_sources": ["IISS"]}}})";
    auto r = add_known_source_to_config(config, "claims", "Critics");
    ASSERT_TRUE(r);
    const std::string edited = applied(config, *r);
    EXPECT_EQ(edited, R"({"options": {"claims": {"known_sources": ["Critics", "IISS"]}}})");
    EXPECT_FALSE(add_known_source_to_config(edited, "claims", "Critics")); // there already
}

TEST(KnownSourceInConfig, EmptyListAndMissingPlugin) {
    const std::string empty = R"({"options": {"claims": {"known_sources": []}}})";
    auto r = add_known_source_to_config(empty, "claims", "A");
    ASSERT_TRUE(r);
    EXPECT_EQ(applied(empty, *r), R"({"options": {"claims": {"known_sources": ["A"]}}})");
    const std::string other = R"({"options": {"framing": {"min_repeat": 3}}})";
    r = add_known_source_to_config(other, "claims", "A");
    ASSERT_TRUE(r);
    EXPECT_EQ(applied(other, *r),
              R"({"options": {"claims": {"known_sources":["A"]}, "framing": {"min_repeat": 3}}})");
}

TEST(KnownSourceInConfig, RefusesWhatItCannotEditCleanly) {
    EXPECT_FALSE(add_known_source_to_config("{ broken", "claims", "A"));
    EXPECT_FALSE(add_known_source_to_config("[]", "claims", "A"));
    EXPECT_FALSE(add_known_source_to_config(R"({"options": 3})", "claims", "A"));
    EXPECT_FALSE(add_known_source_to_config(R"({"options": {"claims": {"known_sources": "A"}}})",
                                            "claims", "A"));
}

TEST(KnownSourceInConfig, EscapesTheSource) {
    auto r = add_known_source_to_config("{}", "claims", "the \"Institute\"");
    ASSERT_TRUE(r);
    auto edited = nlohmann::json::parse(applied("{}", *r));
    EXPECT_EQ(edited["options"]["claims"]["known_sources"][0], "the \"Institute\"");
}

TEST(KnownSourceInFrontMatter, CreatesFrontMatter) {
    const Text draft("# T\n\nCritics say so.\n");
    auto r = add_known_source_to_front_matter(draft, "claims", "Critics");
    ASSERT_TRUE(r);
    EXPECT_EQ(applied(draft.view(), *r), "---\nparallax:\n  options:\n    claims:\n"
                                         "      known_sources: [\"Critics\"]\n---\n# T\n\n"
                                         "Critics say so.\n");
}

TEST(KnownSourceInFrontMatter, AddsTheParallaxKeyToOtherFrontMatter) {
    const Text draft("---\ntitle: A\n---\nText.\n");
    auto r = add_known_source_to_front_matter(draft, "claims", "Critics");
    ASSERT_TRUE(r);
    EXPECT_EQ(applied(draft.view(), *r), "---\ntitle: A\nparallax:\n  options:\n    claims:\n"
                                         "      known_sources: [\"Critics\"]\n---\nText.\n");
}

TEST(KnownSourceInFrontMatter, CompletesAPartialPath) {
    const Text draft("---\nparallax:\n  region: Asia\n  options:\n    framing:\n      min: 2\n"
                     "---\nText.\n");
    auto r = add_known_source_to_front_matter(draft, "claims", "Critics");
    ASSERT_TRUE(r);
    EXPECT_EQ(applied(draft.view(), *r),
              "---\nparallax:\n  region: Asia\n  options:\n    claims:\n"
              "      known_sources: [\"Critics\"]\n    framing:\n      min: 2\n---\nText.\n");
}

TEST(KnownSourceInFrontMatter, AddsToFlowAndBlockLists) {
    const Text flow("---\nparallax:\n  options:\n    claims:\n      known_sources: [\"IISS\"]\n"
                    "---\n");
    auto r = add_known_source_to_front_matter(flow, "claims", "Critics");
    ASSERT_TRUE(r);
    EXPECT_EQ(applied(flow.view(), *r), "---\nparallax:\n  options:\n    claims:\n"
                                        "      known_sources: [\"Critics\", \"IISS\"]\n---\n");
    EXPECT_FALSE(add_known_source_to_front_matter(flow, "claims", "IISS"));

    const Text block("---\nparallax:\n  options:\n    claims:\n      known_sources:\n"
                     "        - IISS\n---\n");
    r = add_known_source_to_front_matter(block, "claims", "Critics");
    ASSERT_TRUE(r);
    EXPECT_EQ(applied(block.view(), *r),
              "---\nparallax:\n  options:\n    claims:\n      known_sources:\n"
              "        - \"Critics\"\n        - IISS\n---\n");
    EXPECT_FALSE(add_known_source_to_front_matter(block, "claims", "IISS"));
}

TEST(KnownSourceInFrontMatter, RefusesFlowMappingsAndUnclosedFrontMatter) {
    EXPECT_FALSE(add_known_source_to_front_matter(Text("---\nparallax: {region: Asia}\n---\n"),
                                                  "claims", "A"));
    EXPECT_FALSE(add_known_source_to_front_matter(Text("---\ntitle: A\n"), "claims", "A"));
}

} // namespace
} // namespace parallax::lsp

namespace parallax::lsp {
namespace {

std::optional<std::string> candidate(const std::string& draft, std::string_view finding) {
    auto document = Document::build(Text(draft), DocumentFormat::Markdown);
    const auto at = static_cast<std::uint32_t>(draft.find(finding));
    return known_source_candidate(
        *document,
        ByteRange{ByteOffset{at}, ByteOffset{at + static_cast<std::uint32_t>(finding.size())}});
}

TEST(KnownSourceCandidate, TheProperNameBeforeTheClaim) {
    EXPECT_EQ(candidate("The Military Balance counts 90 warheads.\n", "90 warheads"),
              "The Military Balance");
    EXPECT_EQ(candidate("SIPRI counts 90 warheads.\n", "90 warheads"), "SIPRI");
    EXPECT_EQ(candidate("Last year the Institute for Strategy counted 90 ships.\n", "90 ships"),
              "Institute for Strategy");
}

TEST(KnownSourceCandidate, NoneWhenTheSentenceNamesNoOne) {
    EXPECT_FALSE(candidate("Officials counted 90 warheads.\n", "90 warheads"));
    EXPECT_FALSE(candidate("There are 90 warheads.\n", "90 warheads"));
}

} // namespace
} // namespace parallax::lsp
