#pragma once
// The text edits behind Parallax's code actions, as byte-level replacements in one text. Pure
// functions over the draft (or its .parallax.json): no LSP, no files; the session turns them
// into WorkspaceEdits.
//
//     suppress_on_line(Text("# T\n\nCritics say so.\n"), LineNumber{2},
//     "claims/weasel-attribution")
//     // inserts "<!-- parallax-disable-next-line claims/weasel-attribution -- REASON -->\n"
//     // at the start of line 2

#include "parallax/diagnostic.h"
#include "parallax/document.h"
#include "parallax/text.h"

#include <optional>
#include <string_view>

namespace parallax::lsp {

/// What a suppression says until the writer replaces it: LSP 3.17 WorkspaceEdits have no
/// snippets, so the placeholder is plain, visible text.
inline constexpr std::string_view kReasonPlaceholder = "REASON";

/// What a citation placeholder inserts. Not a footnote: "[^source]" would count as a citation
/// and hide the finding before any source is given; "[citation needed]" keeps it visible.
inline constexpr std::string_view kCitationPlaceholder = " [citation needed]";

/// The option of the known-sources vocabulary, under the plugin's options.
inline constexpr std::string_view kKnownSourcesOption = "known_sources";

/// "<!-- parallax-disable-next-line RULE -- REASON -->" on its own line before `line`, with
/// the line's indentation and blockquote markers so that it stays in the same block.
Replacement suppress_on_line(const Text& text, LineNumber line, std::string_view rule);

/// kCitationPlaceholder at the end of the sentence holding `offset`, before its closing
/// punctuation and quotes; nullopt when `offset` is in no sentence.
std::optional<Replacement> citation_placeholder(const Document& document, ByteOffset offset);

/// The source a claim's sentence names, for the known-sources vocabulary (a sentence naming a
/// known source counts as sourced): a named (not vague) attribution's source in the sentence,
/// else the first proper name before the finding ("The Military Balance counts 90 warheads",
/// "SIPRI estimates ..."). Nullopt when the sentence names none.
std::optional<std::string> known_source_candidate(const Document& document, ByteRange finding);

/// Adds `source` to options.PLUGIN.known_sources of a .parallax.json text (JSON with
/// comments), creating the missing objects, as one insertion. Nullopt when the text does not
/// parse, is not an object, holds the source already, or has a non-list in the way.
std::optional<Replacement> add_known_source_to_config(std::string_view config,
                                                      std::string_view plugin,
                                                      std::string_view source);

/// Adds `source` to `parallax: options: PLUGIN: known_sources` of the draft's YAML front
/// matter (block style), creating the front matter and missing keys. Nullopt when the source
/// is there already or the front matter is written in a way this simple editor cannot follow
/// (flow mappings, a scalar in the way).
std::optional<Replacement> add_known_source_to_front_matter(const Text& draft,
                                                            std::string_view plugin,
                                                            std::string_view source);

} // namespace parallax::lsp
