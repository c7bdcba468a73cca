#pragma once
// The commands of workspace/executeCommand, and the perspective map the first one returns.

#include "parallax/diagnostic.h"
#include "parallax/document.h"

#include <nlohmann/json.hpp>

#include <span>
#include <string>
#include <string_view>
#include <utility>

namespace parallax::lsp {

/// Argument: the document's uri (a string, or an object with "uri"). Returns the draft's
/// perspective map (see perspective_map_json).
inline constexpr std::string_view kPerspectiveMapCommand = "parallax.perspectiveMap";
/// No arguments. Lints every draft under the workspace folders (as `parallax check` would),
/// reports $/progress, publishes diagnostics of the files not open, and returns
/// {"files", "findings", "filesWithFindings", "cancelled"}.
inline constexpr std::string_view kLintWorkspaceCommand = "parallax.lintWorkspace";

/// The perspective map of an analysed draft: the engine's summary (regions, mentioned and
/// voiced countries) with where each country is mentioned and voiced, and a Markdown rendering:
///
///     {"regions": ["Asia-Pacific"], "mentioned": ["CN", "JP"], "voiced": ["JP"],
///      "countries": [{"code": "JP", "name": "Japan", "voiced": true,
///                     "mentions": [{"line": 4, "offset": {"start": 60, "end": 65}, "text":
///                     "Japan"}], "voices": [{"line": 4, "offset": {...}, "source": "Japan's
///                     defence ministry"}]}],
///      "markdown": "…"}
///
/// Lines are 0-based like LSP positions; offsets are UTF-8 bytes.
nlohmann::json perspective_map_json(const Document& document,
                                    std::span<const std::pair<std::string, DataValue>> summary);

} // namespace parallax::lsp
