// A plugin that gets its reports wrong (fixtures/misbehaving.c) cannot crash Parallax or put a
// bad diagnostic in front of the writer: each report is mended or dropped, and noted once.
#include "c_plugin_adapter.h"
#include "test_support.h"

#include <algorithm>
#include <stdexcept>

namespace parallax::test {
namespace {

struct Run {
    std::vector<Diagnostic> diagnostics;
    std::vector<std::string> notes;
};

Run run_misbehaving(const std::string& text, int times = 1) {
    Run run;
    auto log = [&run](std::string_view note) { run.notes.emplace_back(note); };
    const auto plugin =
        loaded(adapt_c_plugin(&misbehaving_plugin_entry, "misbehaving.so", {}, log));
    if (!plugin) {
        return run;
    }
    const auto document = markdown(text);
    for (int i = 0; i < times; ++i) {
        CollectingReporter reporter;
        plugin->check(*document, Options{}, reporter);
        run.diagnostics = std::move(reporter.diagnostics);
    }
    return run;
}

ByteRange bytes(std::uint32_t start, std::uint32_t end) {
    return ByteRange{ByteOffset{start}, ByteOffset{end}};
}

TEST(MisbehavingPlugin, BadReportsAreMendedOrDropped) {
    const std::string text = "Hello world.\n"; // 13 bytes
    const auto run = run_misbehaving(text);
    ASSERT_EQ(run.diagnostics.size(), 6u);
    const auto& d = run.diagnostics;

    EXPECT_EQ(d[0].message, "kept as is");
    EXPECT_EQ(d[0].severity, Severity::Hint);
    EXPECT_EQ(d[0].range, bytes(0, 1));

    EXPECT_EQ(d[1].message, "clamped to the end");
    EXPECT_EQ(d[1].range, bytes(1, 13));
    EXPECT_EQ(d[2].message, "clamped to empty at the end");
    EXPECT_EQ(d[2].range, bytes(13, 13));

    EXPECT_EQ(d[3].message, "The rule's summary."); // a NULL message
    EXPECT_EQ(d[3].severity, Severity::Warning);    // 0: the rule's default

    EXPECT_EQ(d[4].message, "default severity"); // severity 77
    EXPECT_EQ(d[4].severity, Severity::Warning);

    EXPECT_EQ(d[5].message, "invalid \xEF\xBF\xBD UTF-8");
    for (const Diagnostic& diagnostic : d) {
        EXPECT_EQ(diagnostic.rule, "bad/fine");
    }
}

TEST(MisbehavingPlugin, EachKindOfMistakeIsNotedOnce) {
    const auto run = run_misbehaving("Hello world.\n", /*times=*/3);
    const std::vector<std::string> expected_parts = {
        "reported rule 'bad/undeclared', which it does not declare; dropped",
        "reported a NULL diagnostic; dropped",
        "bad/fine reported a reversed range [3, 1); dropped",
        "bad/fine reported a range [1, 113) past the end of the text (13 bytes); clamped",
        "bad/fine reported no message; the rule's summary was used",
        "bad/fine reported severity 77; the rule's default was used",
        "bad/fine reported a message that is not UTF-8; bad bytes were replaced",
    };
    ASSERT_EQ(run.notes.size(), expected_parts.size());
    for (std::size_t i = 0; i < expected_parts.size(); ++i) {
        EXPECT_NE(run.notes[i].find(expected_parts[i]), std::string::npos) << run.notes[i];
        EXPECT_EQ(run.notes[i].rfind("plugin 'bad' (misbehaving.so): ", 0), 0u) << run.notes[i];
    }
}

TEST(MisbehavingPlugin, RangesAreWidenedToWholeCharacters) {
    // "é" is two bytes: [0, 1) splits it.
    const auto run = run_misbehaving("\xC3\xA9t\xC3\xA9.\n");
    ASSERT_FALSE(run.diagnostics.empty());
    EXPECT_EQ(run.diagnostics[0].range, bytes(0, 2));
}

// A "C" plugin written in C++ that breaks the rule and throws out of check.
void throwing_check(const parallax_document_view* /*document*/, const char* /*options_json*/,
                    const parallax_reporter* reporter) {
    parallax_diagnostic diagnostic{};
    diagnostic.struct_size = sizeof(parallax_diagnostic);
    diagnostic.rule = "throws/rule";
    diagnostic.range = {0, 1};
    diagnostic.message = "first";
    reporter->report(reporter->ctx, &diagnostic);
    throw std::runtime_error("plugin bug");
}
const parallax_rule_info throwing_rules[] = {
    {"throws/rule", "Summary.", "Rationale.", "Example.", PARALLAX_SEVERITY_WARNING}};
const parallax_plugin_v1 throwing_table = {PARALLAX_PLUGIN_ABI_VERSION,
                                           sizeof(parallax_plugin_v1),
                                           "throws",
                                           throwing_rules,
                                           1,
                                           nullptr,
                                           0,
                                           &throwing_check};
const parallax_plugin_v1* throwing_entry(std::uint32_t /*host_abi_version*/) {
    return &throwing_table;
}

TEST(MisbehavingPlugin, AnExceptionOutOfCheckIsCaughtAndNoted) {
    std::vector<std::string> notes;
    auto log = [&notes](std::string_view note) { notes.emplace_back(note); };
    const auto plugin = loaded(adapt_c_plugin(&throwing_entry, "throws.so", {}, log));
    ASSERT_TRUE(plugin);
    const auto document = markdown("Text.\n");
    CollectingReporter reporter;
    plugin->check(*document, Options{}, reporter);
    ASSERT_EQ(reporter.diagnostics.size(), 1u); // what it reported before throwing stands
    ASSERT_EQ(notes.size(), 1u);
    EXPECT_NE(notes[0].find("an exception escaped its check function"), std::string::npos);
}

/// A reporter that fails, as one might when memory runs out.
class ThrowingReporter final : public Reporter {
public:
    void report(Diagnostic /*diagnostic*/) override { throw std::runtime_error("out of space"); }
};

TEST(MisbehavingPlugin, AReporterThatThrowsNeverThrowsIntoThePlugin) {
    std::vector<std::string> notes;
    auto log = [&notes](std::string_view note) { notes.emplace_back(note); };
    const auto plugin =
        loaded(adapt_c_plugin(&misbehaving_plugin_entry, "misbehaving.so", {}, log));
    ASSERT_TRUE(plugin);
    const auto document = markdown("Hello world.\n");
    ThrowingReporter reporter;
    plugin->check(*document, Options{}, reporter); // the C plugin runs to its end
    const bool noted = std::any_of(notes.begin(), notes.end(), [](const std::string& note) {
        return note.find("a report was lost: out of space") != std::string::npos;
    });
    EXPECT_TRUE(noted);
}

} // namespace
} // namespace parallax::test
