#pragma once
// `parallax rules` and `parallax explain RULE`.

#include <ostream>
#include <string_view>

namespace parallax {

/// Lists every rule of every built-in plugin with its default severity and summary.
int run_rules(std::ostream& out);

/// Prints a rule's summary, rationale and example. Exit 2 (with suggestions) for unknown rules.
int run_explain(std::string_view rule_id, std::ostream& out, std::ostream& err);

} // namespace parallax
