#include "parallax/protocol/jsonc.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

namespace parallax::protocol {
namespace {

using json = nlohmann::json;
using pointer = json::json_pointer;

JsoncDocument parse_ok(std::string_view text) {
    auto parsed = parse_jsonc(text);
    if (auto* error = std::get_if<JsoncError>(&parsed)) {
        ADD_FAILURE() << "unexpected error at " << error->position.line << ":"
                      << error->position.column << ": " << error->message;
        return {};
    }
    return std::get<JsoncDocument>(std::move(parsed));
}

JsoncError parse_error(std::string_view text) {
    auto parsed = parse_jsonc(text);
    if (auto* error = std::get_if<JsoncError>(&parsed)) {
        return *error;
    }
    ADD_FAILURE() << "no error for: " << text;
    return {};
}

TEST(Jsonc, PlainJson) {
    const auto doc = parse_ok(R"({"a": [1, 2.5, true, null, "x"], "b": {"c": -3e2}})");
    EXPECT_EQ(doc.value(), json::parse(R"({"a": [1, 2.5, true, null, "x"], "b": {"c": -300.0}})"));
}

TEST(Jsonc, CommentsAndTrailingCommas) {
    const auto doc = parse_ok("// leading\n"
                              "{\n"
                              "  /* block\n     comment */ \"rules\": {\"x\": \"off\",}, // end\n"
                              "  \"list\": [1, 2,],\n"
                              "}\n"
                              "/* trailing */\n");
    EXPECT_EQ(doc.value(), json::parse(R"({"rules": {"x": "off"}, "list": [1, 2]})"));
}

TEST(Jsonc, CommentMarkersInsideStringsAreText) {
    const auto doc = parse_ok(R"({"url": "https://example.org/*not*/", "q": "say \"// hi\""})");
    EXPECT_EQ(doc.value().at("url"), "https://example.org/*not*/");
    EXPECT_EQ(doc.value().at("q"), "say \"// hi\"");
}

TEST(Jsonc, UnicodeEscapesAndRawUtf8) {
    const auto doc = parse_ok(R"({"a": "caf\u00e9 \ud83c\udf0f", "b": "Kyïv"})");
    EXPECT_EQ(doc.value().at("a"), "caf\xC3\xA9 \xF0\x9F\x8C\x8F");
    EXPECT_EQ(doc.value().at("b"), "Ky\xC3\xAFv");
}

TEST(Jsonc, PositionsOfKeysAndValues) {
    const auto doc = parse_ok("{\n"
                              "  \"rules\": {\n"
                              "    \"claims/x\": \"off\"\n"
                              "  },\n"
                              "  \"list\": [\"a\",\n"
                              "    {\"k/~\": 1}]\n"
                              "}");
    EXPECT_EQ(doc.position_of(pointer("")), (SourcePosition{1, 1}));
    EXPECT_EQ(doc.position_of(pointer("/rules")), (SourcePosition{2, 3}));
    EXPECT_EQ(doc.value_position_of(pointer("/rules")), (SourcePosition{2, 12}));
    EXPECT_EQ(doc.position_of(pointer("/rules/claims~1x")), (SourcePosition{3, 5}));
    EXPECT_EQ(doc.value_position_of(pointer("/rules/claims~1x")), (SourcePosition{3, 17}));
    EXPECT_EQ(doc.position_of(pointer("/list/1")), (SourcePosition{6, 5}));
    EXPECT_EQ(doc.position_of(pointer("/list/1/k~1~0")), (SourcePosition{6, 6}));
    // A pointer to nothing falls back to the nearest enclosing value.
    EXPECT_EQ(doc.position_of(pointer("/list/1/missing/deeper")), (SourcePosition{6, 5}));
}

TEST(Jsonc, ByteOrderMarkIsSkippedAndColumnsCountBytes) {
    const auto doc = parse_ok("\xEF\xBB\xBF{\"\xC3\xA9\": 1, \"b\": 2}");
    EXPECT_EQ(doc.position_of(pointer("/b")), (SourcePosition{1, 11}));
}

TEST(Jsonc, ErrorsNameLineAndColumn) {
    auto error = parse_error("{\n  \"a\": 1\n  \"b\": 2\n}");
    EXPECT_EQ(error.position, (SourcePosition{3, 3}));
    EXPECT_NE(error.message.find("','"), std::string::npos) << error.message;

    error = parse_error("{\"a\": tru}");
    EXPECT_EQ(error.position, (SourcePosition{1, 7}));
    EXPECT_NE(error.message.find("tru"), std::string::npos);

    error = parse_error("{\"a\": 1, \"a\": 2}");
    EXPECT_EQ(error.position, (SourcePosition{1, 10}));
    EXPECT_NE(error.message.find("duplicate"), std::string::npos);
}

TEST(Jsonc, BadInputsAreErrorsNotCrashes) {
    for (std::string_view bad : {"",
                                 "   ",
                                 "{",
                                 "[1, 2",
                                 "{\"a\" 1}",
                                 "{\"a\": }",
                                 "{a: 1}",
                                 "\"open",
                                 "\"line\nbreak\"",
                                 "\"bad \\x escape\"",
                                 "\"\\ud800\"",
                                 "/* never closed",
                                 "{} {}",
                                 "[,]",
                                 "{,}",
                                 "01",
                                 "1.",
                                 "NaN",
                                 "'single'",
                                 "\"\xFF\""}) {
        auto parsed = parse_jsonc(bad);
        EXPECT_TRUE(std::holds_alternative<JsoncError>(parsed)) << "accepted: " << bad;
    }
}

TEST(Jsonc, DeepNestingIsRefused) {
    const std::string deep(100000, '[');
    const auto error = parse_error(deep);
    EXPECT_NE(error.message.find("deeply"), std::string::npos) << error.message;
    const std::string fine = std::string(100, '[') + std::string(100, ']');
    parse_ok(fine);
}

TEST(Jsonc, ScalarsAtTopLevel) {
    EXPECT_EQ(parse_ok(" 42 // answer").value(), 42);
    EXPECT_EQ(parse_ok("\"s\"").value(), "s");
}

/// Every value's recorded position lies inside the text.
void expect_positions_inside(const JsoncDocument& doc, const nlohmann::json& value,
                             const pointer& at, std::uint32_t lines) {
    const SourcePosition position = doc.position_of(at);
    EXPECT_GE(position.line, 1u);
    EXPECT_LE(position.line, lines);
    EXPECT_GE(position.column, 1u);
    if (value.is_object()) {
        for (const auto& [key, member] : value.items()) {
            expect_positions_inside(doc, member, at / key, lines);
        }
    } else if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i) {
            expect_positions_inside(doc, value[i], at / i, lines);
        }
    }
}

TEST(Jsonc, MutatedInputsGiveAValueOrAnErrorNeverACrash) {
    const std::string seed =
        "// config\n{\"rules\": {\"a/b\": \"off\", /* x */ \"c\": {\"d\": [1, "
        "-2.5e3, true, null,]}},\n \"s\": \"\\u00e9\\n//\", \"t\": [[], {}],}\n";
    parse_ok(seed);
    std::mt19937 random(20261127); // fixed: the same inputs on every run
    const std::string alphabet = "{}[],:\"\\/*\n tfn0-.eu";
    for (int round = 0; round < 3000; ++round) {
        std::string text = seed;
        const int edits = 1 + static_cast<int>(random() % 4);
        for (int e = 0; e < edits; ++e) {
            const std::size_t at = random() % (text.size() + 1);
            switch (random() % 3) {
            case 0:
                text.insert(at, 1, alphabet[random() % alphabet.size()]);
                break;
            case 1:
                if (at < text.size()) {
                    text.erase(at, 1);
                }
                break;
            default:
                if (at < text.size()) {
                    text[at] = alphabet[random() % alphabet.size()];
                }
                break;
            }
        }
        auto parsed = parse_jsonc(text);
        const auto lines =
            static_cast<std::uint32_t>(std::count(text.begin(), text.end(), '\n') + 1);
        if (auto* error = std::get_if<JsoncError>(&parsed)) {
            EXPECT_FALSE(error->message.empty());
            EXPECT_LE(error->position.line, lines) << text;
        } else {
            const auto& doc = std::get<JsoncDocument>(parsed);
            expect_positions_inside(doc, doc.value(), pointer(), lines);
        }
    }
}

} // namespace
} // namespace parallax::protocol
