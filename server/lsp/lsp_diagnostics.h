#pragma once
// Analysis findings as LSP Diagnostics, written straight to JSON text: the one Diagnostic -> LSP
// mapping of the server, for textDocument/publishDiagnostics and the textDocument/diagnostic
// reply. A tree of nlohmann objects per diagnostic, dumped, cost half as much again as the
// analysis of an edit.
//
// Each diagnostic's `data` holds the rule's own keys plus what code actions need: "rule",
// "version" (of the document it was computed for), "offset" (UTF-8 bytes) and, when the rule
// offers them, "fixes" ([{title, edits: [{range, newText}]}]).

#include "parallax/diagnostic.h"
#include "parallax/protocol/json_writer.h"
#include "parallax/text.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace parallax::lsp {

/// Appends the findings as a JSON array of LSP Diagnostics:
/// [{"code":…,"data":{…},"message":…,"range":…,"relatedInformation":[…],"severity":…,
/// "source":"parallax"}, …]: keys in the order nlohmann sorts them; "relatedInformation" only
/// when there is some. Positions count in `encoding`.
void write_lsp_diagnostics(protocol::JsonWriter& w, const std::string& uri, std::int32_t version,
                           const Text& text, PositionEncoding encoding,
                           std::span<const Diagnostic> diagnostics);

/// The array write_lsp_diagnostics writes, as a string.
std::string lsp_diagnostics_json(const std::string& uri, std::int32_t version, const Text& text,
                                 PositionEncoding encoding,
                                 std::span<const Diagnostic> diagnostics);

/// {"items":[…],"kind":"full"}: the full document diagnostic report that answers
/// textDocument/diagnostic.
std::string diagnostic_report_json(const std::string& uri, std::int32_t version, const Text& text,
                                   PositionEncoding encoding,
                                   std::span<const Diagnostic> diagnostics);

} // namespace parallax::lsp
