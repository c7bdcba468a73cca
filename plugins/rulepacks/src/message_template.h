#pragma once
// Messages with placeholders: "Write '{replacement}' rather than '{match}'."

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>

namespace parallax::rulepacks {

/// The first placeholder in `message` not among `allowed`, or nullopt when all are known. A
/// placeholder is a name of lower-case letters and underscores between braces; any other brace
/// is text.
std::optional<std::string> unknown_placeholder(std::string_view message,
                                               std::span<const std::string_view> allowed);

/// `message` with each known placeholder replaced by its value.
std::string expand(std::string_view message,
                   std::span<const std::pair<std::string_view, std::string>> values);

} // namespace parallax::rulepacks
