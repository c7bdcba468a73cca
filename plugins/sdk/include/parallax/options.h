#pragma once
// A plugin's settings for one draft: declared by the plugin (OptionInfo, with defaults), set by
// .parallax.json, the editor's settings or the draft's front matter (Options).

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace parallax {

using OptionValue = std::variant<bool, double, std::string, std::vector<std::string>>;

enum class OptionType { Flag, Number, String, Strings };

OptionType type_of(const OptionValue& value);
std::string_view to_string(OptionType type); // "boolean", "number", "string", "list of strings"

/// An option a plugin understands. Its type is the type of its default.
struct OptionInfo {
    std::string name; // "min_repeat"
    OptionValue default_value;
    std::string description; // one line, for the README and `parallax rules`
};

/// The options set for one plugin. Getters fall back to the given default when the option is
/// not set (configuration is validated against OptionInfo before it gets here).
class Options {
public:
    /// Sets `name`, replacing an earlier value.
    void set(std::string name, OptionValue value);
    const OptionValue* find(std::string_view name) const;

    bool flag(std::string_view name, bool fallback) const;
    double number(std::string_view name, double fallback) const;
    std::string string(std::string_view name, std::string_view fallback = {}) const;
    std::vector<std::string> strings(std::string_view name) const;

    const std::vector<std::pair<std::string, OptionValue>>& values() const { return values_; }
    bool operator==(const Options&) const = default;

private:
    std::vector<std::pair<std::string, OptionValue>> values_;
};

} // namespace parallax
