// The `known_sources` option: a sentence that names a source the publication trusts is sourced.

#include "collecting_reporter.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace parallax::claims::test {
namespace {

std::vector<Finding> check_with_sources(const std::string& markdown,
                                        std::vector<std::string> sources) {
    const auto document = Document::build(Text(markdown), DocumentFormat::Markdown);
    Options options;
    options.set("known_sources", std::move(sources));
    CollectingReporter reporter;
    ClaimsPlugin().check(*document, options, reporter);
    std::vector<Finding> out;
    for (const Diagnostic& d : reporter.diagnostics) {
        out.push_back({d.rule, std::string(document->slice(d.range)), d.message});
    }
    return out;
}

// Without the option, each of these sentences is an unsupported claim.
const std::string kMilitaryBalance = "In the Military Balance tables, the US has spent over $200 "
                                     "billion on anti-missile systems.\n";
const std::string kSipri = "Sipri data put the arsenal at 500 warheads, up from 290 in 2019.\n";

TEST(KnownSources, DeclaredAsAListOption) {
    const auto options = ClaimsPlugin().options();
    ASSERT_EQ(options.size(), 1u);
    EXPECT_EQ(options[0].name, "known_sources");
    EXPECT_EQ(type_of(options[0].default_value), OptionType::Strings);
    EXPECT_FALSE(options[0].description.empty());
}

TEST(KnownSources, ASentenceNamingOneIsSourced) {
    ASSERT_FALSE(check_markdown(kMilitaryBalance).empty());
    EXPECT_TRUE(check_with_sources(kMilitaryBalance, {"The Military Balance"}).empty());
}

TEST(KnownSources, MatchedIgnoringCase) {
    ASSERT_FALSE(check_markdown(kSipri).empty());
    EXPECT_TRUE(check_with_sources(kSipri, {"SIPRI"}).empty());
}

TEST(KnownSources, OtherSourcesChangeNothing) {
    const auto without = check_markdown(kSipri);
    const auto with = check_with_sources(kSipri, {"IISS", "The Military Balance", "  "});
    ASSERT_EQ(with.size(), without.size());
    for (std::size_t i = 0; i < with.size(); ++i) {
        EXPECT_EQ(with[i].rule, without[i].rule);
        EXPECT_EQ(with[i].phrase, without[i].phrase);
    }
}

TEST(KnownSources, MatchedAsWholeWordsOnly) {
    // "Sip" is inside "Sipri": not a whole word, so the sentence stays unsourced.
    EXPECT_EQ(check_with_sources(kSipri, {"Sip"}).size(), check_markdown(kSipri).size());
    EXPECT_EQ(check_with_sources(kSipri, {"pri data"}).size(), check_markdown(kSipri).size());
}

TEST(KnownSources, OnlyTheSentenceThatNamesIt) {
    const std::string draft = kSipri + "\nThe arsenal will reach 1,000 warheads by 2030.\n";
    const auto findings = check_with_sources(draft, {"SIPRI"});
    ASSERT_FALSE(findings.empty());
    EXPECT_TRUE(std::ranges::all_of(
        findings, [&](const Finding& f) { return kSipri.find(f.phrase) == std::string::npos; }));
}

} // namespace
} // namespace parallax::claims::test
