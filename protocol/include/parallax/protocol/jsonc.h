#pragma once
// JSON with comments (// and /* */, trailing commas allowed), as VS Code settings and
// .parallax.json are written, parsed with the position of every value so that errors can name
// the file, line and key.
//
//     auto parsed = parse_jsonc("{\n  // why\n  \"root\": true,\n}");
//     auto& doc = std::get<JsoncDocument>(parsed);
//     doc.position_of(json::json_pointer("/root")) == SourcePosition{3, 3}

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <variant>

namespace parallax::protocol {

/// 1-based line and column; the column counts bytes.
struct SourcePosition {
    std::uint32_t line = 1;
    std::uint32_t column = 1;
    bool operator==(const SourcePosition&) const = default;
};

struct JsoncError {
    SourcePosition position;
    std::string message;
};

class JsoncDocument {
public:
    const nlohmann::json& value() const;
    /// Where the value at `pointer` begins; for an object member, where its key begins. The
    /// position of the nearest enclosing value known when `pointer` names nothing.
    SourcePosition position_of(const nlohmann::json::json_pointer& pointer) const;
    /// Where the value at `pointer` begins, also for an object member (its value, not its key).
    SourcePosition value_position_of(const nlohmann::json::json_pointer& pointer) const;

private:
    friend class JsoncParser;
    nlohmann::json value_;
    // By JSON pointer ("/rules/claims"): where each value begins, and each member's key.
    std::map<std::string, SourcePosition, std::less<>> values_;
    std::map<std::string, SourcePosition, std::less<>> keys_;
};

/// Parses `text` (UTF-8, an optional byte order mark) into one JSON value. Duplicate keys in an
/// object and nesting deeper than 256 levels are errors.
std::variant<JsoncDocument, JsoncError> parse_jsonc(std::string_view text);

/// What kind of value `value` is, for error messages: "an object", "a list", "a string", ...
std::string_view describe_type(const nlohmann::json& value);

} // namespace parallax::protocol
