#pragma once
// Turns what a C plugin reports into a Diagnostic, defending against a plugin that gets it
// wrong: a report is never trusted to be well-formed.

#include "plugin_notes.h"

#include "parallax/diagnostic.h"
#include "parallax/plugin.h"
#include "parallax/plugin_interface.h"

#include <optional>
#include <span>
#include <string_view>

namespace parallax {

/// The Diagnostic `report` describes in `text`, or nullopt when it must be dropped (null, an
/// undeclared rule id, a reversed range). A range past the end is clamped and widened to whole
/// UTF-8 characters, a bad severity becomes the rule's default, a missing message the rule's
/// summary, invalid UTF-8 in the message U+FFFD. Quick fixes are read when the report's
/// struct_size covers them; a malformed one is left out. Each mistake is noted.
std::optional<Diagnostic> convert_report(const parallax_diagnostic* report,
                                         std::span<const RuleInfo> rules, std::string_view text,
                                         const PluginNotes& notes);

} // namespace parallax
