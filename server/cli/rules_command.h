#pragma once
// `parallax rules` and `parallax explain RULE`.

#include "config_options.h"

#include <ostream>
#include <string_view>

namespace parallax {

/// Lists every rule — built-in, and of the rule packs and plugins the configuration of the
/// current folder (or --config) loads — with its default severity, its state under that
/// configuration ("on", "off (.parallax.json)", "error (.parallax.json)") and its summary.
/// Exit 2 when the configuration has an error.
int run_rules(std::ostream& out, std::ostream& err, const ConfigOptions& config = {});

/// The same rules as a Markdown reference page, one section per rule with an anchor named by its
/// id (`rules.md#claims/weasel-attribution`): what a SARIF helpUri (`--docs-url`) can point at.
int run_rules_markdown(std::ostream& out, std::ostream& err, const ConfigOptions& config = {});

/// Prints a rule's summary, rationale and example; rule pack and plugin rules count when the
/// configuration of the current folder (or --config) loads them. Exit 2 (with suggestions) for
/// unknown rules and configuration errors.
int run_explain(std::string_view rule_id, std::ostream& out, std::ostream& err,
                const ConfigOptions& config = {});

} // namespace parallax
