// A C plugin linked in and registered as a built-in goes through the same adapter as a shared
// object, and then runs in the engine like any built-in plugin. Its own binary: the registry is
// process-wide.
#include "c_plugin_registration.h"
#include "engine.h"
#include "test_support.h"

PARALLAX_REGISTER_C_PLUGIN(parallax_plugin_entry); // the example plugin, linked statically

namespace parallax::test {
namespace {

const std::string draft =
    "The sanctions, which were announced after months of talks that several capitals said had "
    "stalled over enforcement, will bite hardest in the border provinces, where trade with the "
    "neighbour accounts for most jobs and where officials concede that smuggling will rise.\n";

TEST(BuiltInCPlugin, IsRegisteredWithItsRules) {
    const RuleInfo* rule = PluginRegistry::instance().find_rule("example/long-sentence");
    ASSERT_NE(rule, nullptr);
    EXPECT_EQ(rule->default_severity, Severity::Information);
}

TEST(BuiltInCPlugin, RunsInTheEngineWithConfiguredOptions) {
    const auto document = markdown(draft);
    const Analysis defaults = analyze(*document);
    ASSERT_EQ(defaults.diagnostics.size(), 1u);
    EXPECT_EQ(defaults.diagnostics[0].rule, "example/long-sentence");

    CheckSettings lenient;
    lenient.options["example"].set("max_words", 50.0);
    EXPECT_TRUE(analyze(*document, lenient).diagnostics.empty());
}

TEST(BuiltInCPlugin, ASharedObjectCannotTakeItsId) {
    const auto error = failed(load_shared_object_plugin(EXAMPLE_PLUGIN_PATH));
    EXPECT_EQ(error.kind, PluginLoadError::Kind::Invalid);
    EXPECT_NE(error.message.find("plugin id 'example' is taken by a built-in plugin"),
              std::string::npos)
        << error.message;
}

} // namespace
} // namespace parallax::test
