// A table is checked before anything else of the plugin runs: every malformation is an Invalid
// error that says what is wrong.
#include "plugin_table.h"

#include <gtest/gtest.h>

namespace parallax {
namespace {

void no_check(const parallax_document_view* /*document*/, const char* /*options_json*/,
              const parallax_reporter* /*reporter*/) {}

const parallax_rule_info good_rule = {"mine/rule", "Summary.", "Rationale.", "Example.",
                                      PARALLAX_SEVERITY_WARNING};
const parallax_option_info good_option = {"max_words", PARALLAX_OPTION_NUMBER, "35",
                                          "a description"};

/// A well-formed table over the given rules and options; tests break one thing each.
struct Table {
    std::vector<parallax_rule_info> rules{good_rule};
    std::vector<parallax_option_info> options{good_option};
    parallax_plugin_v1 table{PARALLAX_PLUGIN_ABI_VERSION,
                             sizeof(parallax_plugin_v1),
                             "mine",
                             nullptr,
                             0,
                             nullptr,
                             0,
                             &no_check};

    const parallax_plugin_v1* get() {
        table.rules = rules.data();
        table.rule_count = static_cast<std::uint32_t>(rules.size());
        table.options = options.data();
        table.option_count = static_cast<std::uint32_t>(options.size());
        return &table;
    }
};

/// The Invalid error's message, or "loaded".
std::string problem(Table& t) {
    auto result = read_plugin_table(t.get(), "mine.so");
    if (const auto* error = std::get_if<PluginLoadError>(&result)) {
        EXPECT_EQ(error->kind, PluginLoadError::Kind::Invalid) << error->message;
        EXPECT_EQ(error->path, "mine.so");
        return error->message;
    }
    return "loaded";
}

TEST(PluginTable, AWellFormedTableIsCopied) {
    Table t;
    auto result = read_plugin_table(t.get(), "mine.so");
    ASSERT_TRUE(std::holds_alternative<PluginTable>(result));
    const PluginTable& table = std::get<PluginTable>(result);
    EXPECT_EQ(table.id, "mine");
    ASSERT_EQ(table.rules.size(), 1u);
    EXPECT_EQ(table.rules[0].id, "mine/rule");
    EXPECT_EQ(table.rules[0].summary, "Summary.");
    EXPECT_EQ(table.rules[0].default_severity, Severity::Warning);
    ASSERT_EQ(table.options.size(), 1u);
    EXPECT_EQ(table.options[0].default_value, OptionValue{35.0});
    EXPECT_EQ(table.options[0].description, "a description");
    EXPECT_EQ(table.check, &no_check);
}

TEST(PluginTable, ATableTooSmallForItsVersionIsInvalid) {
    Table t;
    t.table.struct_size = 8;
    EXPECT_NE(problem(t).find("plugin table is 8 bytes"), std::string::npos);
}

TEST(PluginTable, TheIdMustBeALowercaseName) {
    Table t;
    t.table.id = nullptr;
    EXPECT_EQ(problem(t), "mine.so: malformed plugin table: the plugin id is missing");
    t.table.id = "Mine/x";
    EXPECT_NE(problem(t).find("plugin id 'Mine/x' may only hold"), std::string::npos);
}

TEST(PluginTable, RulesAreRequiredAndWithinThePlugin) {
    Table t;
    t.rules.clear();
    EXPECT_EQ(problem(t), "mine.so: malformed plugin table: it declares no rules");

    Table outside;
    outside.rules[0].id = "yours/rule";
    EXPECT_NE(problem(outside).find("rule id 'yours/rule' is not 'mine/NAME'"), std::string::npos);

    Table empty_name;
    empty_name.rules[0].id = "mine/";
    EXPECT_NE(problem(empty_name).find("rule id 'mine/' is not"), std::string::npos);

    Table twice;
    twice.rules.push_back(good_rule);
    EXPECT_NE(problem(twice).find("'mine/rule' is declared twice"), std::string::npos);
}

TEST(PluginTable, EveryRuleExplainsItself) {
    Table no_summary;
    no_summary.rules[0].summary = "";
    EXPECT_NE(problem(no_summary).find("the summary of mine/rule is missing"), std::string::npos);

    Table no_example;
    no_example.rules[0].example = nullptr;
    EXPECT_NE(problem(no_example).find("the example of mine/rule is missing"), std::string::npos);

    Table bad_utf8;
    bad_utf8.rules[0].rationale = "caf\xe9";
    EXPECT_NE(problem(bad_utf8).find("the rationale of mine/rule is not valid UTF-8"),
              std::string::npos);

    Table bad_severity;
    bad_severity.rules[0].default_severity = PARALLAX_SEVERITY_DEFAULT;
    EXPECT_NE(problem(bad_severity).find("the default severity of mine/rule is 0"),
              std::string::npos);
}

TEST(PluginTable, OptionDefaultsMustMatchTheirType) {
    Table wrong_type;
    wrong_type.options[0].default_json = "\"35\"";
    EXPECT_NE(
        problem(wrong_type).find("option 'max_words' is wrong: expected a number, got \"35\""),
        std::string::npos);

    Table not_json;
    not_json.options[0].default_json = "thirty";
    EXPECT_NE(problem(not_json).find("not valid JSON: thirty"), std::string::npos);

    Table no_default;
    no_default.options[0].default_json = nullptr;
    EXPECT_NE(problem(no_default).find("option 'max_words' has no default"), std::string::npos);

    Table unknown_type;
    unknown_type.options[0].type = 9;
    EXPECT_NE(problem(unknown_type).find("unknown option type 9"), std::string::npos);

    Table twice;
    twice.options.push_back(good_option);
    EXPECT_NE(problem(twice).find("option 'max_words' is declared twice"), std::string::npos);

    Table bad_name;
    bad_name.options[0].name = "max words";
    EXPECT_NE(problem(bad_name).find("option name 'max words' may only hold"), std::string::npos);
}

TEST(PluginTable, OptionsAreOptionalButCountsMustMatch) {
    Table none;
    none.options.clear();
    EXPECT_EQ(problem(none), "loaded");

    Table dangling;
    dangling.get();
    dangling.table.options = nullptr;
    auto result = read_plugin_table(&dangling.table, "mine.so");
    ASSERT_TRUE(std::holds_alternative<PluginLoadError>(result));
    EXPECT_NE(std::get<PluginLoadError>(result).message.find("gives no array"), std::string::npos);
}

TEST(PluginTable, ACheckFunctionIsRequired) {
    Table t;
    t.table.check = nullptr;
    EXPECT_EQ(problem(t), "mine.so: malformed plugin table: it has no check function");
}

TEST(PluginTable, AnotherVersionIsAMismatchBeforeAnythingElseIsRead) {
    Table t;
    t.table.abi_version = 2;
    t.table.id = nullptr; // not read
    auto result = read_plugin_table(t.get(), "mine.so");
    ASSERT_TRUE(std::holds_alternative<PluginLoadError>(result));
    const auto& error = std::get<PluginLoadError>(result);
    EXPECT_EQ(error.kind, PluginLoadError::Kind::AbiMismatch);
    EXPECT_EQ(error.message,
              "mine.so: plugin speaks ABI 2, this Parallax speaks 1 — rebuild it against this "
              "plugin.h");
}

} // namespace
} // namespace parallax
