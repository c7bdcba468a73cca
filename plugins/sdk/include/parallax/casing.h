#pragma once
// A replacement written the way the text it replaces was written. Used by every plugin that
// offers a fix (rule-pack substitutions, framing's stock-phrase alternatives).

#include <string>
#include <string_view>

namespace parallax {

/// `replacement` in the capitalisation of `matched`: all capitals when `matched` is ("KIEV" ->
/// "KYIV"), a capital first letter when `matched` has one and `replacement` does not ("Utilise"
/// -> "Use"), and otherwise as written ("kiev" -> "Kyiv": a proper noun keeps its capital).
std::string match_case(std::string_view matched, std::string_view replacement);

} // namespace parallax
