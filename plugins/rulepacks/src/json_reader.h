#pragma once
// Typed reading of a parsed JSON-with-comments document, where each mistake becomes a PackError
// at the line, column and key it is about. The first mistake wins: every read returns false
// once it is recorded, so callers chain reads with ||.

#include "parallax/protocol/jsonc.h"
#include "parallax/rulepacks/rule_pack.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace parallax::rulepacks {

/// Where a value is: as a JSON pointer (to find its position) and as a reader writes it
/// ("rules[2].swap.Kiev", "rules[0].swap[\"Ivory Coast\"]").
class KeyPath {
public:
    KeyPath operator/(std::string_view key) const;
    KeyPath operator/(std::size_t index) const;
    const nlohmann::json::json_pointer& pointer() const { return pointer_; }
    const std::string& display() const { return display_; }

private:
    nlohmann::json::json_pointer pointer_;
    std::string display_;
};

using Keys = std::span<const std::string_view>;

class JsonReader {
public:
    using json = nlohmann::json;

    explicit JsonReader(const protocol::JsoncDocument& document) : document_(document) {}

    const json& root() const { return document_.value(); }
    /// The mistake recorded, if any.
    const std::optional<PackError>& error() const { return error_; }

    /// Records a mistake about the value at `at` (a wrong type, a bad pattern); returns false.
    bool fail_value(const KeyPath& at, std::string message);
    /// Records a mistake about the key of `at` (an unknown key); returns false.
    bool fail_key(const KeyPath& at, std::string message);

    /// Every key of `object` must be one of `allowed`; the first unknown one in the text is the
    /// mistake. `what` names the object in the message ("a substitution rule").
    bool check_keys(const json& object, const KeyPath& at, Keys allowed, std::string_view what);
    /// `key` must be present in `object`.
    bool require(const json& object, const KeyPath& at, std::string_view key,
                 std::string_view what);
    /// `value` must be of `type` (any integer for number_integer); `expected` names it.
    bool expect_type(const json& value, const KeyPath& at, json::value_t type,
                     std::string_view expected);

    // Optional members: `out` keeps its value when the key is absent.

    /// A non-empty string.
    bool read_string(const json& object, const KeyPath& at, std::string_view key, std::string& out);
    bool read_bool(const json& object, const KeyPath& at, std::string_view key, bool& out);
    /// A list of strings, appended to `out`.
    bool read_strings(const json& object, const KeyPath& at, std::string_view key,
                      std::vector<std::string>& out);
    /// A whole number from `minimum` to a million.
    bool read_count(const json& object, const KeyPath& at, std::string_view key,
                    std::uint32_t minimum, std::uint32_t& out);

private:
    bool fail(protocol::SourcePosition where, const KeyPath& at, std::string message);

    const protocol::JsoncDocument& document_;
    std::optional<PackError> error_;
};

/// "a, b, c"
std::string join(Keys words);

} // namespace parallax::rulepacks
