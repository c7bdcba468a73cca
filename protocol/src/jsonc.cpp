#include "parallax/protocol/jsonc.h"

#include <optional>

namespace parallax::protocol {

using json = nlohmann::json;

namespace {

constexpr int kMaxDepth = 256;

/// Escapes a key for a JSON pointer (RFC 6901).
std::string pointer_token(std::string_view key) {
    std::string out;
    for (char c : key) {
        if (c == '~') {
            out += "~0";
        } else if (c == '/') {
            out += "~1";
        } else {
            out += c;
        }
    }
    return out;
}

template <class Map>
SourcePosition nearest(const Map& positions, const Map* members, json::json_pointer pointer) {
    for (;;) {
        const std::string key = pointer.to_string();
        if (members != nullptr) {
            if (auto found = members->find(key); found != members->end()) {
                return found->second;
            }
        }
        if (auto found = positions.find(key); found != positions.end()) {
            return found->second;
        }
        if (pointer.empty()) {
            return {};
        }
        pointer = pointer.parent_pointer();
    }
}

} // namespace

const json& JsoncDocument::value() const {
    return value_;
}

SourcePosition JsoncDocument::position_of(const json::json_pointer& pointer) const {
    return nearest(values_, &keys_, pointer);
}

SourcePosition JsoncDocument::value_position_of(const json::json_pointer& pointer) const {
    return nearest(values_, static_cast<const decltype(keys_)*>(nullptr), pointer);
}

/// A recursive-descent parser that finds each token and its position; nlohmann_json decodes
/// the string and number tokens, so escapes and number syntax follow the JSON standard exactly.
class JsoncParser {
public:
    explicit JsoncParser(std::string_view text) : text_(text) {}

    std::variant<JsoncDocument, JsoncError> run() {
        if (text_.substr(0, 3) == "\xEF\xBB\xBF") {
            at_ = 3;
            line_start_ = 3;
        }
        JsoncDocument doc;
        if (skip_blank() && parse_value(doc, doc.value_, "", 0) && skip_blank() &&
            at_ < text_.size()) {
            fail("unexpected text after the value");
        }
        if (error_) {
            return std::move(*error_);
        }
        return doc;
    }

private:
    std::string_view text_;
    std::size_t at_ = 0;
    std::uint32_t line_ = 1;
    std::size_t line_start_ = 0;
    std::optional<JsoncError> error_;

    SourcePosition here() const {
        return {line_, static_cast<std::uint32_t>(at_ - line_start_ + 1)};
    }
    bool at_end() const { return at_ >= text_.size(); }
    char peek() const { return at_end() ? '\0' : text_[at_]; }

    void advance(std::size_t count = 1) {
        for (std::size_t i = 0; i < count && !at_end(); ++i, ++at_) {
            if (text_[at_] == '\n') {
                ++line_;
                line_start_ = at_ + 1;
            }
        }
    }

    bool fail(std::string message) { return fail_at(here(), std::move(message)); }
    bool fail_at(SourcePosition position, std::string message) {
        if (!error_) {
            error_ = JsoncError{position, std::move(message)};
        }
        return false;
    }

    /// Skips whitespace and comments; false on an unterminated block comment.
    bool skip_blank() {
        while (!at_end()) {
            const char c = peek();
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                advance();
            } else if (text_.substr(at_, 2) == "//") {
                while (!at_end() && peek() != '\n') {
                    advance();
                }
            } else if (text_.substr(at_, 2) == "/*") {
                const SourcePosition start = here();
                const auto close = text_.find("*/", at_ + 2);
                if (close == std::string_view::npos) {
                    return fail_at(start, "unterminated /* comment");
                }
                advance(close + 2 - at_);
            } else {
                return true;
            }
        }
        return true;
    }

    bool parse_value(JsoncDocument& doc, json& out, const std::string& pointer, int depth) {
        if (depth > kMaxDepth) {
            return fail("nested too deeply");
        }
        doc.values_.emplace(pointer, here());
        switch (peek()) {
        case '{':
            return parse_object(doc, out, pointer, depth);
        case '[':
            return parse_array(doc, out, pointer, depth);
        case '"':
            return parse_string(out);
        case '\0':
            if (at_end()) {
                return fail("expected a value, found the end of the text");
            }
            break;
        default:
            break;
        }
        return parse_literal_or_number(out);
    }

    bool parse_object(JsoncDocument& doc, json& out, const std::string& pointer, int depth) {
        out = json::object();
        advance(); // {
        for (;;) {
            if (!skip_blank()) {
                return false;
            }
            if (peek() == '}') {
                advance();
                return true;
            }
            if (peek() != '"') {
                return fail(at_end() ? "unterminated object: expected '}'"
                                     : "expected a quoted key or '}'");
            }
            const SourcePosition key_at = here();
            json key;
            if (!parse_string(key)) {
                return false;
            }
            const std::string& name = key.get_ref<const std::string&>();
            if (out.contains(name)) {
                return fail_at(key_at, "duplicate key \"" + name + "\"");
            }
            const std::string member = pointer + "/" + pointer_token(name);
            doc.keys_.emplace(member, key_at);
            if (!skip_blank()) {
                return false;
            }
            if (peek() != ':') {
                return fail("expected ':' after the key \"" + name + "\"");
            }
            advance();
            if (!skip_blank() || !parse_value(doc, out[name], member, depth + 1) || !skip_blank()) {
                return false;
            }
            if (peek() == ',') {
                advance(); // a trailing comma before '}' is allowed
            } else if (peek() != '}') {
                return fail(at_end() ? "unterminated object: expected '}'"
                                     : "expected ',' or '}' after a member");
            }
        }
    }

    bool parse_array(JsoncDocument& doc, json& out, const std::string& pointer, int depth) {
        out = json::array();
        advance(); // [
        for (;;) {
            if (!skip_blank()) {
                return false;
            }
            if (peek() == ']') {
                advance();
                return true;
            }
            if (at_end()) {
                return fail("unterminated array: expected ']'");
            }
            const std::string element = pointer + "/" + std::to_string(out.size());
            out.push_back(nullptr);
            if (!parse_value(doc, out.back(), element, depth + 1) || !skip_blank()) {
                return false;
            }
            if (peek() == ',') {
                advance(); // a trailing comma before ']' is allowed
            } else if (peek() != ']') {
                return fail(at_end() ? "unterminated array: expected ']'"
                                     : "expected ',' or ']' after an element");
            }
        }
    }

    /// A string token: finds its closing quote, then lets nlohmann_json decode the escapes.
    bool parse_string(json& out) {
        const SourcePosition start = here();
        const std::size_t begin = at_;
        std::size_t i = at_ + 1;
        for (; i < text_.size() && text_[i] != '"'; ++i) {
            const auto c = static_cast<unsigned char>(text_[i]);
            if (c < 0x20) {
                return fail_at(start, c == '\n' ? "unterminated string"
                                                : "control character in a string; escape it");
            }
            if (c == '\\') {
                ++i;
            }
        }
        if (i >= text_.size()) {
            return fail_at(start, "unterminated string");
        }
        const std::string_view token = text_.substr(begin, i + 1 - begin);
        json decoded = json::parse(token, nullptr, false);
        if (decoded.is_discarded() || !decoded.is_string()) {
            return fail_at(start, "invalid string (a bad escape or invalid UTF-8)");
        }
        out = std::move(decoded);
        advance(token.size());
        return true;
    }

    bool parse_literal_or_number(json& out) {
        const SourcePosition start = here();
        std::size_t end = at_;
        while (end < text_.size()) {
            const char c = text_[end];
            const bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                              (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.';
            if (!word) {
                break;
            }
            ++end;
        }
        const std::string_view token = text_.substr(at_, end - at_);
        if (token.empty()) {
            return fail(std::string("unexpected character '") + peek() + "'");
        }
        json decoded = json::parse(token, nullptr, false);
        if (decoded.is_discarded() || decoded.is_structured() || decoded.is_string()) {
            return fail_at(start, "invalid value '" + std::string(token) +
                                      "' (expected a string, number, true, false or null)");
        }
        out = std::move(decoded);
        advance(token.size());
        return true;
    }
};

std::variant<JsoncDocument, JsoncError> parse_jsonc(std::string_view text) {
    return JsoncParser(text).run();
}

std::string_view describe_type(const nlohmann::json& value) {
    switch (value.type()) {
    case nlohmann::json::value_t::object:
        return "an object";
    case nlohmann::json::value_t::array:
        return "a list";
    case nlohmann::json::value_t::string:
        return "a string";
    case nlohmann::json::value_t::boolean:
        return "a boolean";
    case nlohmann::json::value_t::null:
        return "null";
    default:
        return "a number";
    }
}

} // namespace parallax::protocol
