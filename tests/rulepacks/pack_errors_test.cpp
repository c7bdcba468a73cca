// Bad packs are rejected with the line, column and key of the mistake, never loaded halfway.

#include "pack_test_util.h"

#include <gmock/gmock.h>

#include <filesystem>
#include <fstream>

namespace parallax::rulepacks::test {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

TEST(PackErrors, AnUnknownKeyIsNamedWithItsLineAndColumn) {
    const PackError e =
        error_of("{\n"
                 "  \"name\": \"house\",\n"
                 "  \"rules\": [\n"
                 "    {\"id\": \"a\", \"kind\": \"existence\", \"tokens\": [\"x\"],\n"
                 "     \"ignorecase\": true}\n"
                 "  ]\n"
                 "}\n");
    EXPECT_EQ(e.line, 5u);
    EXPECT_EQ(e.column, 6u);
    EXPECT_EQ(e.key, "rules[0].ignorecase");
    EXPECT_THAT(e.message, HasSubstr("unknown key \u201cignorecase\u201d"));
    EXPECT_THAT(e.message, HasSubstr("ignore_case"));
}

TEST(PackErrors, AnUnknownTopLevelKey) {
    const PackError e = error_of(R"({"name": "house", "rules": [], "version": 2})");
    EXPECT_EQ(e.key, "version");
    EXPECT_EQ(e.line, 1u);
    EXPECT_EQ(e.column, 32u);
}

TEST(PackErrors, AKeyOfAnotherKindIsUnknown) {
    const PackError e = error_of(
        R"({"name": "house", "rules": [{"id": "a", "kind": "existence", "tokens": ["x"], "max": 2}]})");
    EXPECT_EQ(e.key, "rules[0].max");
    EXPECT_THAT(e.message, HasSubstr("an existence rule"));
}

TEST(PackErrors, WrongTypes) {
    EXPECT_EQ(error_of(R"({"name": 3, "rules": []})").key, "name");
    EXPECT_EQ(error_of(R"({"name": "house", "rules": {}})").key, "rules");
    const PackError e = error_of(
        R"({"name": "house", "rules": [{"id": "a", "kind": "existence", "tokens": "x"}]})");
    EXPECT_EQ(e.key, "rules[0].tokens");
    EXPECT_EQ(e.message, "expected a list of strings, found a string");
    EXPECT_EQ(error_of(R"({"name": "house", "rules": [{"id": "a", "kind": "existence",
                          "tokens": ["x", 4]}]})")
                  .key,
              "rules[0].tokens[1]");
    EXPECT_EQ(error_of(R"({"name": "house", "rules": [{"id": "a", "kind": "repetition",
                          "tokens": ["x"], "max": 2.5}]})")
                  .key,
              "rules[0].max");
    EXPECT_EQ(error_of(R"({"name": "house", "rules": [{"id": "a", "kind": "substitution",
                          "swap": {"Ivory Coast": 1}}]})")
                  .key,
              "rules[0].swap[\"Ivory Coast\"]");
}

TEST(PackErrors, MissingRequiredKeys) {
    EXPECT_THAT(error_of(R"({"rules": []})").message, HasSubstr("needs \u201cname\u201d"));
    EXPECT_THAT(error_of(R"({"name": "house", "rules": []})").message,
                HasSubstr("at least one rule"));
    const PackError e =
        error_of(R"({"name": "house", "rules": [{"id": "a", "kind": "existence"}]})");
    EXPECT_EQ(e.key, "rules[0]");
    EXPECT_THAT(e.message, HasSubstr("tokens"));
    EXPECT_THAT(error_of(R"({"name": "house", "rules": [{"id": "a", "kind": "repetition",
                           "tokens": ["x"]}]})")
                    .message,
                HasSubstr("needs \u201cmax\u201d"));
}

TEST(PackErrors, DuplicateRuleIds) {
    const PackError e =
        error_of("{\"name\": \"house\", \"rules\": [\n"
                 "  {\"id\": \"a\", \"kind\": \"existence\", \"tokens\": [\"x\"]},\n"
                 "  {\"id\": \"a\", \"kind\": \"existence\", \"tokens\": [\"y\"]}]}");
    EXPECT_EQ(e.line, 3u);
    EXPECT_EQ(e.key, "rules[1].id");
    EXPECT_THAT(e.message, HasSubstr("duplicate rule id \u201ca\u201d"));
}

TEST(PackErrors, BadNamesIdsKindsAndSeverities) {
    EXPECT_EQ(error_of(R"({"name": "House Style", "rules": []})").key, "name");
    EXPECT_EQ(error_of(R"({"name": "house", "rules": [{"id": "A b", "kind": "existence",
                          "tokens": ["x"]}]})")
                  .key,
              "rules[0].id");
    const PackError kind = error_of(
        R"({"name": "house", "rules": [{"id": "a", "kind": "occurrence", "tokens": ["x"]}]})");
    EXPECT_EQ(kind.key, "rules[0].kind");
    EXPECT_THAT(kind.message, HasSubstr("unknown kind \u201coccurrence\u201d"));
    const PackError severity = error_of(R"({"name": "house", "rules": [{"id": "a",
        "kind": "existence", "tokens": ["x"], "severity": "fatal"}]})");
    EXPECT_EQ(severity.key, "rules[0].severity");
    EXPECT_THAT(severity.message, HasSubstr("unknown severity \u201cfatal\u201d"));
}

TEST(PackErrors, AnUnknownPlaceholderInAMessage) {
    const PackError e = error_of(R"({"name": "house", "rules": [{"id": "a", "kind": "existence",
        "tokens": ["x"], "message": "Use {replacement}"}]})");
    EXPECT_EQ(e.key, "rules[0].message");
    EXPECT_THAT(e.message, HasSubstr("{replacement}"));
}

TEST(PackErrors, AnInvalidPatternNamesItsIndex) {
    const PackError e = error_of("{\"name\": \"house\", \"rules\": [{\"id\": \"a\",\n"
                                 " \"kind\": \"existence\",\n"
                                 " \"patterns\": [\"ok\", \"(unclosed\"]}]}");
    EXPECT_EQ(e.key, "rules[0].patterns[1]");
    EXPECT_EQ(e.line, 3u);
    EXPECT_EQ(e.column, 21u);
    EXPECT_THAT(e.message, HasSubstr("invalid RE2 pattern"));
    EXPECT_THAT(e.message, Not(HasSubstr("lookahead")));
    EXPECT_THAT(e.message, Not(HasSubstr("backreference")));
}

TEST(PackErrors, ABackreferenceIsRejectedWithTheReason) {
    const PackError e = error_of(R"({"name": "house", "rules": [{"id": "a", "kind": "existence",
        "patterns": ["\\b(\\w+) \\1\\b"]}]})");
    EXPECT_EQ(e.key, "rules[0].patterns[0]");
    EXPECT_THAT(e.message, HasSubstr("RE2 does not support backreferences"));
}

TEST(PackErrors, LookaroundIsRejectedWithTheReason) {
    const PackError e = error_of(R"json({"name": "house", "rules": [{"id": "a",
        "kind": "existence", "patterns": ["Gulf(?! of)"]}]})json");
    EXPECT_THAT(e.message, HasSubstr("RE2 does not support lookahead or lookbehind"));
}

TEST(PackErrors, APatternThatMatchesNothingAtAllIsRejected) {
    const PackError e = error_of(R"({"name": "house", "rules": [{"id": "a", "kind": "existence",
        "patterns": ["x*"]}]})");
    EXPECT_THAT(e.message, HasSubstr("matches the empty string"));
}

TEST(PackErrors, EmptyTokensAndReplacements) {
    const PackError token = error_of(R"({"name": "house", "rules": [{"id": "a",
        "kind": "existence", "tokens": ["x"], "exceptions": ["  "]}]})");
    EXPECT_EQ(token.key, "rules[0].exceptions[0]");
    EXPECT_EQ(token.message, "a token cannot be empty");
    const PackError replacement = error_of(R"({"name": "house", "rules": [{"id": "a",
        "kind": "substitution", "swap": {"Kiev": ""}}]})");
    EXPECT_EQ(replacement.key, "rules[0].swap.Kiev");
    const PackError itself = error_of(R"({"name": "house", "rules": [{"id": "a",
        "kind": "substitution", "swap": {"Kyiv": "Kyiv"}}]})");
    EXPECT_THAT(itself.message, HasSubstr("with itself"));
}

TEST(PackErrors, UnknownRegionsAndCountries) {
    const PackError region = error_of(R"({"name": "house", "rules": [{"id": "a",
        "kind": "required-voices", "topic": {"tokens": ["Sahel"]}, "regions": ["Afrika"]}]})");
    EXPECT_EQ(region.key, "rules[0].regions[0]");
    EXPECT_THAT(region.message, HasSubstr("unknown region \u201cAfrika\u201d"));
    const PackError country = error_of(R"({"name": "house", "rules": [{"id": "a",
        "kind": "required-voices", "topic": {"tokens": ["Sahel"]}, "countries": ["ng"]}]})");
    EXPECT_EQ(country.key, "rules[0].countries[0]");
    const PackError topic = error_of(R"({"name": "house", "rules": [{"id": "a",
        "kind": "required-voices", "topic": {"token": ["Sahel"]}, "regions": ["Africa"]}]})");
    EXPECT_EQ(topic.key, "rules[0].topic.token");
}

TEST(PackErrors, SyntaxErrorsCarryTheirPosition) {
    const PackError e = error_of("{\"name\": \"house\",\n  \"rules\": [}\n");
    EXPECT_EQ(e.line, 2u);
    EXPECT_THAT(e.message, HasSubstr("not valid JSON"));
}

TEST(PackErrors, CommentsAndTrailingCommasAreFine) {
    EXPECT_TRUE(pack_of("// house style\n{\"name\": \"house\", /* ours */ \"rules\": [\n"
                        "  {\"id\": \"a\", \"kind\": \"existence\", \"tokens\": [\"x\",],},\n"
                        "]}\n"));
}

TEST(PackErrors, AMissingFileIsAnError) {
    auto result = load_rule_pack("/nonexistent/parallax/pack.json");
    ASSERT_TRUE(std::holds_alternative<PackError>(result));
    EXPECT_THAT(std::get<PackError>(result).message, HasSubstr("/nonexistent/parallax/pack.json"));
}

TEST(PackErrors, LoadsAPackFromAFile) {
    const auto path = std::filesystem::temp_directory_path() /
                      ("parallax-pack-" +
                       std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + ".json");
    {
        std::ofstream out(path);
        out << R"({"name": "house", "rules": [{"id": "a", "kind": "existence", "tokens": ["x"]}]})";
    }
    auto result = load_rule_pack(path);
    std::filesystem::remove(path);
    ASSERT_TRUE(std::holds_alternative<std::shared_ptr<const Plugin>>(result));
    EXPECT_EQ(std::get<std::shared_ptr<const Plugin>>(result)->id(), "house");
}

} // namespace
} // namespace parallax::rulepacks::test
