// JsonWriter (protocol/json_writer.h) writes what nlohmann's dump writes for the same values.
#include "parallax/protocol/json_writer.h"

#include "parallax/protocol/jsonrpc.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

namespace parallax::protocol {
namespace {

using nlohmann::json;

std::string written_string(std::string_view s) {
    std::string out;
    JsonWriter(out).string(s);
    return out;
}

TEST(JsonWriter, StringsAsNlohmannDumpsThem) {
    const std::vector<std::string> strings = {
        "", "plain ascii longer than eight bytes", "\"quoted\" and \\backslashed\\",
        std::string("control \x01\x02\x1f \b\f\n\r\t and a nul \0 inside", 36),
        "escape at the very end\n",
        "caf\xC3\xA9 \xE2\x80\x9C\xF0\x9F\x98\x80\xE2\x80\x9D", // 2-, 3- and 4-byte characters
        "\x7F delete is not escaped",
        // Invalid UTF-8: replaced with U+FFFD.
        "lone \xFF byte", "overlong \xC0\xAF slash", "surrogate \xED\xA0\x80 half",
        "above U+10FFFF \xF4\x90\x80\x80", "truncated at the end \xE2\x80",
        "stray continuation \x80 byte",
        "\xF0\x9F\x98", // truncated four-byte character
    };
    for (const std::string& s : strings) {
        EXPECT_EQ(written_string(s), dump(json(s))) << s;
    }
}

TEST(JsonWriter, EveryByteAlone) {
    for (int c = 0; c < 256; ++c) {
        const std::string s = "abcdefgh" + std::string(1, static_cast<char>(c)) + "ijklmnop";
        EXPECT_EQ(written_string(s), dump(json(s))) << c;
    }
}

TEST(JsonWriter, NumbersAndArrays) {
    std::string out;
    JsonWriter w(out);
    w.raw("[");
    w.number(std::int64_t{-42});
    w.raw(",");
    w.number(std::int64_t{std::numeric_limits<std::int64_t>::min()});
    w.raw(",");
    w.number(0.1);
    w.raw(",");
    w.number(3.0);
    w.raw(",");
    w.number(std::numeric_limits<double>::quiet_NaN());
    w.raw(",");
    w.string_array({"a", "b\"", "\xFF"});
    w.raw(",");
    w.string_array({});
    w.raw("]");
    const json expected = {
        -42,          std::numeric_limits<std::int64_t>::min(), 0.1,
        3.0,          std::numeric_limits<double>::quiet_NaN(), {"a", "b\"", "\xFF"},
        json::array()};
    EXPECT_EQ(out, dump(expected));
}

TEST(JsonWriter, PieceFormatsNumbers) {
    JsonWriter::Piece piece;
    piece.add("{\"n\":").add(std::uint32_t{4294967295U}).add("}");
    EXPECT_EQ(piece.view(), "{\"n\":4294967295}");
}

TEST(JsonWriter, WrittenMessagesEqualEncodedOnes) {
    const json params = {{"uri", "file:///a \"b\".md"}, {"diagnostics", json::array({1, 2})}};
    EXPECT_EQ(encode_notification_text("textDocument/publishDiagnostics", dump(params)),
              encode_notification("textDocument/publishDiagnostics", params));
    const json result = {{"kind", "full"}, {"items", json::array()}};
    for (const RequestId& id : {RequestId{std::int64_t{7}}, RequestId{std::int64_t{-3}},
                                RequestId{std::string("id \"x\"")}}) {
        EXPECT_EQ(encode_result_text(id, dump(result)), encode_result(id, result));
    }
}

} // namespace
} // namespace parallax::protocol
