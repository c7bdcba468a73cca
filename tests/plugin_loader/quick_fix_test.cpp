// Quick fixes reported through the C ABI reach the Diagnostic when well-formed; a malformed one
// is left out (the finding stays), and a plugin built before fixes existed is read without them.
#include "c_plugin_adapter.h"
#include "test_support.h"

#include <cstddef>

namespace parallax::test {
namespace {

constexpr std::uint32_t size_without_fixes = offsetof(parallax_diagnostic, fixes);

// The text is "Kiev and Kiev é.\n": "Kiev" at [0, 4) and [9, 13), "é" at [14, 16).
void fixing_check(const parallax_document_view* /*document*/, const char* /*options_json*/,
                  const parallax_reporter* reporter) {
    // Out of order on purpose: the host sorts a fix's replacements.
    const parallax_replacement both[] = {{{9, 13}, "Kyiv"}, {{0, 4}, "Kyiv"}};
    const parallax_replacement overlapping[] = {{{0, 4}, "a"}, {{2, 6}, "b"}};
    const parallax_replacement splitting[] = {{{15, 16}, "e"}};
    const parallax_replacement outside[] = {{{9, 400}, "x"}};
    const parallax_replacement no_text[] = {{{0, 4}, nullptr}};
    const parallax_fix fixes[] = {
        {"Write 'Kyiv'", both, 2},       {nullptr, both, 2},      {"Overlapping", overlapping, 2},
        {"Splitting", splitting, 1},     {"Outside", outside, 1}, {"No text", no_text, 1},
        {"No replacements", nullptr, 0},
    };
    parallax_diagnostic diagnostic{};
    diagnostic.struct_size = sizeof(parallax_diagnostic);
    diagnostic.rule = "fixer/name";
    diagnostic.range = {0, 4};
    diagnostic.message = "with fixes";
    diagnostic.fixes = fixes;
    diagnostic.fix_count = 7;
    reporter->report(reporter->ctx, &diagnostic);

    // A plugin built against a header without fixes: what follows `message` is not its own.
    diagnostic.struct_size = size_without_fixes;
    diagnostic.message = "from an older plugin";
    reporter->report(reporter->ctx, &diagnostic);
}

const parallax_rule_info fixing_rules[] = {
    {"fixer/name", "Summary.", "Rationale.", "Example.", PARALLAX_SEVERITY_WARNING}};
const parallax_plugin_v1 fixing_table = {PARALLAX_PLUGIN_ABI_VERSION,
                                         sizeof(parallax_plugin_v1),
                                         "fixer",
                                         fixing_rules,
                                         1,
                                         nullptr,
                                         0,
                                         &fixing_check};
const parallax_plugin_v1* fixing_entry(std::uint32_t /*host_abi_version*/) {
    return &fixing_table;
}

TEST(QuickFixes, WellFormedFixesArriveAndMalformedOnesAreLeftOut) {
    std::vector<std::string> notes;
    auto log = [&notes](std::string_view note) { notes.emplace_back(note); };
    const auto plugin = loaded(adapt_c_plugin(&fixing_entry, "fixer.so", {}, log));
    ASSERT_TRUE(plugin);
    const auto document = markdown("Kiev and Kiev \xC3\xA9.\n");
    CollectingReporter reporter;
    plugin->check(*document, Options{}, reporter);
    ASSERT_EQ(reporter.diagnostics.size(), 2u);

    const Diagnostic& fixed = reporter.diagnostics[0];
    ASSERT_EQ(fixed.fixes.size(), 1u);
    EXPECT_EQ(fixed.fixes[0].title, "Write 'Kyiv'");
    ASSERT_EQ(fixed.fixes[0].replacements.size(), 2u);
    EXPECT_EQ(fixed.fixes[0].replacements[0].range, (ByteRange{ByteOffset{0}, ByteOffset{4}}));
    EXPECT_EQ(fixed.fixes[0].replacements[1].range, (ByteRange{ByteOffset{9}, ByteOffset{13}}));
    EXPECT_EQ(fixed.fixes[0].replacements[1].text, "Kyiv");

    EXPECT_EQ(reporter.diagnostics[1].message, "from an older plugin");
    EXPECT_TRUE(reporter.diagnostics[1].fixes.empty());

    // Six malformed fixes, one note: logged once per kind of mistake.
    ASSERT_EQ(notes.size(), 1u);
    EXPECT_NE(notes[0].find("fixer/name reported a quick fix without a title; dropped"),
              std::string::npos)
        << notes[0];
}

} // namespace
} // namespace parallax::test
