// A draft's `parallax:` front matter: rules, options, and shorthand option names resolved to
// the one plugin that declares them.

#include "config_helpers.h"
#include "front_matter.h"

#include <random>

namespace parallax::config::testing {
namespace {

TEST(FrontMatter, FoundOnlyAtTheTopAndClosed) {
    auto front = find_front_matter("---\ntitle: x\n---\nText\n");
    ASSERT_TRUE(front.has_value());
    EXPECT_EQ(front->yaml, "title: x\n");
    EXPECT_EQ(front->first_line, 2u);
    EXPECT_TRUE(find_front_matter("---\r\na: 1\r\n...\r\n").has_value());
    EXPECT_FALSE(find_front_matter("Text\n---\na: 1\n---\n").has_value());
    EXPECT_FALSE(find_front_matter("---\nnever closed\n").has_value());
    EXPECT_FALSE(find_front_matter("").has_value());
}

class FrontMatterResolve : public ::testing::Test {
protected:
    FrontMatterResolve() { tree_.write(".parallax.json", R"({"root": true})"); }
    Resolved resolve(std::string_view text) {
        return resolver_.resolve(tree_.path("drafts/quad.md"), text);
    }
    TempTree tree_;
    Resolver resolver_{no_user_file()};
};

TEST_F(FrontMatterResolve, RegionShorthandGoesToThePluginDeclaringIt) {
    const Resolved resolved = resolve("---\n"
                                      "title: Quad summit\n"
                                      "parallax:\n"
                                      "  region: Indo-Pacific\n"
                                      "  regions: [South-eastern Asia, Melanesia]\n"
                                      "  min_repeat: 4\n"
                                      "---\n"
                                      "The Quad met in Tokyo.\n");
    ASSERT_TRUE(resolved.errors.empty()) << describe(resolved.errors);
    EXPECT_EQ(resolved.settings.options_for("fplaces").string("region"), "Indo-Pacific");
    EXPECT_EQ(resolved.settings.options_for("fplaces").strings("regions"),
              (std::vector<std::string>{"South-eastern Asia", "Melanesia"}));
    EXPECT_EQ(resolved.settings.options_for("fframing").number("min_repeat", 0), 4.0);
}

TEST_F(FrontMatterResolve, RulesAndOptionsKeys) {
    const Resolved resolved = resolve("---\n"
                                      "parallax:\n"
                                      "  rules:\n"
                                      "    fclaims/cause: off\n"
                                      "    fclaims/weasel: {severity: error}\n"
                                      "  options:\n"
                                      "    fclaims: {known_sources: [Reuters]}\n"
                                      "    fplaces: {shared: true}\n"
                                      "---\n");
    ASSERT_TRUE(resolved.errors.empty()) << describe(resolved.errors);
    EXPECT_FALSE(resolved.settings.enabled("fclaims/cause"));
    EXPECT_EQ(resolved.settings.severity("fclaims/weasel", Severity::Hint), Severity::Error);
    EXPECT_EQ(resolved.rule_origins.at("fclaims/weasel"), "front matter");
    EXPECT_EQ(resolved.settings.options_for("fclaims").strings("known_sources"),
              std::vector<std::string>{"Reuters"});
    EXPECT_TRUE(resolved.settings.options_for("fplaces").flag("shared", false));
}

TEST_F(FrontMatterResolve, AmbiguousAndUnknownShorthandsNameTheDraftLine) {
    const Resolved resolved = resolve("---\n"
                                      "parallax:\n"
                                      "  shared: true\n"
                                      "  colour: red\n"
                                      "  region: 42\n"
                                      "  rulepacks: [x]\n"
                                      "---\n");
    ASSERT_EQ(resolved.errors.size(), 4u) << describe(resolved.errors);
    const ConfigError ambiguous = error_at(resolved, "parallax.shared");
    EXPECT_EQ(ambiguous.file, tree_.path("drafts/quad.md").string());
    EXPECT_EQ(ambiguous.line, 3u);
    EXPECT_EQ(ambiguous.column, 3u);
    EXPECT_TRUE(contains(ambiguous.message, "ambiguous")) << ambiguous.message;
    EXPECT_TRUE(contains(ambiguous.message, "fframing, fplaces")) << ambiguous.message;
    const ConfigError unknown = error_at(resolved, "parallax.colour");
    EXPECT_EQ(unknown.line, 4u);
    EXPECT_TRUE(contains(unknown.message, "no plugin has an option")) << unknown.message;
    EXPECT_TRUE(contains(error_at(resolved, "parallax.region").message, "expected a string"));
    EXPECT_TRUE(contains(error_at(resolved, "parallax.rulepacks").message, ".parallax.json"));
}

TEST_F(FrontMatterResolve, QuotedScalarsStayStrings) {
    const Resolved resolved = resolve("---\nparallax:\n  region: \"2024\"\n---\n");
    ASSERT_TRUE(resolved.errors.empty()) << describe(resolved.errors);
    EXPECT_EQ(resolved.settings.options_for("fplaces").string("region"), "2024");
}

TEST_F(FrontMatterResolve, MalformedYamlIsAnErrorWithItsLine) {
    const Resolved resolved = resolve("---\nparallax:\n  region: [unclosed\n---\nText\n");
    ASSERT_EQ(resolved.errors.size(), 1u) << describe(resolved.errors);
    EXPECT_EQ(resolved.errors[0].file, tree_.path("drafts/quad.md").string());
    EXPECT_GE(resolved.errors[0].line, 3u);
    EXPECT_TRUE(contains(resolved.errors[0].message, "malformed YAML"));
}

TEST_F(FrontMatterResolve, FrontMatterWithoutParallaxKeyChangesNothing) {
    const Resolved resolved = resolve("---\ntitle: x\nregion: Europe\n---\nText\n");
    EXPECT_TRUE(resolved.errors.empty()) << describe(resolved.errors);
    EXPECT_TRUE(resolved.settings.options.empty());
    // Someone else's malformed front matter is not a Parallax error.
    const Resolved other = resolve("---\ntitle: [unclosed\n---\nText\n");
    EXPECT_TRUE(other.errors.empty()) << describe(other.errors);
}

TEST_F(FrontMatterResolve, NotAMappingIsAnError) {
    const Resolved resolved = resolve("---\nparallax: off\n---\n");
    ASSERT_EQ(resolved.errors.size(), 1u) << describe(resolved.errors);
    EXPECT_EQ(resolved.errors[0].line, 2u);
}

TEST_F(FrontMatterResolve, MutatedFrontMatterGivesSettingsOrErrorsNeverACrash) {
    const std::string seed = "---\n"
                             "parallax:\n"
                             "  region: Indo-Pacific\n"
                             "  rules: {fclaims/cause: off, fclaims: {severity: hint}}\n"
                             "  options:\n"
                             "    fframing: {min_repeat: 4}\n"
                             "    fplaces:\n"
                             "      regions: [a, 'b', \"c\"]\n"
                             "---\n"
                             "Text.\n";
    ASSERT_TRUE(resolve(seed).errors.empty());
    std::mt19937 random(1127); // fixed: the same inputs on every run
    const std::string alphabet = ":-[]{}'\"\n #&*!|>,?x1";
    for (int round = 0; round < 500; ++round) {
        std::string text = seed;
        for (int e = 0; e < 3; ++e) {
            const std::size_t at = random() % text.size();
            text[at] = alphabet[random() % alphabet.size()];
        }
        const Resolved resolved = resolve(text);
        for (const ConfigError& error : resolved.errors) {
            EXPECT_FALSE(error.message.empty());
            EXPECT_EQ(error.file, tree_.path("drafts/quad.md").string());
        }
    }
}

} // namespace
} // namespace parallax::config::testing
