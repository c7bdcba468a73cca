// The packs shipped inside Parallax: they parse, describe every rule, and fire on a sample.

#include "pack_test_util.h"

#include <gmock/gmock.h>

namespace parallax::rulepacks::test {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

std::shared_ptr<const Plugin> naming() {
    auto result = builtin_rule_pack("geopolitical-naming");
    if (auto* error = std::get_if<PackError>(&result)) {
        ADD_FAILURE() << error->line << ":" << error->column << " " << error->key << ": "
                      << error->message;
        return nullptr;
    }
    return std::get<std::shared_ptr<const Plugin>>(result);
}

std::vector<std::string> rules_of(const std::vector<Finding>& findings) {
    std::vector<std::string> out;
    for (const Finding& f : findings) {
        out.push_back(f.rule);
    }
    return out;
}

TEST(BuiltinPacks, NamesTheGeopoliticalNamingPack) {
    EXPECT_THAT(builtin_rule_pack_names(), ElementsAre("geopolitical-naming"));
}

TEST(BuiltinPacks, AnUnknownNameIsAnError) {
    auto result = builtin_rule_pack("house-style");
    ASSERT_TRUE(std::holds_alternative<PackError>(result));
    EXPECT_THAT(std::get<PackError>(result).message, HasSubstr("geopolitical-naming"));
}

TEST(GeopoliticalNaming, EveryRuleIsDescribed) {
    const auto pack = naming();
    ASSERT_TRUE(pack);
    EXPECT_EQ(pack->id(), "geopolitical-naming");
    EXPECT_GE(pack->rules().size(), 10u);
    for (const RuleInfo& rule : pack->rules()) {
        EXPECT_TRUE(rule.id.starts_with("geopolitical-naming/")) << rule.id;
        EXPECT_FALSE(rule.summary.empty()) << rule.id;
        EXPECT_GT(rule.rationale.size(), 80u) << rule.id;
        EXPECT_FALSE(rule.example.empty()) << rule.id;
    }
}

TEST(GeopoliticalNaming, FiresOnASample) {
    const auto pack = naming();
    ASSERT_TRUE(pack);
    const std::string draft =
        "# Notes from Kiev\n"
        "\n"
        "Officials in Kiev and Bombay met envoys from Swaziland. Tensions in the Gulf rose while "
        "Burma's generals watched, and Myanmar's neighbours waited.\n"
        "\n"
        "Markets in `Kiev` code and [a link](https://example.org/Kiev) are not prose.\n";
    const auto findings = check(*pack, draft);
    const auto rules = rules_of(findings);
    EXPECT_EQ(std::count(rules.begin(), rules.end(), "geopolitical-naming/kyiv"), 2);
    EXPECT_THAT(rules, Contains("geopolitical-naming/indian-city-names"));
    EXPECT_THAT(rules, Contains("geopolitical-naming/eswatini"));
    EXPECT_THAT(rules, Contains("geopolitical-naming/the-gulf"));
    // Contested names are notes, once per draft.
    EXPECT_EQ(std::count(rules.begin(), rules.end(), "geopolitical-naming/burma-myanmar"), 1);
    for (const Finding& f : findings) {
        if (f.rule == "geopolitical-naming/burma-myanmar") {
            EXPECT_EQ(f.diagnostic.severity, Severity::Information);
            EXPECT_EQ(f.text, "Burma");
        }
        if (f.rule == "geopolitical-naming/kyiv") {
            EXPECT_EQ(f.diagnostic.severity, Severity::Warning);
            EXPECT_EQ(f.diagnostic.fixes.at(0).replacements.at(0).text, "Kyiv");
        }
    }
}

TEST(GeopoliticalNaming, StaysQuietOnCurrentNamesAndFixedNames) {
    const auto pack = naming();
    ASSERT_TRUE(pack);
    const std::string draft = "Officials in Kyiv, Mumbai and Eswatini met. The Gulf of Aden was "
                              "calm, and the Bombay High Court adjourned. We had chicken Kiev. "
                              "North Macedonia voted.\n";
    EXPECT_THAT(check(*pack, draft), IsEmpty());
}

} // namespace
} // namespace parallax::rulepacks::test

namespace parallax::rulepacks::test {
namespace {

/// The text between the n-th pair of curly quotes in `example`.
std::string quoted(std::string_view example, std::size_t n) {
    std::size_t at = 0;
    for (std::size_t i = 0;; ++i) {
        const auto open = example.find("\u201c", at);
        const auto close = example.find("\u201d", open);
        if (open == std::string_view::npos || close == std::string_view::npos) {
            return {};
        }
        if (i == n) {
            return std::string(example.substr(open + 3, close - open - 3));
        }
        at = close + 3;
    }
}

// Each rule's example is a sentence it fires on; a substitution's example shows the fix applied.
TEST(GeopoliticalNaming, EveryExampleFiresAndEveryFixGivesTheExamplesResult) {
    const auto pack = naming();
    ASSERT_TRUE(pack);
    for (const RuleInfo& rule : pack->rules()) {
        const std::string before = quoted(rule.example, 0);
        ASSERT_FALSE(before.empty()) << rule.id;
        const auto findings = check(*pack, before + "\n");
        const auto own = std::ranges::find(findings, rule.id, &Finding::rule);
        ASSERT_NE(own, findings.end()) << rule.id << " does not fire on " << before;
        if (rule.example.find("\u2192") != std::string::npos && !own->diagnostic.fixes.empty()) {
            std::string fixed = before;
            const Replacement& r = own->diagnostic.fixes[0].replacements.at(0);
            fixed.replace(r.range.start.value, r.range.size(), r.text);
            EXPECT_EQ(fixed, quoted(rule.example, 1)) << rule.id;
        }
    }
}

} // namespace
} // namespace parallax::rulepacks::test
