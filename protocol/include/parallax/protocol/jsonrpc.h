#pragma once
// JSON-RPC 2.0 messages: classification of incoming payloads and encoding of outgoing ones.
//
//     auto message = parse_message(R"({"jsonrpc":"2.0","id":1,"method":"shutdown"})");
//     std::get<Request>(message).method == "shutdown"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace parallax::protocol {

/// JSON-RPC and LSP error codes.
enum class ErrorCode : int {
    ParseError = -32700,
    InvalidRequest = -32600,
    MethodNotFound = -32601,
    InvalidParams = -32602,
    InternalError = -32603,
    ServerNotInitialized = -32002,
    UnknownErrorCode = -32001,
    RequestFailed = -32803,
    ServerCancelled = -32802,
    ContentModified = -32801,
    RequestCancelled = -32800,
};

/// A request id: an integer or a string.
using RequestId = std::variant<std::int64_t, std::string>;

std::string to_string(const RequestId& id);
nlohmann::json to_json_value(const RequestId& id);

struct ResponseError {
    ErrorCode code = ErrorCode::InternalError;
    std::string message;
};

struct Request {
    RequestId id;
    std::string method;
    nlohmann::json params; // null when absent
};

struct Notification {
    std::string method;
    nlohmann::json params; // null when absent
};

struct Response {
    RequestId id;
    nlohmann::json result; // null on error
    std::optional<ResponseError> error;
};

/// A payload that is not a valid JSON-RPC message: what to answer, and to which id (none when
/// the id could not be read, which is sent as null).
struct MessageError {
    std::optional<RequestId> id;
    ResponseError error;
};

using Message = std::variant<Request, Notification, Response, MessageError>;

/// What the first bytes of a message say about it (an oversized message is not read whole).
struct MessageHead {
    std::optional<RequestId> id;
    std::optional<std::string> method;
    std::optional<std::string> uri; // params.textDocument.uri
};

/// Reads the top-level "id" and "method" of a message, and its params.textDocument.uri, from its
/// first bytes, as far as they go: `{"jsonrpc":"2.0","id":7,"method":"textDocument/didOpen",
/// "params":{"textDocument":{"uri":"file:///a.md","text":"…` gives id 7, the method and the uri,
/// however the params go on. Members after the cut are not seen.
MessageHead read_message_head(std::string_view prefix);

/// Parses and classifies one payload. Never throws: malformed JSON becomes a ParseError,
/// a well-formed but invalid message an InvalidRequest.
Message parse_message(std::string_view payload);

/// Serialises JSON for the wire. Invalid UTF-8 in strings is replaced, never thrown on.
std::string dump(const nlohmann::json& value);

std::string encode_result(const RequestId& id, const nlohmann::json& result);
std::string encode_error(const std::optional<RequestId>& id, const ResponseError& error);
std::string encode_notification(std::string_view method, const nlohmann::json& params);

/// As encode_result and encode_notification, for a result or params already written as JSON
/// text (by JsonWriter): large messages skip the nlohmann tree.
std::string encode_result_text(const RequestId& id, std::string_view result_json);
std::string encode_notification_text(std::string_view method, std::string_view params_json);

} // namespace parallax::protocol
