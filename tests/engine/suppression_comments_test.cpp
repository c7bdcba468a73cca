// Reading suppression comments: the directive grammar, and where in a draft a comment counts.

#include "suppression_comments.h"

#include <gtest/gtest.h>

namespace parallax {
namespace {

using Kind = SuppressionComment::Kind;

std::optional<SuppressionComment> parse(std::string_view text) {
    return parse_suppression_comment(text, ByteOffset{100});
}

std::vector<std::string> names(const SuppressionComment& comment) {
    std::vector<std::string> out;
    for (const auto& rule : comment.rules) {
        out.push_back(rule.name);
    }
    return out;
}

std::vector<Kind> kinds(const std::string& text, DocumentFormat format) {
    const auto document = Document::build(Text(text), format);
    std::vector<Kind> out;
    for (const auto& comment : find_suppression_comments(*document)) {
        out.push_back(comment.kind);
    }
    return out;
}

TEST(SuppressionComment, ReadsEachKeyword) {
    EXPECT_EQ(parse("<!-- parallax-disable-next-line claims -- r -->")->kind,
              Kind::DisableNextLine);
    EXPECT_EQ(parse("<!-- parallax-disable claims -- r -->")->kind, Kind::Disable);
    EXPECT_EQ(parse("<!-- parallax-enable claims -->")->kind, Kind::Enable);
    EXPECT_EQ(parse("<!-- parallax-disable-file claims -- r -->")->kind, Kind::DisableFile);
}

TEST(SuppressionComment, ReadsRuleNamesWithTheirRanges) {
    const std::string text =
        "<!-- parallax-disable-next-line claims/weasel-attribution, framing -- quoted -->";
    const auto comment = parse(text);
    ASSERT_TRUE(comment);
    EXPECT_EQ(names(*comment), (std::vector<std::string>{"claims/weasel-attribution", "framing"}));
    const ByteRange first = comment->rules[0].range;
    EXPECT_EQ(text.substr(first.start.value - 100, first.size()), "claims/weasel-attribution");
    EXPECT_EQ(comment->range.size(), text.size());
}

TEST(SuppressionComment, ReasonFollowsTheFirstDoubleHyphen) {
    EXPECT_EQ(parse("<!-- parallax-disable claims -- quoted from the communiqu\u00e9 -->")->reason,
              "quoted from the communiqu\u00e9");
    EXPECT_EQ(parse("<!-- parallax-disable claims -- a -- b -->")->reason, "a -- b");
    EXPECT_EQ(parse("<!-- parallax-disable claims -->")->reason, std::nullopt);
    EXPECT_EQ(parse("<!-- parallax-disable claims --   -->")->reason, std::nullopt);
    EXPECT_EQ(parse("<!--parallax-disable claims--why-->")->reason, "why");
}

TEST(SuppressionComment, SpaceSeparatedNamesAndNoNames) {
    EXPECT_EQ(names(*parse("<!-- parallax-disable claims  framing,perspectives -- r -->")),
              (std::vector<std::string>{"claims", "framing", "perspectives"}));
    EXPECT_TRUE(parse("<!-- parallax-disable -- r -->")->rules.empty());
}

TEST(SuppressionComment, OtherCommentsAreNotSuppressions) {
    EXPECT_FALSE(parse("<!-- a note to the editor -->"));
    EXPECT_FALSE(parse("<!-- parallax-disabled claims -- r -->"));
    EXPECT_FALSE(parse("<!-- parallax-disable-line claims -- r -->"));
    EXPECT_FALSE(parse("<!-- parallax -->"));
    EXPECT_FALSE(parse("<!---->"));
    EXPECT_FALSE(parse("parallax-disable claims"));
}

TEST(SuppressionComment, FoundInHtmlBlocksAndInlineHtml) {
    const std::string text = "# Title\n\n"
                             "<!-- parallax-disable-file claims -- r -->\n"
                             "Text <!-- parallax-disable framing --> more.\n\n"
                             "- item\n"
                             "  <!-- parallax-enable framing -->\n"
                             "> <!-- parallax-disable-next-line claims -- r -->\n"
                             "> quoted\n";
    EXPECT_EQ(
        kinds(text, DocumentFormat::Markdown),
        (std::vector<Kind>{Kind::DisableFile, Kind::Disable, Kind::Enable, Kind::DisableNextLine}));
}

TEST(SuppressionComment, InlineCommentWithAReasonIsProseToTheMarkdownParser) {
    // CommonMark 0.30 inline HTML comments may not contain "--": the parser leaves this one in
    // the paragraph (and renderers show it), so it is no suppression. Own-line comments are
    // HTML blocks, which may.
    const std::string text = "Text <!-- parallax-disable-file claims -- r --> more.\n";
    EXPECT_TRUE(kinds(text, DocumentFormat::Markdown).empty());
}

TEST(SuppressionComment, NeverInCode) {
    const std::string text = "Intro.\n\n"
                             "```\n<!-- parallax-disable-file claims -- r -->\n```\n\n"
                             "    <!-- parallax-disable-file claims -- r -->\n\n"
                             "Inline `<!-- parallax-disable-file claims -- r -->` code.\n\n"
                             "- item\n\n      <!-- parallax-disable-file claims -- r -->\n";
    EXPECT_TRUE(kinds(text, DocumentFormat::Markdown).empty());
}

TEST(SuppressionComment, PlainTextNeedsTheLineToItself) {
    const std::string text = "Title\n\n"
                             "  <!-- parallax-disable-next-line claims -- r -->  \n"
                             "Some text <!-- parallax-disable-file claims -- r -->\n";
    const auto document = Document::build(Text(text), DocumentFormat::PlainText);
    const auto comments = find_suppression_comments(*document);
    ASSERT_EQ(comments.size(), 1u);
    EXPECT_EQ(comments[0].kind, Kind::DisableNextLine);
    EXPECT_EQ(document->slice(comments[0].range),
              "<!-- parallax-disable-next-line claims -- r -->");
}

} // namespace
} // namespace parallax
