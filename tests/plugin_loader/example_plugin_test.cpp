// The example plugin (plugins/examples/long_sentence.c), loaded from its shared object by its
// build path, and linked in statically: both pass through the same adapter.
#include "c_plugin_adapter.h"
#include "test_support.h"

#include <thread>

namespace parallax::test {
namespace {

// 41 words, 11 words, then the 41-word sentence again inside a blockquote.
const std::string long_sentence =
    "The sanctions, which were announced after months of talks that several capitals said had "
    "stalled over enforcement, will bite hardest in the border provinces, where trade with the "
    "neighbour accounts for most jobs and where officials concede that smuggling will rise.";
const std::string draft = "# Sanctions\n\n" + long_sentence +
                          " The measures take effect in March and last for one year.\n\n> " +
                          long_sentence + "\n";

std::shared_ptr<const Plugin> load_example() {
    return loaded(load_shared_object_plugin(EXAMPLE_PLUGIN_PATH));
}

std::vector<Diagnostic> run(const Plugin& plugin, const Options& options = {}) {
    const auto document = markdown(draft);
    CollectingReporter reporter;
    plugin.check(*document, options, reporter);
    return reporter.diagnostics;
}

TEST(ExamplePlugin, DeclaresItsRulesAndOptions) {
    const auto plugin = load_example();
    ASSERT_TRUE(plugin);
    EXPECT_EQ(plugin->id(), "example");
    ASSERT_EQ(plugin->rules().size(), 1u);
    const RuleInfo& rule = plugin->rules()[0];
    EXPECT_EQ(rule.id, "example/long-sentence");
    EXPECT_EQ(rule.default_severity, Severity::Information);
    EXPECT_FALSE(rule.rationale.empty());
    EXPECT_FALSE(rule.example.empty());
    ASSERT_EQ(plugin->options().size(), 2u);
    EXPECT_EQ(plugin->options()[0].name, "max_words");
    EXPECT_EQ(plugin->options()[0].default_value, OptionValue{35.0});
    EXPECT_EQ(plugin->options()[1].name, "ignore_quoted");
    EXPECT_EQ(plugin->options()[1].default_value, OptionValue{true});
}

TEST(ExamplePlugin, FlagsTheLongSentenceOnly) {
    const auto plugin = load_example();
    ASSERT_TRUE(plugin);
    const auto diagnostics = run(*plugin);
    ASSERT_EQ(diagnostics.size(), 1u);
    const auto document = markdown(draft);
    EXPECT_EQ(diagnostics[0].rule, "example/long-sentence");
    EXPECT_EQ(diagnostics[0].severity, Severity::Information);
    EXPECT_EQ(document->slice(diagnostics[0].range), long_sentence);
    EXPECT_NE(diagnostics[0].message.find("41 words (the limit is 35)"), std::string::npos)
        << diagnostics[0].message;
}

TEST(ExamplePlugin, ReadsItsOptions) {
    const auto plugin = load_example();
    ASSERT_TRUE(plugin);
    Options strict;
    strict.set("max_words", 10.0);
    EXPECT_EQ(run(*plugin, strict).size(), 2u); // the 41- and the 11-word sentence

    Options lenient;
    lenient.set("max_words", 41.0);
    EXPECT_TRUE(run(*plugin, lenient).empty());

    Options quotes_too;
    quotes_too.set("ignore_quoted", false);
    const auto diagnostics = run(*plugin, quotes_too);
    ASSERT_EQ(diagnostics.size(), 2u);
    EXPECT_NE(diagnostics[1].message.find("41 words"), std::string::npos);
}

TEST(ExamplePlugin, OptionOfAnotherTypeFallsBackToTheDefault) {
    const auto plugin = load_example();
    ASSERT_TRUE(plugin);
    Options wrong;
    wrong.set("max_words", std::string("ten"));
    EXPECT_EQ(run(*plugin, wrong).size(), 1u);
}

TEST(ExamplePlugin, StopsWhenCancelled) {
    const auto plugin = load_example();
    ASSERT_TRUE(plugin);
    const auto document = markdown(draft);
    CollectingReporter reporter(/*cancel=*/true);
    plugin->check(*document, Options{}, reporter);
    EXPECT_TRUE(reporter.diagnostics.empty());
}

/// Cancelled once it has received a report: what a newer version of the draft does.
class CancelAfterFirstReport final : public Reporter {
public:
    void report(Diagnostic diagnostic) override { diagnostics.push_back(std::move(diagnostic)); }
    bool cancelled() const override { return !diagnostics.empty(); }
    std::vector<Diagnostic> diagnostics;
};

TEST(ExamplePlugin, AsksWhetherItIsCancelledWhileChecking) {
    const auto plugin = load_example();
    ASSERT_TRUE(plugin);
    std::string many;
    for (int i = 0; i < 70; ++i) {
        many += long_sentence + " ";
    }
    const auto document = markdown(many);
    CancelAfterFirstReport reporter;
    plugin->check(*document, Options{}, reporter);
    // The plugin asks every 64 sentences: it stops at the 65th, not after all 70.
    EXPECT_EQ(reporter.diagnostics.size(), 64u);
}

TEST(ExamplePlugin, LinkedInAndLoadedGiveTheSameFindings) {
    const auto loaded_plugin = load_example();
    const auto linked = loaded(adapt_c_plugin(&parallax_plugin_entry, "linked-in example"));
    ASSERT_TRUE(loaded_plugin);
    ASSERT_TRUE(linked);
    Options strict;
    strict.set("max_words", 10.0);
    const auto a = run(*loaded_plugin, strict);
    const auto b = run(*linked, strict);
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].range, b[i].range);
        EXPECT_EQ(a[i].message, b[i].message);
    }
}

TEST(ExamplePlugin, StaysLoadedWhileAPluginObjectLives) {
    auto first = load_example();
    auto second = load_example();
    ASSERT_TRUE(first);
    ASSERT_TRUE(second);
    first.reset(); // dlclose drops one reference; the library stays for `second`
    EXPECT_EQ(run(*second).size(), 1u);
}

TEST(ExamplePlugin, ChecksFromSeveralThreadsAtOnce) {
    const auto plugin = load_example();
    ASSERT_TRUE(plugin);
    const auto document = markdown(draft);
    std::vector<std::size_t> counts(4);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < counts.size(); ++t) {
        threads.emplace_back([&, t] {
            for (int round = 0; round < 20; ++round) {
                CollectingReporter reporter;
                Options options;
                options.set("max_words", t % 2 == 0 ? 10.0 : 35.0);
                plugin->check(*document, options, reporter);
                counts[t] += reporter.diagnostics.size();
            }
        });
    }
    for (auto& thread : threads) {
        thread.join();
    }
    EXPECT_EQ(counts, (std::vector<std::size_t>{40, 20, 40, 20}));
}

} // namespace
} // namespace parallax::test
