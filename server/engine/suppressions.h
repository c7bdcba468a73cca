#pragma once
// Inline suppressions: the draft's suppression comments (suppression_comments.h) applied to the
// findings of one analysis. Every client (CLI and editor) gets them, since analyze() applies
// them.
//
// What each comment covers:
//   - `parallax-disable-next-line RULE -- reason`: findings that start on the next line that is
//     neither blank nor another suppression comment. When the comment stands before a paragraph
//     (a heading, list item or table row: a block none of which lies above the comment), it
//     covers the whole paragraph, so that a hard-wrapped paragraph needs one comment, placed
//     where an editor's "suppress" action puts it. A comment at the end of a line inside a
//     paragraph covers just the next line.
//   - `parallax-disable RULE -- reason` … `parallax-enable RULE`: findings that start between
//     the two comments; without an enable, to the end of the draft. An enable closes the open
//     disables of the same name.
//   - `parallax-disable-file RULE -- reason`: the whole draft.
// RULE is a rule id or a plugin id, several separated by commas. A comment without a reason
// still suppresses what it names and is reported itself (parallax/suppression-without-reason),
// so that one finding on the comment replaces those it hides and the setting of that rule
// decides how strict a team is; a comment or name that suppresses nothing, an enable with no
// open disable, and an unknown name are reported too (see engine_rules.h).

#include "check_settings.h"

#include "parallax/diagnostic.h"
#include "parallax/document.h"

#include <vector>

namespace parallax {

/// Removes the findings the draft's suppression comments suppress from `diagnostics` (the
/// plugins' findings, already filtered by `settings`) and appends the engine's findings about
/// the comments themselves, at their default severity and not yet filtered by `settings`.
void apply_suppressions(const Document& document, const CheckSettings& settings,
                        std::vector<Diagnostic>& diagnostics);

} // namespace parallax
