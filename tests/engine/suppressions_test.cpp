// Applying suppression comments in analyze(): each form, what "next line" covers in Markdown
// and plain text, the findings about the comments themselves, and settings.

#include "word_plugin.h"

#include <gtest/gtest.h>

namespace parallax::test {
namespace {

using Findings = std::vector<Finding>;
constexpr auto kPlain = DocumentFormat::PlainText;
constexpr auto kMarkdown = DocumentFormat::Markdown;

TEST(Suppressions, NoCommentsNoChange) {
    EXPECT_EQ(findings("alpha and beta.\n"),
              (Findings{{"fake/alpha", 0, "alpha"}, {"fake/beta", 0, "beta"}}));
}

TEST(Suppressions, DisableNextLineCoversTheNextLineOnly) {
    const std::string text = "alpha one.\n\n"
                             "<!-- parallax-disable-next-line fake/alpha -- testing -->\n"
                             "alpha two.\n\n"
                             "alpha three.\n";
    EXPECT_EQ(findings(text), (Findings{{"fake/alpha", 0, "alpha"}, {"fake/alpha", 5, "alpha"}}));
}

TEST(Suppressions, DisableNextLineBeforeAParagraphCoversTheWholeParagraph) {
    // A hard-wrapped paragraph: the finding on its third line is covered too.
    const std::string text = "<!-- parallax-disable-next-line fake/alpha -- testing -->\n"
                             "First line of the paragraph,\n"
                             "second line,\n"
                             "third line with alpha.\n\n"
                             "Next paragraph with alpha.\n";
    EXPECT_EQ(findings(text), (Findings{{"fake/alpha", 5, "alpha"}}));
}

TEST(Suppressions, DisableNextLineSkipsBlankLinesAndStackedComments) {
    const std::string text = "<!-- parallax-disable-next-line fake/alpha -- testing -->\n\n"
                             "<!-- parallax-disable-next-line fake/beta -- testing -->\n"
                             "alpha beta.\n\n"
                             "alpha beta.\n";
    EXPECT_EQ(findings(text), (Findings{{"fake/alpha", 5, "alpha"}, {"fake/beta", 5, "beta"}}));
}

TEST(Suppressions, CommentInsideAParagraphCoversOnlyTheNextLine) {
    // Inline, the comment can have no reason: see SuppressionComment tests.
    const std::string text = "beta <!-- parallax-disable-next-line fake/alpha -->\n"
                             "alpha on the next line,\n"
                             "alpha on the one after.\n";
    EXPECT_EQ(findings(text), (Findings{{"fake/beta", 0, "beta"},
                                        {"parallax/suppression-without-reason", 0,
                                         "<!-- parallax-disable-next-line fake/alpha -->"},
                                        {"fake/alpha", 2, "alpha"}}));
}

TEST(Suppressions, LineAboveAListItemAsTheEditorInsertsIt) {
    const std::string text = "- alpha first.\n"
                             "  <!-- parallax-disable-next-line fake/alpha -- testing -->\n"
                             "- alpha second,\n"
                             "  alpha wrapped.\n"
                             "- alpha third.\n";
    EXPECT_EQ(findings(text), (Findings{{"fake/alpha", 0, "alpha"}, {"fake/alpha", 4, "alpha"}}));
}

TEST(Suppressions, LineAboveAListItemAtTheMargin) {
    const std::string text = "- alpha first.\n"
                             "<!-- parallax-disable-next-line fake/alpha -- testing -->\n"
                             "- alpha second.\n";
    EXPECT_EQ(findings(text), (Findings{{"fake/alpha", 0, "alpha"}}));
}

TEST(Suppressions, LineAboveAListItemsSecondParagraph) {
    const std::string text = "- alpha first.\n\n"
                             "  <!-- parallax-disable-next-line fake/alpha -- testing -->\n"
                             "  Second paragraph, alpha.\n\n"
                             "  Third paragraph, alpha.\n";
    EXPECT_EQ(findings(text), (Findings{{"fake/alpha", 0, "alpha"}, {"fake/alpha", 5, "alpha"}}));
}

TEST(Suppressions, LineAboveAParagraphInABlockquote) {
    const std::string text = "> alpha before.\n"
                             ">\n"
                             "> <!-- parallax-disable-next-line fake/alpha -- testing -->\n"
                             "> alpha quoted\n"
                             "> and alpha wrapped.\n\n"
                             "alpha after.\n";
    EXPECT_EQ(findings(text), (Findings{{"fake/alpha", 0, "alpha"}, {"fake/alpha", 6, "alpha"}}));
}

TEST(Suppressions, MultiLineComment) {
    const std::string text = "<!-- parallax-disable-next-line fake/alpha\n"
                             "     -- a reason on its own line -->\n"
                             "alpha.\n\n"
                             "alpha.\n";
    EXPECT_EQ(findings(text), (Findings{{"fake/alpha", 4, "alpha"}}));
}

TEST(Suppressions, DisableUntilEnable) {
    const std::string text = "alpha 0.\n\n"
                             "<!-- parallax-disable fake/alpha -- a glossary -->\n\n"
                             "alpha 4 beta.\n\n"
                             "alpha 6.\n\n"
                             "<!-- parallax-enable fake/alpha -->\n\n"
                             "alpha 10.\n";
    EXPECT_EQ(findings(text), (Findings{{"fake/alpha", 0, "alpha"},
                                        {"fake/beta", 4, "beta"},
                                        {"fake/alpha", 10, "alpha"}}));
}

TEST(Suppressions, DisableWithoutEnableRunsToTheEnd) {
    const std::string text = "alpha 0.\n\n"
                             "<!-- parallax-disable fake/alpha -- the rest is a transcript -->\n\n"
                             "alpha 4.\n\n"
                             "alpha 6.";
    EXPECT_EQ(findings(text), (Findings{{"fake/alpha", 0, "alpha"}}));
}

TEST(Suppressions, EnableWithoutDisableIsReported) {
    const std::string text = "<!-- parallax-disable fake/alpha -- a glossary -->\n\n"
                             "alpha 2.\n\n"
                             "<!-- parallax-enable fake/beta -->\n\n"
                             "alpha 6.\n";
    EXPECT_EQ(findings(text), (Findings{{"parallax/unused-suppression", 4, "fake/beta"}}));
}

TEST(Suppressions, DisableFileCoversEverything) {
    const std::string text = "alpha beta.\n\n"
                             "<!-- parallax-disable-file fake/alpha -- an interview -->\n\n"
                             "alpha.";
    EXPECT_EQ(findings(text), (Findings{{"fake/beta", 0, "beta"}}));
}

TEST(Suppressions, PluginIdCoversAllItsRules) {
    const std::string text = "<!-- parallax-disable-next-line fake -- testing -->\n"
                             "alpha beta.\n";
    EXPECT_TRUE(findings(text).empty());
}

TEST(Suppressions, SeveralNamesInOneComment) {
    const std::string text =
        "<!-- parallax-disable-next-line fake/alpha, fake/beta -- testing -->\n"
        "alpha beta.\n";
    EXPECT_TRUE(findings(text).empty());
}

TEST(Suppressions, MissingReasonIsReportedAndStillSuppresses) {
    const std::string text = "<!-- parallax-disable-next-line fake/alpha -->\n"
                             "alpha.\n\n"
                             "<!-- parallax-disable-next-line fake/alpha --  -->\n"
                             "alpha.\n";
    const Checked checked = check(text);
    EXPECT_EQ(checked.findings, (Findings{{"parallax/suppression-without-reason", 0,
                                           "<!-- parallax-disable-next-line fake/alpha -->"},
                                          {"parallax/suppression-without-reason", 3,
                                           "<!-- parallax-disable-next-line fake/alpha --  -->"}}));
    EXPECT_EQ(checked.diagnostics[0].severity, Severity::Warning);
}

TEST(Suppressions, EnableNeedsNoReason) {
    const std::string text = "<!-- parallax-disable fake/alpha -- testing -->\n\nalpha.\n\n"
                             "<!-- parallax-enable fake/alpha -->\n";
    EXPECT_TRUE(findings(text).empty());
}

TEST(Suppressions, UnusedSuppressionIsReportedWithAFixRemovingTheLine) {
    const std::string text = "Intro.\n\n"
                             "<!-- parallax-disable-next-line fake/alpha -- testing -->\n"
                             "beta.\n";
    const Checked checked = check(text);
    ASSERT_EQ(checked.findings, (Findings{{"parallax/unused-suppression", 2, "fake/alpha"},
                                          {"fake/beta", 3, "beta"}}));
    const Diagnostic& unused = checked.diagnostics[0];
    EXPECT_EQ(unused.severity, Severity::Information);
    ASSERT_EQ(unused.fixes.size(), 1u);
    EXPECT_EQ(apply(text, unused.fixes[0]), "Intro.\n\nbeta.\n");
}

TEST(Suppressions, UnusedNameInACommentThatIsUsedIsRemovedAlone) {
    const std::string text =
        "<!-- parallax-disable-next-line fake/beta, fake/alpha -- testing -->\n"
        "alpha.\n";
    const Checked checked = check(text);
    ASSERT_EQ(checked.findings, (Findings{{"parallax/unused-suppression", 0, "fake/beta"}}));
    ASSERT_EQ(checked.diagnostics[0].fixes.size(), 1u);
    EXPECT_EQ(apply(text, checked.diagnostics[0].fixes[0]),
              "<!-- parallax-disable-next-line fake/alpha -- testing -->\nalpha.\n");
}

TEST(Suppressions, UnknownRuleIsReportedAndTheOthersStillApply) {
    const std::string text =
        "<!-- parallax-disable-next-line fake/gamma, fake/alpha -- testing -->\n"
        "alpha.\n\n"
        "<!-- parallax-disable-next-line nosuchplugin -- testing -->\n"
        "beta.\n";
    const Checked checked = check(text);
    EXPECT_EQ(checked.findings, (Findings{{"parallax/unknown-rule", 0, "fake/gamma"},
                                          {"parallax/unknown-rule", 3, "nosuchplugin"},
                                          {"fake/beta", 4, "beta"}}));
    EXPECT_EQ(checked.diagnostics[0].severity, Severity::Warning);
}

TEST(Suppressions, UnknownRuleSuggestsTheNearestIdWithAFix) {
    const std::string text = "<!-- parallax-disable-next-line fake/alpa -- testing -->\n"
                             "alpha.\n";
    const Checked checked = check(text);
    ASSERT_EQ(checked.findings,
              (Findings{{"parallax/unknown-rule", 0, "fake/alpa"}, {"fake/alpha", 1, "alpha"}}));
    const Diagnostic& unknown = checked.diagnostics[0];
    EXPECT_NE(unknown.message.find("Did you mean \u201cfake/alpha\u201d?"), std::string::npos);
    ASSERT_EQ(unknown.fixes.size(), 1u);
    const std::string fixed = apply(text, unknown.fixes[0]);
    EXPECT_EQ(fixed, "<!-- parallax-disable-next-line fake/alpha -- testing -->\nalpha.\n");
    EXPECT_TRUE(findings(fixed).empty());
    // A shortened id that begins one rule id.
    const Checked shortened = check("<!-- parallax-disable-file fake/a -- testing -->\n");
    ASSERT_EQ(shortened.diagnostics.size(), 1u);
    EXPECT_NE(shortened.diagnostics[0].message.find("\u201cfake/alpha\u201d?"), std::string::npos);
    // Nothing near enough: no guess.
    const Checked far = check("<!-- parallax-disable-file zzz -- testing -->\n");
    ASSERT_EQ(far.diagnostics.size(), 1u);
    EXPECT_TRUE(far.diagnostics[0].fixes.empty());
}

TEST(Suppressions, EngineRulesAndEmptyCommentsAreUnknownNames) {
    const std::string text = "<!-- parallax-disable-file parallax/unused-suppression -- no -->\n\n"
                             "<!-- parallax-disable-next-line -- no rule -->\n"
                             "alpha.\n";
    EXPECT_EQ(findings(text), (Findings{{"parallax/unknown-rule", 0, "parallax/unused-suppression"},
                                        {"parallax/unknown-rule", 2,
                                         "<!-- parallax-disable-next-line -- no rule -->"},
                                        {"fake/alpha", 3, "alpha"}}));
}

TEST(Suppressions, CommentsInCodeDoNothing) {
    const std::string text = "```\n<!-- parallax-disable-file fake/alpha -- no -->\n```\n\n"
                             "Inline `<!-- parallax-disable-file fake/alpha -- no -->` code.\n\n"
                             "    <!-- parallax-disable-file fake/alpha -- no -->\n\n"
                             "alpha.\n";
    EXPECT_EQ(findings(text), (Findings{{"fake/alpha", 8, "alpha"}}));
}

TEST(Suppressions, PlainTextCommentOnItsOwnLine) {
    // Plain text has no parser to set the comment aside: its words are prose to the plugin, and
    // findings inside it are dropped.
    const std::string text = "Title\n\n"
                             "<!-- parallax-disable-next-line fake/alpha -- testing -->\n"
                             "alpha here,\n"
                             "alpha wrapped.\n\n"
                             "alpha after.\n";
    EXPECT_EQ(findings(text, kPlain), (Findings{{"fake/alpha", 6, "alpha"}}));
}

TEST(Suppressions, PlainTextCommentSharingItsLineDoesNothing) {
    const std::string text = "Title\n\n"
                             "beta <!-- parallax-disable-file fake/alpha -- testing -->\n"
                             "alpha.\n";
    EXPECT_EQ(findings(text, kPlain), (Findings{{"fake/beta", 2, "beta"},
                                                {"fake/alpha", 2, "alpha"},
                                                {"fake/alpha", 3, "alpha"}}));
}

TEST(Suppressions, PlainTextDisableAndEnable) {
    const std::string text = "Title\n\n"
                             "<!-- parallax-disable fake -- testing -->\n\n"
                             "alpha beta.\n\n"
                             "<!-- parallax-enable fake -->\n\n"
                             "alpha.\n";
    EXPECT_EQ(findings(text, kPlain), (Findings{{"fake/alpha", 8, "alpha"}}));
}

TEST(SuppressionsAndSettings, EngineRulesCanBeTurnedOff) {
    const std::string text = "<!-- parallax-disable-next-line fake/alpha -->\nbeta.\n";
    EXPECT_EQ(findings(text), (Findings{{"parallax/suppression-without-reason", 0,
                                         "<!-- parallax-disable-next-line fake/alpha -->"},
                                        {"parallax/unused-suppression", 0, "fake/alpha"},
                                        {"fake/beta", 1, "beta"}}));
    CheckSettings unused_off;
    unused_off.rules["parallax/unused-suppression"] = RuleSetting{false, std::nullopt};
    EXPECT_EQ(findings(text, kMarkdown, unused_off),
              (Findings{{"parallax/suppression-without-reason", 0,
                         "<!-- parallax-disable-next-line fake/alpha -->"},
                        {"fake/beta", 1, "beta"}}));
    CheckSettings engine_off;
    engine_off.rules["parallax"] = RuleSetting{false, std::nullopt};
    EXPECT_EQ(findings(text, kMarkdown, engine_off), (Findings{{"fake/beta", 1, "beta"}}));
}

TEST(SuppressionsAndSettings, EngineRulesTakeTheConfiguredSeverity) {
    CheckSettings settings;
    settings.rules["parallax/suppression-without-reason"] = RuleSetting{true, Severity::Error};
    const Checked checked =
        check("<!-- parallax-disable-next-line fake/alpha -->\nalpha.\n", kMarkdown, settings);
    ASSERT_EQ(checked.diagnostics.size(), 1u);
    EXPECT_EQ(checked.diagnostics[0].rule, "parallax/suppression-without-reason");
    EXPECT_EQ(checked.diagnostics[0].severity, Severity::Error);
}

TEST(SuppressionsAndSettings, SuppressingARuleThatIsOffSuppressesNothing) {
    CheckSettings settings;
    settings.rules["fake/alpha"] = RuleSetting{false, std::nullopt};
    const Checked checked =
        check("<!-- parallax-disable-next-line fake/alpha -- testing -->\nalpha beta.\n", kMarkdown,
              settings);
    EXPECT_EQ(checked.findings, (Findings{{"parallax/unused-suppression", 0, "fake/alpha"},
                                          {"fake/beta", 1, "beta"}}));
    EXPECT_NE(checked.diagnostics[0].message.find("off in the configuration"), std::string::npos);
}

TEST(SuppressionsAndSettings, ARuleOffInSettingsIsNotBroughtBackByAnEnable) {
    CheckSettings settings;
    settings.rules["fake/alpha"] = RuleSetting{false, std::nullopt};
    const std::string text = "<!-- parallax-disable fake/beta -- testing -->\n\nbeta.\n\n"
                             "<!-- parallax-enable fake/beta -->\n\nalpha beta.\n";
    EXPECT_EQ(findings(text, kMarkdown, settings), (Findings{{"fake/beta", 6, "beta"}}));
}

/// What the editor's "suppress on this line" action does: the comment goes on its own line
/// right above the finding's line, after that line's indentation and blockquote markers.
std::string suppress_above(const std::string& text, std::uint32_t line, std::string_view rule) {
    const Text t(text);
    const std::size_t start = t.line_start(LineNumber{line}).value;
    const std::string_view rest = std::string_view(text).substr(start);
    const std::size_t prefix = std::min(rest.find_first_not_of(" \t>"), rest.size());
    return text.substr(0, start) + std::string(rest.substr(0, prefix)) +
           "<!-- parallax-disable-next-line " + std::string(rule) + " -- reason -->\n" +
           std::string(rest);
}

TEST(Suppressions, WhereTheEditorInsertsTheComment) {
    struct Case {
        std::string text;
        std::uint32_t line; // of the finding to suppress
    };
    const std::vector<Case> cases{
        {"First line,\nsecond line with alpha,\nthird line.\n", 1},
        {"- item one,\n  wrapped with alpha.\n- item two.\n", 1},
        {"- item one.\n- item alpha.\n", 1},
        {"> quoted first line\n> and alpha wrapped.\n", 1},
        {"> - quoted item\n>   with alpha.\n", 1},
        {"# Heading with alpha\n\nText.\n", 0},
        {"| a | b |\n|---|---|\n| alpha | c |\n", 2},
    };
    for (const Case& c : cases) {
        ASSERT_EQ(findings(c.text), (Findings{{"fake/alpha", c.line, "alpha"}})) << c.text;
        const std::string suppressed = suppress_above(c.text, c.line, "fake/alpha");
        EXPECT_TRUE(findings(suppressed).empty()) << suppressed;
        const std::string plain = suppress_above("Title\n\n" + c.text, c.line + 2, "fake/alpha");
        EXPECT_TRUE(findings(plain, kPlain).empty()) << plain;
    }
}

TEST(SuppressionsWithBuiltInPlugins, DocumentLevelFindingAboveTheTitle) {
    const std::string pivot =
        "# NATO's pivot to Asia-Pacific\n\n"
        "NATO has forged ties with Japan and South Korea, and with Australia and New Zealand. "
        "China objects. The region is wary of alliances.\n";
    const auto rules = [](const std::string& text) {
        std::vector<std::string> out;
        for (const Diagnostic& d : analyze(*Document::build(Text(text), kMarkdown)).diagnostics) {
            if (d.rule.starts_with("perspectives/no-") || d.rule.starts_with("parallax/")) {
                out.push_back(d.rule);
            }
        }
        return out;
    };
    ASSERT_EQ(rules(pivot), (std::vector<std::string>{"perspectives/no-regional-voice"}));
    EXPECT_TRUE(rules(suppress_above(pivot, 0, "perspectives/no-regional-voice")).empty());
}

TEST(SuppressionsWithBuiltInPlugins, WeaselAttributionSuppressedInMarkdown) {
    const std::string finding = "Critics say the sanctions have failed.\n";
    const auto before = analyze(*Document::build(Text(finding), kMarkdown));
    ASSERT_TRUE(std::ranges::any_of(before.diagnostics, [](const Diagnostic& d) {
        return d.rule == "claims/weasel-attribution";
    }));
    const std::string suppressed =
        "<!-- parallax-disable-next-line claims/weasel-attribution -- quoted from the "
        "communiqu\u00e9 -->\n" +
        finding;
    const auto after = analyze(*Document::build(Text(suppressed), kMarkdown));
    EXPECT_TRUE(std::ranges::none_of(after.diagnostics, [](const Diagnostic& d) {
        return d.rule.starts_with("claims/") || d.rule.starts_with("parallax/");
    }));
}

} // namespace
} // namespace parallax::test
