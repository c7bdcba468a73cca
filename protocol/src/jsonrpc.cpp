#include "parallax/protocol/jsonrpc.h"

namespace parallax::protocol {
namespace {

using nlohmann::json;

std::optional<RequestId> read_id(const json& value) {
    if (value.is_number_integer())
        return RequestId{value.get<std::int64_t>()};
    if (value.is_string())
        return RequestId{value.get<std::string>()};
    return std::nullopt;
}

MessageError invalid(std::optional<RequestId> id, std::string message) {
    return MessageError{std::move(id),
                        ResponseError{ErrorCode::InvalidRequest, std::move(message)}};
}

Message classify(json&& value) {
    if (!value.is_object())
        return invalid(std::nullopt, value.is_array() ? "batches are not supported"
                                                      : "message must be a JSON object");
    std::optional<RequestId> id;
    bool has_id = value.contains("id") && !value["id"].is_null();
    if (has_id) {
        id = read_id(value["id"]);
        if (!id)
            return invalid(std::nullopt, "id: expected integer or string");
    }
    auto version = value.find("jsonrpc");
    if (version == value.end() || *version != "2.0")
        return invalid(id, "jsonrpc: expected \"2.0\"");

    auto method = value.find("method");
    if (method != value.end()) {
        if (!method->is_string())
            return invalid(id, "method: expected string");
        json params = value.contains("params") ? std::move(value["params"]) : json();
        if (!params.is_null() && !params.is_object() && !params.is_array())
            return invalid(id, "params: expected object or array");
        if (has_id)
            return Request{std::move(*id), method->get<std::string>(), std::move(params)};
        return Notification{method->get<std::string>(), std::move(params)};
    }
    if (value.contains("result") || value.contains("error")) {
        if (!id)
            return invalid(std::nullopt, "response without an id");
        Response response{std::move(*id), value.value("result", json()), std::nullopt};
        if (auto error = value.find("error"); error != value.end() && error->is_object()) {
            response.error =
                ResponseError{static_cast<ErrorCode>(error->value(
                                  "code", static_cast<int>(ErrorCode::UnknownErrorCode))),
                              error->value("message", std::string{})};
        }
        return response;
    }
    return invalid(id, "message is neither a request, a notification nor a response");
}

} // namespace

std::string to_string(const RequestId& id) {
    if (const auto* number = std::get_if<std::int64_t>(&id))
        return std::to_string(*number);
    return '"' + std::get<std::string>(id) + '"';
}

json to_json_value(const RequestId& id) {
    return std::visit([](const auto& v) { return json(v); }, id);
}

Message parse_message(std::string_view payload) {
    json value;
    try {
        value = json::parse(payload);
    } catch (const json::exception& e) { // the protocol boundary: JSON errors become replies
        return MessageError{
            std::nullopt,
            ResponseError{ErrorCode::ParseError, std::string("malformed JSON: ") + e.what()}};
    }
    return classify(std::move(value));
}

std::string dump(const json& value) {
    return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string encode_result(const RequestId& id, const json& result) {
    json message = {{"jsonrpc", "2.0"}, {"id", to_json_value(id)}, {"result", result}};
    return dump(message);
}

std::string encode_error(const std::optional<RequestId>& id, const ResponseError& error) {
    json message = {
        {"jsonrpc", "2.0"},
        {"id", id ? to_json_value(*id) : json()},
        {"error", {{"code", static_cast<int>(error.code)}, {"message", error.message}}}};
    return dump(message);
}

std::string encode_notification(std::string_view method, const json& params) {
    json message = {{"jsonrpc", "2.0"}, {"method", method}, {"params", params}};
    return dump(message);
}

} // namespace parallax::protocol
