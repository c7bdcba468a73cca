#pragma once
// Reads a rule pack's JSON (with comments) into a Pack, strictly: an unknown key, a value of the
// wrong type, a duplicate rule id, an unknown kind or severity, or a pattern RE2 cannot compile
// is a PackError naming the line, column and key ("rules[2].patterns[0]").

#include "pack_rules.h"

#include "parallax/rulepacks/rule_pack.h"

#include <string_view>
#include <variant>

namespace parallax::rulepacks {

std::variant<Pack, PackError> parse_pack(std::string_view text);

} // namespace parallax::rulepacks
