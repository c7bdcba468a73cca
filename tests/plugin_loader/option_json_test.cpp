// Options across the C boundary: declared defaults parsed from JSON text, a draft's options
// written as one JSON object.
#include "option_json.h"

#include "parallax/plugin.h"

#include <gtest/gtest.h>

namespace parallax {
namespace {

OptionValue parsed(std::uint32_t type, std::string_view json) {
    auto result = parse_option_default(type, json);
    if (const auto* problem = std::get_if<std::string>(&result)) {
        ADD_FAILURE() << *problem;
        return OptionValue{false};
    }
    return std::get<OptionValue>(result);
}

std::string problem(std::uint32_t type, std::string_view json) {
    auto result = parse_option_default(type, json);
    const auto* text = std::get_if<std::string>(&result);
    return text != nullptr ? *text : "parsed";
}

TEST(OptionJson, ParsesEachType) {
    EXPECT_EQ(parsed(PARALLAX_OPTION_FLAG, "true"), OptionValue{true});
    EXPECT_EQ(parsed(PARALLAX_OPTION_NUMBER, " 2.5 "), OptionValue{2.5});
    EXPECT_EQ(parsed(PARALLAX_OPTION_STRING, "\"Indo-Pacific\""),
              OptionValue{std::string("Indo-Pacific")});
    EXPECT_EQ(parsed(PARALLAX_OPTION_STRINGS, "[\"JP\", \"KR\"]"),
              (OptionValue{std::vector<std::string>{"JP", "KR"}}));
    EXPECT_EQ(parsed(PARALLAX_OPTION_STRINGS, "[]"), OptionValue{std::vector<std::string>{}});
}

TEST(OptionJson, RefusesAWrongType) {
    EXPECT_EQ(problem(PARALLAX_OPTION_FLAG, "1"), "expected true or false, got 1");
    EXPECT_EQ(problem(PARALLAX_OPTION_NUMBER, "true"), "expected a number, got true");
    EXPECT_EQ(problem(PARALLAX_OPTION_STRING, "[]"), "expected a string, got []");
    EXPECT_EQ(problem(PARALLAX_OPTION_STRINGS, "[\"a\", 2]"),
              "expected an array of strings, got [\"a\",2]");
    EXPECT_EQ(problem(PARALLAX_OPTION_NUMBER, "{"), "not valid JSON: {");
    EXPECT_EQ(problem(0, "1"), "unknown option type 0");
}

TEST(OptionJson, WritesEveryDeclaredOptionWithItsValueOrDefault) {
    const std::vector<OptionInfo> declared = {
        {"max_words", OptionValue{35.0}, ""},
        {"ignore_quoted", OptionValue{true}, ""},
        {"regions", OptionValue{std::vector<std::string>{}}, ""},
        {"name", OptionValue{std::string("x")}, ""},
    };
    Options set;
    set.set("max_words", 20.0);
    set.set("regions", std::vector<std::string>{"Asia", "Europe"});
    set.set("name", 3.0);        // of the wrong type: the default is used
    set.set("undeclared", true); // not passed on
    EXPECT_EQ(options_json(declared, set),
              R"({"ignore_quoted":true,"max_words":20.0,"name":"x","regions":["Asia","Europe"]})");
}

TEST(OptionJson, InvalidUtf8IsReplacedNotThrown) {
    const std::vector<OptionInfo> declared = {{"name", OptionValue{std::string()}, ""}};
    Options set;
    set.set("name", std::string("caf\xe9"));
    EXPECT_EQ(options_json(declared, set), "{\"name\":\"caf\xEF\xBF\xBD\"}");
}

} // namespace
} // namespace parallax
