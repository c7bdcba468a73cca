// .parallax.json: shape and value errors with file, line and key; precedence of the layers;
// overrides; discovery, root and --config; rule packs; caching and invalidate().

#include "config_helpers.h"

#include <cstdlib>

namespace parallax::config::testing {
namespace {

TEST(ConfigError, ToStringNamesFileLineColumnAndKey) {
    EXPECT_EQ((ConfigError{"a/.parallax.json", 3, 5, "rules.x", "bad"}).to_string(),
              "a/.parallax.json:3:5: rules.x: bad");
    EXPECT_EQ((ConfigError{"a/.parallax.json", 0, 0, "", "cannot read"}).to_string(),
              "a/.parallax.json: cannot read");
}

TEST(Workspace, NoSettingsGiveTheDefaults) {
    TempTree tree;
    const auto file = tree.write(".parallax.json", R"({"root": true})");
    Resolver resolver(no_user_file());
    const Resolved resolved = resolver.resolve(tree.path("drafts/a.md"), "Text.\n");
    EXPECT_TRUE(resolved.errors.empty()) << describe(resolved.errors);
    EXPECT_TRUE(resolved.settings.rules.empty());
    EXPECT_TRUE(resolved.settings.options.empty());
    EXPECT_TRUE(resolved.settings.extra_plugins.empty());
    EXPECT_EQ(resolved.files, std::vector<std::filesystem::path>{file});
}

TEST(Workspace, UnknownKeyNamesFileLineColumnAndKey) {
    TempTree tree;
    const auto file = tree.write(".parallax.json", "{\n"
                                                   "  // comments are fine\n"
                                                   "  \"root\": true,\n"
                                                   "  \"rulez\": {},\n"
                                                   "}\n");
    Resolver resolver(no_user_file());
    const Resolved resolved = resolver.resolve(tree.path("a.md"), "");
    const ConfigError error = error_with(resolved, "unknown key");
    EXPECT_EQ(error.file, file.string());
    EXPECT_EQ(error.line, 4u);
    EXPECT_EQ(error.column, 3u);
    EXPECT_EQ(error.key, "rulez");
}

TEST(Workspace, SyntaxErrorNamesLineAndColumn) {
    TempTree tree;
    tree.write(".parallax.json", "{\n  \"root\": true\n  \"rules\": {}\n}\n");
    Resolver resolver(no_user_file());
    const Resolved resolved = resolver.resolve(tree.path("a.md"), "");
    ASSERT_EQ(resolved.errors.size(), 1u) << describe(resolved.errors);
    EXPECT_EQ(resolved.errors[0].line, 3u);
    EXPECT_EQ(resolved.errors[0].column, 3u);
}

TEST(Workspace, BadSeverityPointsAtTheValue) {
    TempTree tree;
    tree.write(".parallax.json", "{\"root\": true,\n"
                                 " \"rules\": {\n"
                                 "   \"fclaims/weasel\": \"loud\",\n"
                                 "   \"fclaims/cause\": {\"severity\": \"off\"},\n"
                                 "   \"fframing\": \"error\"\n"
                                 "}}\n");
    Resolver resolver(no_user_file());
    const Resolved resolved = resolver.resolve(tree.path("a.md"), "");
    ASSERT_EQ(resolved.errors.size(), 2u) << describe(resolved.errors);
    const ConfigError loud = error_with(resolved, "\"loud\"");
    EXPECT_EQ(loud.key, "rules.fclaims/weasel");
    EXPECT_EQ(loud.line, 3u);
    EXPECT_EQ(loud.column, 22u);
    EXPECT_TRUE(contains(error_at(resolved, "rules.fclaims/cause.severity").message, "\"off\""));
    // Entries in error are left out; the good ones still apply.
    EXPECT_EQ(rule(resolved, "fclaims/weasel"), nullptr);
    ASSERT_NE(rule(resolved, "fframing"), nullptr);
    EXPECT_EQ(rule(resolved, "fframing")->severity, Severity::Error);
}

TEST(Workspace, RuleSettingForms) {
    TempTree tree;
    tree.write(".parallax.json", R"({"root": true, "rules": {
        "fclaims/weasel": "off",
        "fclaims/cause": {"enabled": true, "severity": "information"},
        "fframing/repeat": {"enabled": false},
        "fplaces": "on"}})");
    Resolver resolver(no_user_file());
    const Resolved resolved = resolver.resolve(tree.path("a.md"), "");
    ASSERT_TRUE(resolved.errors.empty()) << describe(resolved.errors);
    EXPECT_FALSE(resolved.settings.enabled("fclaims/weasel"));
    EXPECT_EQ(resolved.settings.severity("fclaims/cause", Severity::Hint), Severity::Information);
    EXPECT_FALSE(resolved.settings.enabled("fframing/repeat"));
    EXPECT_TRUE(resolved.settings.enabled("fplaces/voice"));
    EXPECT_EQ(resolved.settings.severity("fplaces/voice", Severity::Warning), Severity::Warning);
}

TEST(Workspace, UnknownRulesPluginsOptionsAndWrongTypesAreErrors) {
    TempTree tree;
    tree.write(".parallax.json", R"({"root": true,
        "rules": {"fclaims/nope": "off", "nope": "off", "fclaims/weas": "off",
                  "fclaims/waesel": "off"},
        "options": {"fframing": {"min_repeat": "four", "nope": 1},
                    "fclaims": {"known_sources": ["Reuters", 3]},
                    "nope": {}},
        "overrides": [{"rules": {}}, {"files": "x.md"}],
        "rulepacks": "geopolitical-naming"})");
    Resolver resolver(no_user_file());
    const Resolved resolved = resolver.resolve(tree.path("a.md"), "");
    EXPECT_EQ(resolved.errors.size(), 11u) << describe(resolved.errors);
    EXPECT_TRUE(contains(error_at(resolved, "rules.fclaims/nope").message, "unknown rule"));
    EXPECT_TRUE(contains(error_at(resolved, "rules.fclaims/weas").message,
                         "did you mean \"fclaims/weasel\"?"));
    EXPECT_TRUE(contains(error_at(resolved, "rules.fclaims/waesel").message,
                         "did you mean \"fclaims/weasel\"?"));
    EXPECT_TRUE(contains(error_at(resolved, "rules.nope").message, "unknown rule or plugin"));
    EXPECT_TRUE(contains(error_at(resolved, "options.fframing.min_repeat").message,
                         "expected a number, found a string"));
    EXPECT_TRUE(contains(error_at(resolved, "options.fframing.nope").message,
                         "unknown option \"nope\"; options of fframing: min_repeat, shared"));
    EXPECT_TRUE(
        contains(error_at(resolved, "options.fclaims.known_sources").message, "other values"));
    EXPECT_TRUE(contains(error_at(resolved, "options.nope").message, "unknown plugin"));
    EXPECT_TRUE(contains(error_at(resolved, "overrides[0]").message, "needs \"files\""));
    EXPECT_TRUE(contains(error_at(resolved, "overrides[1].files").message,
                         "expected a list of strings, found a string"));
    EXPECT_TRUE(contains(error_at(resolved, "rulepacks").message, "expected a list"));
    EXPECT_TRUE(resolved.settings.options.empty());
}

TEST(Workspace, DuplicateKeysAreErrors) {
    TempTree tree;
    tree.write(".parallax.json", "{\"root\": true, \"root\": false}");
    Resolver resolver(no_user_file());
    const Resolved resolved = resolver.resolve(tree.path("a.md"), "");
    EXPECT_EQ(error_with(resolved, "duplicate").column, 16u);
}

TEST(Workspace, OptionsAreTypedByTheirDefaults) {
    TempTree tree;
    tree.write(".parallax.json", R"({"root": true, "options": {
        "fframing": {"min_repeat": 4, "shared": true},
        "fclaims": {"known_sources": ["Reuters", "AP"]},
        "fplaces": {"region": "Indo-Pacific"}}})");
    Resolver resolver(no_user_file());
    const Resolved resolved = resolver.resolve(tree.path("a.md"), "");
    ASSERT_TRUE(resolved.errors.empty()) << describe(resolved.errors);
    const CheckSettings& s = resolved.settings;
    EXPECT_EQ(s.options_for("fframing").number("min_repeat", 0), 4.0);
    EXPECT_TRUE(s.options_for("fframing").flag("shared", false));
    EXPECT_EQ(s.options_for("fclaims").strings("known_sources"),
              (std::vector<std::string>{"Reuters", "AP"}));
    EXPECT_EQ(s.options_for("fplaces").string("region"), "Indo-Pacific");
}

TEST(Overrides, GlobsRelativeToTheConfigFolderLaterEntriesWin) {
    TempTree tree;
    const auto file = tree.write(".parallax.json", R"({"root": true,
        "rules": {"fclaims/cause": "off"},
        "overrides": [
          {"files": ["drafts/**/*.md"], "rules": {"fclaims/weasel": "off"},
           "options": {"fframing": {"min_repeat": 5}}},
          {"files": ["drafts/asia/?.md", "briefs/*"], "rules": {"fclaims/weasel": "error"}}
        ]})");
    Resolver resolver(no_user_file());

    const Resolved asia = resolver.resolve(tree.path("drafts/asia/a.md"), "");
    ASSERT_TRUE(asia.errors.empty()) << describe(asia.errors);
    EXPECT_EQ(asia.settings.severity("fclaims/weasel", Severity::Warning), Severity::Error);
    EXPECT_EQ(asia.settings.options_for("fframing").number("min_repeat", 0), 5.0);
    EXPECT_EQ(asia.rule_origins.at("fclaims/weasel"), file.string() + " (overrides[1])");
    EXPECT_EQ(asia.rule_origins.at("fclaims/cause"), file.string());

    const Resolved europe = resolver.resolve(tree.path("drafts/europe/2024/b.md"), "");
    EXPECT_FALSE(europe.settings.enabled("fclaims/weasel"));

    const Resolved asia_long = resolver.resolve(tree.path("drafts/asia/long.md"), "");
    EXPECT_FALSE(asia_long.settings.enabled("fclaims/weasel")); // '?' is one character

    const Resolved note = resolver.resolve(tree.path("notes/c.md"), "");
    EXPECT_TRUE(note.settings.enabled("fclaims/weasel"));
    EXPECT_FALSE(note.settings.enabled("fclaims/cause"));
    EXPECT_TRUE(note.settings.options.empty());
}

TEST(Discovery, NearestFilesCascadeUpToRoot) {
    TempTree tree;
    tree.write(".parallax.json", R"({"root": true, "rules": {"fclaims/cause": "off",
                                                            "fclaims/weasel": "hint"}})");
    tree.write("team/.parallax.json", R"({"rules": {"fclaims/weasel": "error"}})");
    tree.write("solo/.parallax.json", R"({"root": true, "rules": {"fframing": "off"}})");
    Resolver resolver(no_user_file());

    const Resolved team = resolver.resolve(tree.path("team/drafts/a.md"), "");
    ASSERT_TRUE(team.errors.empty()) << describe(team.errors);
    EXPECT_FALSE(team.settings.enabled("fclaims/cause"));
    EXPECT_EQ(team.settings.severity("fclaims/weasel", Severity::Warning), Severity::Error);
    EXPECT_EQ(team.files.size(), 2u);

    const Resolved solo = resolver.resolve(tree.path("solo/a.md"), "");
    EXPECT_TRUE(solo.settings.enabled("fclaims/cause")); // root: the outer file is not read
    EXPECT_FALSE(solo.settings.enabled("fframing/repeat"));
    EXPECT_EQ(solo.files, std::vector<std::filesystem::path>{tree.path("solo/.parallax.json")});
}

TEST(Discovery, ConfigFlagReplacesDiscovery) {
    TempTree tree;
    tree.write(".parallax.json", R"({"root": true, "rules": {"fclaims": "off"}})");
    const auto chosen = tree.write("ci/strict.json", R"({"rules": {"fclaims": "error"}})");
    UserSettings user = no_user_file();
    user.config_file = chosen;
    Resolver resolver(user);
    const Resolved resolved = resolver.resolve(tree.path("a.md"), "");
    ASSERT_TRUE(resolved.errors.empty()) << describe(resolved.errors);
    EXPECT_EQ(resolved.settings.severity("fclaims/weasel", Severity::Hint), Severity::Error);
    EXPECT_EQ(resolved.files, std::vector<std::filesystem::path>{chosen});

    UserSettings missing = no_user_file();
    missing.config_file = tree.path("nope.json");
    Resolver broken(missing);
    const Resolved none = broken.resolve(tree.path("a.md"), "");
    EXPECT_EQ(error_with(none, "cannot read").line, 0u);
}

/// Points $XDG_CONFIG_HOME at a folder for one test.
class UserConfigHome {
public:
    explicit UserConfigHome(const std::filesystem::path& folder) {
        if (const char* old = std::getenv("XDG_CONFIG_HOME")) {
            saved_ = old;
        }
        ::setenv("XDG_CONFIG_HOME", folder.c_str(), 1);
    }
    ~UserConfigHome() {
        if (saved_) {
            ::setenv("XDG_CONFIG_HOME", saved_->c_str(), 1);
        } else {
            ::unsetenv("XDG_CONFIG_HOME");
        }
    }
    UserConfigHome(const UserConfigHome&) = delete;
    UserConfigHome& operator=(const UserConfigHome&) = delete;

private:
    std::optional<std::string> saved_;
};

TEST(Precedence, UserFileEditorWorkspaceOverrideFrontMatter) {
    TempTree tree;
    const auto user_file = tree.write("xdg/parallax/config.json", R"({
        "rules": {"fclaims/weasel": "hint", "fclaims/cause": "off", "fplaces/voice": "error"},
        "options": {"fframing": {"min_repeat": 1}, "fplaces": {"regions": ["Africa"]}}})");
    tree.write("work/.parallax.json", R"({"root": true,
        "rules": {"fplaces/voice": "information"},
        "options": {"fframing": {"min_repeat": 3}},
        "overrides": [{"files": ["briefs/*.md"], "options": {"fframing": {"min_repeat": 4}}}]})");
    UserConfigHome home(tree.path("xdg"));
    UserSettings user;
    user.editor_settings = nlohmann::json::parse(R"({
        "rules": {"fclaims/weasel": "information"},
        "options": {"fframing": {"min_repeat": 2}}})");
    Resolver resolver(user);

    const Resolved plain = resolver.resolve(tree.path("work/a.md"), "");
    ASSERT_TRUE(plain.errors.empty()) << describe(plain.errors);
    EXPECT_EQ(plain.files.front(), user_file);
    // Editor settings beat the user file; the workspace beats both.
    EXPECT_EQ(plain.settings.severity("fclaims/weasel", Severity::Warning), Severity::Information);
    EXPECT_EQ(plain.rule_origins.at("fclaims/weasel"), "editor settings");
    EXPECT_FALSE(plain.settings.enabled("fclaims/cause"));
    EXPECT_EQ(plain.settings.severity("fplaces/voice", Severity::Warning), Severity::Information);
    EXPECT_EQ(plain.settings.options_for("fframing").number("min_repeat", 0), 3.0);
    EXPECT_EQ(plain.settings.options_for("fplaces").strings("regions"),
              std::vector<std::string>{"Africa"});

    const Resolved brief = resolver.resolve(tree.path("work/briefs/b.md"), "");
    EXPECT_EQ(brief.settings.options_for("fframing").number("min_repeat", 0), 4.0);

    const Resolved own = resolver.resolve(tree.path("work/briefs/c.md"),
                                          "---\nparallax:\n  min_repeat: 5\n---\nText.\n");
    ASSERT_TRUE(own.errors.empty()) << describe(own.errors);
    EXPECT_EQ(own.settings.options_for("fframing").number("min_repeat", 0), 5.0);

    resolver.set_editor_settings(nullptr);
    const Resolved without_editor = resolver.resolve(tree.path("work/a.md"), "");
    EXPECT_EQ(without_editor.settings.severity("fclaims/weasel", Severity::Warning),
              Severity::Hint);
}

TEST(Precedence, PluginEntryReplacesWhatLowerLayersSaidOfItsRules) {
    TempTree tree;
    tree.write(".parallax.json", R"({"root": true, "rules": {"fclaims": "error"}})");
    UserSettings user = no_user_file();
    user.editor_settings = nlohmann::json::parse(R"({"rules": {"fclaims/weasel": "off"}})");
    Resolver resolver(user);
    const Resolved resolved = resolver.resolve(tree.path("a.md"), "");
    EXPECT_TRUE(resolved.settings.enabled("fclaims/weasel"));
    EXPECT_EQ(resolved.settings.severity("fclaims/weasel", Severity::Hint), Severity::Error);

    // Within one file, a rule's own entry wins over its plugin's, in any order.
    tree.write(".parallax.json",
               R"({"root": true, "rules": {"fclaims/weasel": "off", "fclaims": "error"}})");
    resolver.invalidate();
    const Resolved same_file = resolver.resolve(tree.path("a.md"), "");
    EXPECT_FALSE(same_file.settings.enabled("fclaims/weasel"));
    EXPECT_EQ(same_file.settings.severity("fclaims/cause", Severity::Hint), Severity::Error);
}

TEST(EditorSettings, ErrorsNameTheKeyWithoutPosition) {
    UserSettings user = no_user_file();
    user.editor_settings = nlohmann::json::parse(
        R"({"rules": {"fclaims/weasel": "loud"}, "overrides": [], "root": true, "options": null,
            "path": "/usr/bin/parallax", "trace": {"server": "off"}})");
    TempTree tree;
    tree.write(".parallax.json", R"({"root": true})");
    Resolver resolver(user);
    const Resolved resolved = resolver.resolve(tree.path("a.md"), "");
    const ConfigError loud = error_with(resolved, "bad severity");
    EXPECT_EQ(loud.file, "editor settings");
    EXPECT_EQ(loud.line, 0u);
    EXPECT_EQ(loud.key, "rules.fclaims/weasel");
    EXPECT_EQ(error_with(resolved, "overrides belong in .parallax.json").key, "overrides");
    EXPECT_EQ(error_with(resolved, "\"root\" belongs in .parallax.json").key, "root");
    // null is "unset"; "path" and "trace" are the client's own settings.
    EXPECT_EQ(resolved.errors.size(), 3u) << describe(resolved.errors);
}

TEST(Caching, ChangedFilesAreReReadNewFilesAfterInvalidate) {
    TempTree tree;
    tree.write(".parallax.json", R"({"root": true, "rules": {"fclaims": "off"}})");
    Resolver resolver(no_user_file());
    EXPECT_FALSE(resolver.resolve(tree.path("sub/a.md"), "").settings.enabled("fclaims/weasel"));

    // An edit is seen at once: the file's size and time are checked on each resolve.
    tree.write(".parallax.json", R"({"root": true, "rules": {"fclaims": "hint"}})");
    Resolved edited = resolver.resolve(tree.path("sub/a.md"), "");
    EXPECT_EQ(edited.settings.severity("fclaims/weasel", Severity::Warning), Severity::Hint);

    // A new, nearer file is found after invalidate() (the language server calls it when the
    // client reports a created file); until then the cached search stands.
    tree.write("sub/.parallax.json", R"({"rules": {"fclaims": "error"}})");
    EXPECT_EQ(resolver.resolve(tree.path("sub/a.md"), "")
                  .settings.severity("fclaims/weasel", Severity::Warning),
              Severity::Hint);
    resolver.invalidate();
    Resolved fresh = resolver.resolve(tree.path("sub/a.md"), "");
    EXPECT_EQ(fresh.settings.severity("fclaims/weasel", Severity::Warning), Severity::Error);
    EXPECT_EQ(fresh.files.size(), 2u);

    // And a deleted one disappears after invalidate().
    std::filesystem::remove(tree.path("sub/.parallax.json"));
    resolver.invalidate();
    EXPECT_EQ(resolver.resolve(tree.path("sub/a.md"), "").files.size(), 1u);
}

TEST(RulePacks, ShippedPackByNameAndItsRulesAreConfigurable) {
    TempTree tree;
    tree.write(".parallax.json", R"({"root": true, "rulepacks": ["geopolitical-naming"],
                                     "rules": {"geopolitical-naming/kyiv": "error"}})");
    Resolver resolver(no_user_file());
    const Resolved resolved = resolver.resolve(tree.path("a.md"), "");
    ASSERT_TRUE(resolved.errors.empty()) << describe(resolved.errors);
    ASSERT_EQ(resolved.settings.extra_plugins.size(), 1u);
    EXPECT_EQ(resolved.settings.extra_plugins[0]->id(), "geopolitical-naming");
    EXPECT_EQ(resolved.settings.severity("geopolitical-naming/kyiv", Severity::Hint),
              Severity::Error);
    // Loaded once: a second draft shares the same pack.
    const Resolved again = resolver.resolve(tree.path("b.md"), "");
    ASSERT_EQ(again.settings.extra_plugins.size(), 1u);
    EXPECT_EQ(again.settings.extra_plugins[0], resolved.settings.extra_plugins[0]);
}

TEST(RulePacks, LoadErrorsNameTheConfigEntryOrThePackLine) {
    TempTree tree;
    const auto config = tree.write(".parallax.json", "{\"root\": true,\n"
                                                     " \"rulepacks\": [\"no-such-pack\",\n"
                                                     "   \"packs/missing.json\",\n"
                                                     "   \"packs/broken.json\"]}\n");
    const auto broken = tree.write("packs/broken.json", "{\n  \"name\": \"broken\",\n  oops\n}\n");
    Resolver resolver(no_user_file());
    const Resolved resolved = resolver.resolve(tree.path("a.md"), "");
    ASSERT_EQ(resolved.errors.size(), 3u) << describe(resolved.errors);
    EXPECT_EQ(resolved.errors[0].file, config.string());
    EXPECT_EQ(resolved.errors[0].key, "rulepacks[0]");
    EXPECT_EQ(resolved.errors[0].line, 2u);
    EXPECT_EQ(resolved.errors[1].key, "rulepacks[1]");
    EXPECT_EQ(resolved.errors[1].line, 3u);
    EXPECT_EQ(resolved.errors[2].file, broken.string());
    EXPECT_EQ(resolved.errors[2].line, 3u);
    EXPECT_TRUE(resolved.settings.extra_plugins.empty());
}

TEST(Workspace, EngineRulesAreConfiguredLikeAnyOther) {
    TempTree tree;
    tree.write(".parallax.json",
               R"({"root": true, "rules": {"parallax/unused-suppression": "off"}})");
    Resolver resolver(no_user_file());
    const Resolved resolved = resolver.resolve(tree.path("a.md"), "Text.\n");
    EXPECT_TRUE(resolved.errors.empty()) << describe(resolved.errors);
    EXPECT_FALSE(resolved.settings.enabled("parallax/unused-suppression"));
    EXPECT_TRUE(resolved.settings.enabled("parallax/unknown-rule"));
}

} // namespace
} // namespace parallax::config::testing
