#include "parallax/protocol/jsonrpc.h"

#include "parallax/protocol/json_writer.h"

#include <algorithm>
#include <initializer_list>
#include <vector>

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

/// A SAX handler that records the top-level "id" and "method" and params.textDocument.uri, and
/// stops at the first error (the cut end of a prefix) or at the end of the message.
class HeadReader {
public:
    using number_integer_t = json::number_integer_t;
    using number_unsigned_t = json::number_unsigned_t;
    using number_float_t = json::number_float_t;
    using string_t = json::string_t;
    using binary_t = json::binary_t;

    explicit HeadReader(MessageHead& head) : head_(head) {}

    bool null() { return true; }
    bool boolean(bool) { return true; }
    bool number_integer(number_integer_t n) {
        if (at({"id"}))
            head_.id = RequestId{n};
        return true;
    }
    bool number_unsigned(number_unsigned_t n) {
        if (at({"id"}) && n <= static_cast<number_unsigned_t>(INT64_MAX))
            head_.id = RequestId{static_cast<std::int64_t>(n)};
        return true;
    }
    bool number_float(number_float_t, const string_t&) { return true; }
    bool string(string_t& s) {
        if (at({"id"}))
            head_.id = RequestId{s};
        else if (at({"method"}))
            head_.method = s;
        else if (at({"params", "textDocument", "uri"}))
            head_.uri = s;
        return true;
    }
    bool binary(binary_t&) { return true; }
    bool start_object(std::size_t) { return open(); }
    bool key(string_t& k) {
        keys_.back() = k;
        return true;
    }
    bool end_object() { return close(); }
    bool start_array(std::size_t) { return open(); }
    bool end_array() { return close(); }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) {
        return false;
    }

private:
    /// Whether the value being read is at this path of keys from the top-level object.
    bool at(std::initializer_list<std::string_view> path) const {
        return std::equal(path.begin(), path.end(), keys_.begin(), keys_.end());
    }
    bool open() {
        keys_.emplace_back(); // an array's elements have no key
        return true;
    }
    bool close() {
        keys_.pop_back();
        return !keys_.empty(); // the whole message: nothing further to learn
    }

    MessageHead& head_;
    std::vector<std::string> keys_; // the key of each open object, outermost first
};

} // namespace

MessageHead read_message_head(std::string_view prefix) {
    MessageHead head;
    HeadReader reader(head);
    json::sax_parse(prefix, &reader, json::input_format_t::json, false);
    return head;
}

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
        // nlohmann's message ends with the last token read, which may be a whole draft: a
        // malformed message must not come back in its error twice over (reply and log).
        constexpr std::size_t kMaxErrorBytes = 300;
        std::string what = e.what();
        if (what.size() > kMaxErrorBytes) {
            std::size_t cut = kMaxErrorBytes;
            while (cut > 0 && (static_cast<unsigned char>(what[cut]) & 0xC0) == 0x80)
                --cut; // not inside a UTF-8 sequence
            what.resize(cut);
            what += "…";
        }
        return MessageError{std::nullopt,
                            ResponseError{ErrorCode::ParseError, "malformed JSON: " + what}};
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

// Keys in nlohmann's sorted order, as encode_result and encode_notification write them.
std::string encode_result_text(const RequestId& id, std::string_view result_json) {
    std::string out;
    out.reserve(result_json.size() + 64);
    JsonWriter w(out);
    w.raw("{\"id\":");
    if (const auto* number = std::get_if<std::int64_t>(&id))
        w.number(*number);
    else
        w.string(std::get<std::string>(id));
    w.raw(",\"jsonrpc\":\"2.0\",\"result\":");
    w.raw(result_json);
    w.raw("}");
    return out;
}

std::string encode_notification_text(std::string_view method, std::string_view params_json) {
    std::string out;
    out.reserve(params_json.size() + 64 + method.size());
    JsonWriter w(out);
    w.raw("{\"jsonrpc\":\"2.0\",\"method\":");
    w.string(method);
    w.raw(",\"params\":");
    w.raw(params_json);
    w.raw("}");
    return out;
}

} // namespace parallax::protocol
