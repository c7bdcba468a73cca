// Shared-object plugins: a workspace .parallax.json cannot load code; the user's own
// configuration (user config file, editor settings, --plugin) can.

#include "config_helpers.h"

#include <cstdlib>

namespace parallax::config::testing {
namespace {

constexpr std::string_view kRefusal = "workspace configuration cannot load code";

TEST(Trust, WorkspaceFileNamingASharedObjectIsRefused) {
    TempTree tree;
    // A file is there, so a loader would have something to open: it must not be tried.
    tree.write("evil/libevil.so", "not really a library");
    const auto config = tree.write(".parallax.json", "{\"root\": true,\n"
                                                     "  \"plugins\": [\"evil/libevil.so\"]}\n");
    Resolver resolver(no_user_file());
    const Resolved resolved = resolver.resolve(tree.path("drafts/a.md"), "");
    ASSERT_EQ(resolved.errors.size(), 1u) << describe(resolved.errors);
    const ConfigError& error = resolved.errors[0];
    EXPECT_EQ(error.file, config.string());
    EXPECT_EQ(error.line, 2u);
    EXPECT_EQ(error.column, 15u);
    EXPECT_EQ(error.key, "plugins[0]");
    EXPECT_EQ(error.message,
              "\"evil/libevil.so\" names a shared-object plugin; workspace configuration cannot "
              "load code — add it to your user configuration (~/.config/parallax/config.json) or "
              "pass --plugin");
    EXPECT_TRUE(resolved.settings.extra_plugins.empty());
}

TEST(Trust, ConfigFlagFileIsNotTrustedEither) {
    TempTree tree;
    const auto config = tree.write("ci.json", R"({"plugins": ["/opt/x.so"]})");
    UserSettings user = no_user_file();
    user.config_file = config;
    Resolver resolver(user);
    const Resolved resolved = resolver.resolve(tree.path("a.md"), "");
    EXPECT_EQ(error_with(resolved, std::string(kRefusal)).key, "plugins[0]");
}

TEST(Trust, EditorSettingsPluginIsHandedToTheLoader) {
    TempTree tree;
    tree.write(".parallax.json", R"({"root": true})");
    const std::string missing = tree.path("plugins/libexample.so").string();
    UserSettings user = no_user_file();
    user.editor_settings = {{"plugins", {missing}}};
    Resolver resolver(user);
    const Resolved resolved = resolver.resolve(tree.path("a.md"), "");
    // Not refused: the loader ran and reported that there is no such file.
    ASSERT_EQ(resolved.errors.size(), 1u) << describe(resolved.errors);
    const ConfigError& error = resolved.errors[0];
    EXPECT_EQ(error.file, "editor settings");
    EXPECT_EQ(error.key, "plugins[0]");
    EXPECT_FALSE(contains(error.message, kRefusal)) << error.message;
    EXPECT_TRUE(contains(error.message, missing)) << error.message;
}

TEST(Trust, EditorSettingsNeedAbsolutePaths) {
    UserSettings user = no_user_file();
    user.editor_settings = {{"plugins", {"relative/lib.so"}}};
    TempTree tree;
    tree.write(".parallax.json", R"({"root": true})");
    Resolver resolver(user);
    const Resolved resolved = resolver.resolve(tree.path("a.md"), "");
    EXPECT_TRUE(contains(error_at(resolved, "plugins[0]").message, "absolute path"));
}

TEST(Trust, UserConfigFilePluginIsRelativeToItsFolder) {
    TempTree tree;
    tree.write("work/.parallax.json", R"({"root": true})");
    const auto user_file =
        tree.write("xdg/parallax/config.json", "{\n  \"plugins\": [\"lib/libmine.so\"]\n}\n");
    const char* old = std::getenv("XDG_CONFIG_HOME");
    const std::optional<std::string> saved = old ? std::optional<std::string>(old) : std::nullopt;
    ::setenv("XDG_CONFIG_HOME", tree.path("xdg").c_str(), 1);
    UserSettings user;
    Resolver resolver(user);
    if (saved) {
        ::setenv("XDG_CONFIG_HOME", saved->c_str(), 1);
    } else {
        ::unsetenv("XDG_CONFIG_HOME");
    }
    const Resolved resolved = resolver.resolve(tree.path("work/a.md"), "");
    ASSERT_EQ(resolved.errors.size(), 1u) << describe(resolved.errors);
    const ConfigError& error = resolved.errors[0];
    EXPECT_EQ(error.file, user_file.string());
    EXPECT_EQ(error.line, 2u);
    EXPECT_EQ(error.key, "plugins[0]");
    EXPECT_TRUE(contains(error.message, tree.path("xdg/parallax/lib/libmine.so").string()))
        << error.message;
}

TEST(Trust, ExamplePluginFromEditorSettingsLoadsOnceWithItsOptionsAndRules) {
    TempTree tree;
    tree.write(".parallax.json", R"({"root": true,
        "rules": {"example/long-sentence": "warning"},
        "options": {"example": {"max_words": 20}}})");
    UserSettings user = no_user_file();
    user.editor_settings = {{"plugins", {PARALLAX_EXAMPLE_PLUGIN}}};
    Resolver resolver(user);
    const Resolved resolved = resolver.resolve(tree.path("a.md"), "");
    ASSERT_TRUE(resolved.errors.empty()) << describe(resolved.errors);
    ASSERT_EQ(resolved.settings.extra_plugins.size(), 1u);
    EXPECT_EQ(resolved.settings.extra_plugins[0]->id(), "example");
    EXPECT_EQ(resolved.settings.options_for("example").number("max_words", 0), 20.0);
    EXPECT_EQ(resolved.settings.severity("example/long-sentence", Severity::Hint),
              Severity::Warning);
    // Its options are checked like a built-in's.
    tree.write(".parallax.json",
               R"({"root": true, "options": {"example": {"max_words": "many", "colour": 1}}})");
    const Resolved bad = resolver.resolve(tree.path("a.md"), "");
    EXPECT_TRUE(contains(error_at(bad, "options.example.max_words").message, "a number"));
    EXPECT_TRUE(contains(error_at(bad, "options.example.colour").message, "max_words"));
    ASSERT_EQ(bad.settings.extra_plugins.size(), 1u);
    EXPECT_EQ(bad.settings.extra_plugins[0], resolved.settings.extra_plugins[0]); // loaded once
}

TEST(Trust, ExamplePluginNamedByTheWorkspaceIsRefusedEvenThoughItExists) {
    TempTree tree;
    tree.write(".parallax.json",
               std::string(R"({"root": true, "plugins": [")") + PARALLAX_EXAMPLE_PLUGIN + R"("]})");
    Resolver resolver(no_user_file());
    const Resolved resolved = resolver.resolve(tree.path("a.md"), "");
    EXPECT_TRUE(contains(error_at(resolved, "plugins[0]").message, kRefusal));
    EXPECT_TRUE(resolved.settings.extra_plugins.empty());
}

TEST(Trust, CommandLinePluginErrorsNameTheFlag) {
    TempTree tree;
    tree.write(".parallax.json", R"({"root": true})");
    UserSettings user = no_user_file();
    user.plugins = {tree.path("libnothere.so")};
    Resolver resolver(user);
    const Resolved resolved = resolver.resolve(tree.path("a.md"), "");
    ASSERT_EQ(resolved.errors.size(), 1u) << describe(resolved.errors);
    EXPECT_EQ(resolved.errors[0].key, "--plugin");
    EXPECT_EQ(resolved.errors[0].file, tree.path("libnothere.so").string());
}

} // namespace
} // namespace parallax::config::testing
