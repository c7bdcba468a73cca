#include "message_template.h"

#include <algorithm>

namespace parallax::rulepacks {

namespace {

/// The placeholder name at `at` ("{match}" -> "match"), empty when there is none.
std::string_view placeholder_at(std::string_view text, std::size_t at) {
    if (text[at] != '{') {
        return {};
    }
    std::size_t end = at + 1;
    while (end < text.size() && ((text[end] >= 'a' && text[end] <= 'z') || text[end] == '_')) {
        ++end;
    }
    if (end == at + 1 || end >= text.size() || text[end] != '}') {
        return {};
    }
    return text.substr(at + 1, end - at - 1);
}

} // namespace

std::optional<std::string> unknown_placeholder(std::string_view message,
                                               std::span<const std::string_view> allowed) {
    for (std::size_t i = 0; i < message.size(); ++i) {
        const std::string_view name = placeholder_at(message, i);
        if (!name.empty() && std::ranges::find(allowed, name) == allowed.end()) {
            return std::string(name);
        }
    }
    return std::nullopt;
}

std::string expand(std::string_view message,
                   std::span<const std::pair<std::string_view, std::string>> values) {
    std::string out;
    std::size_t i = 0;
    while (i < message.size()) {
        const std::string_view name = placeholder_at(message, i);
        const auto value =
            std::ranges::find_if(values, [&](const auto& v) { return v.first == name; });
        if (!name.empty() && value != values.end()) {
            out += value->second;
            i += name.size() + 2;
        } else {
            out += message[i];
            ++i;
        }
    }
    return out;
}

} // namespace parallax::rulepacks
