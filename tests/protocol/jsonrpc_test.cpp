#include "parallax/protocol/jsonrpc.h"

#include <gtest/gtest.h>

namespace parallax::protocol {
namespace {

TEST(JsonRpc, ClassifiesRequestWithIntegerId) {
    auto message = parse_message(R"({"jsonrpc":"2.0","id":7,"method":"shutdown"})");
    auto* request = std::get_if<Request>(&message);
    ASSERT_NE(request, nullptr);
    EXPECT_EQ(request->id, RequestId{std::int64_t{7}});
    EXPECT_EQ(request->method, "shutdown");
    EXPECT_TRUE(request->params.is_null());
}

TEST(JsonRpc, ClassifiesRequestWithStringId) {
    auto message = parse_message(R"({"jsonrpc":"2.0","id":"a","method":"x","params":{}})");
    auto* request = std::get_if<Request>(&message);
    ASSERT_NE(request, nullptr);
    EXPECT_EQ(request->id, RequestId{std::string("a")});
}

TEST(JsonRpc, ClassifiesNotification) {
    auto message = parse_message(R"({"jsonrpc":"2.0","method":"initialized","params":{}})");
    EXPECT_TRUE(std::holds_alternative<Notification>(message));
}

TEST(JsonRpc, ClassifiesResponse) {
    auto message = parse_message(R"({"jsonrpc":"2.0","id":3,"result":null})");
    EXPECT_TRUE(std::holds_alternative<Response>(message));
    auto error = parse_message(R"({"jsonrpc":"2.0","id":3,"error":{"code":-32601,"message":"m"}})");
    auto* response = std::get_if<Response>(&error);
    ASSERT_NE(response, nullptr);
    ASSERT_TRUE(response->error);
    EXPECT_EQ(response->error->code, ErrorCode::MethodNotFound);
}

TEST(JsonRpc, MalformedJsonIsParseError) {
    auto message = parse_message(R"({"jsonrpc":"2.0",)");
    auto* error = std::get_if<MessageError>(&message);
    ASSERT_NE(error, nullptr);
    EXPECT_EQ(error->error.code, ErrorCode::ParseError);
    EXPECT_FALSE(error->id);
}

TEST(JsonRpc, InvalidRequests) {
    for (const char* payload :
         {R"([1,2])", R"("x")", R"({"jsonrpc":"1.0","id":1,"method":"m"})",
          R"({"jsonrpc":"2.0","id":1.5,"method":"m"})", R"({"jsonrpc":"2.0","id":1,"method":3})",
          R"({"jsonrpc":"2.0","id":1})"}) {
        auto message = parse_message(payload);
        auto* error = std::get_if<MessageError>(&message);
        ASSERT_NE(error, nullptr) << payload;
        EXPECT_EQ(error->error.code, ErrorCode::InvalidRequest) << payload;
    }
}

TEST(JsonRpc, InvalidRequestKeepsItsId) {
    auto message = parse_message(R"({"jsonrpc":"2.0","id":4,"method":"m","params":3})");
    auto* error = std::get_if<MessageError>(&message);
    ASSERT_NE(error, nullptr);
    EXPECT_EQ(error->id, RequestId{std::int64_t{4}});
}

TEST(JsonRpc, Encoders) {
    EXPECT_EQ(encode_result(RequestId{std::int64_t{1}}, nullptr),
              R"({"id":1,"jsonrpc":"2.0","result":null})");
    EXPECT_EQ(encode_error(std::nullopt, {ErrorCode::ParseError, "bad"}),
              R"({"error":{"code":-32700,"message":"bad"},"id":null,"jsonrpc":"2.0"})");
    EXPECT_EQ(encode_notification("exit", nullptr),
              R"({"jsonrpc":"2.0","method":"exit","params":null})");
}

TEST(JsonRpc, DumpReplacesInvalidUtf8) {
    nlohmann::json value = std::string("a\xff"
                                       "b");
    EXPECT_NO_THROW(dump(value));
}

TEST(JsonRpc, MessageHeadReadsIdAndMethodFromACutPrefix) {
    const std::string message = R"({"jsonrpc":"2.0","id":12,"method":"textDocument/didOpen",)"
                                R"("params":{"textDocument":{"text":"very long)";
    MessageHead head = read_message_head(message);
    EXPECT_EQ(head.id, RequestId{std::int64_t{12}});
    EXPECT_EQ(head.method, "textDocument/didOpen");
    EXPECT_FALSE(head.uri);
}

TEST(JsonRpc, MessageHeadReadsTheDocumentUri) {
    MessageHead head = read_message_head(
        R"({"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":)"
        R"({"uri":"file:///a.md","version":3},"contentChanges":[{"text":"cut here)");
    EXPECT_FALSE(head.id);
    EXPECT_EQ(head.method, "textDocument/didChange");
    EXPECT_EQ(head.uri, "file:///a.md");
    // Only params.textDocument.uri: not a uri elsewhere.
    head = read_message_head(
        R"({"uri":"x","params":{"uri":"y","items":[{"textDocument":{"uri":"z"}}]}})");
    EXPECT_FALSE(head.uri);
}

TEST(JsonRpc, MessageHeadSeesOnlyTopLevelMembers) {
    // Nested "id" and "method" are params, not the message's.
    MessageHead head = read_message_head(
        R"({"jsonrpc":"2.0","params":{"id":3,"method":"no"},"method":"a/b","id":"x)");
    EXPECT_FALSE(head.id); // the string is cut: not known
    EXPECT_EQ(head.method, "a/b");
    head = read_message_head(R"({"params":{"id":3,"method":"no"},"id":"x"})");
    EXPECT_EQ(head.id, RequestId{std::string("x")});
    EXPECT_FALSE(head.method);
}

TEST(JsonRpc, MessageHeadOfANotificationOrGarbageHasNoId) {
    EXPECT_FALSE(read_message_head(R"({"jsonrpc":"2.0","method":"exit"})").id);
    EXPECT_EQ(read_message_head(R"({"jsonrpc":"2.0","method":"exit"})").method, "exit");
    for (const char* garbage : {"", "nonsense", "[1,2", R"({"id":{"x":1}})", R"({"id":1.5})",
                                R"({"id":true,"method":7})"}) {
        MessageHead head = read_message_head(garbage);
        EXPECT_FALSE(head.id) << garbage;
        EXPECT_FALSE(head.method) << garbage;
    }
}

TEST(JsonRpc, AParseErrorDoesNotEchoALongPayload) {
    // A string that never closes: the parser's message quotes all of it as its last token.
    auto message = parse_message(R"({"jsonrpc":"2.0","method":"x","params":{"text":")" +
                                 std::string(100000, 'x'));
    auto* error = std::get_if<MessageError>(&message);
    ASSERT_NE(error, nullptr);
    EXPECT_EQ(error->error.code, ErrorCode::ParseError);
    EXPECT_LT(error->error.message.size(), 400u);
    EXPECT_EQ(error->error.message.rfind("malformed JSON: ", 0), 0u);
}

} // namespace
} // namespace parallax::protocol
