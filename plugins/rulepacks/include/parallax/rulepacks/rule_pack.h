#pragma once
// Rule packs: declarative rules in JSON (with comments) that writers and editors add without a
// compiler — existence, substitution, repetition and required-voices rules. A loaded pack is a
// Plugin like any other; its id is the pack's name and its rules are "NAME/RULE".

#include "parallax/plugin_interface.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace parallax::rulepacks {

/// A mistake in a pack, where it is (1-based line and byte column; 0 when unknown).
struct PackError {
    std::uint32_t line = 0;
    std::uint32_t column = 0;
    std::string key; // e.g. "rules[2].patterns[0]"
    std::string message;
};

using PackResult = std::variant<std::shared_ptr<const Plugin>, PackError>;

/// Parses a pack from its text.
PackResult parse_rule_pack(std::string_view text);
/// Reads and parses the pack at `path` (an unreadable file is a PackError at line 0).
PackResult load_rule_pack(const std::filesystem::path& path);

/// The packs shipped inside Parallax, named in configuration by name ("geopolitical-naming").
std::vector<std::string_view> builtin_rule_pack_names();
/// A shipped pack by name; a PackError when there is none of that name.
PackResult builtin_rule_pack(std::string_view name);

} // namespace parallax::rulepacks
