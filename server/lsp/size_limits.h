#pragma once
// Limits that keep the server responsive whatever a client sends: the largest JSON-RPC message
// read (larger ones are skipped unread and answered with an error) and the largest draft
// analysed (larger ones get one diagnostic saying so instead of findings). `parallax server
// --max-message-bytes/--max-document-bytes` set the defaults; the editor's "parallax" settings
// `maxMessageBytes` and `maxDocumentBytes` override them, first from initializationOptions (the
// message limit applies from the next message on, before any settings could be asked for),
// then from every workspace/configuration answer or didChangeConfiguration.

#include "parallax/diagnostic.h"
#include "parallax/text.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace parallax::lsp {

struct Limits {
    std::size_t max_document_bytes = 0;
    std::size_t max_message_bytes = 0;
    bool operator==(const Limits&) const = default;
};

/// Requests waiting for an analysis (textDocument/diagnostic, parallax.perspectiveMap) beyond
/// this many are answered at once with an error: a flood of them must not grow without bound.
inline constexpr std::size_t kMaxPendingRequests = 1024;

/// The rule id of the diagnostic a draft over the limit gets.
inline constexpr std::string_view kDocumentTooLargeRule = "parallax/document-too-large";

/// The editor settings' names, for messages.
inline constexpr std::string_view kMaxDocumentBytesSetting = "parallax.maxDocumentBytes";
inline constexpr std::string_view kMaxMessageBytesSetting = "parallax.maxMessageBytes";

struct LimitSettings {
    Limits limits;
    std::vector<std::string> errors; // "maxDocumentBytes: expected …"; that limit is the default
};

/// Reads "maxDocumentBytes" and "maxMessageBytes" from the editor's "parallax" settings (an
/// object, or null when there are none) and removes them, so that the rest is the
/// .parallax.json schema. An absent or null key, or one in error, keeps its value in `defaults`.
///
///     json settings = {{"maxDocumentBytes", 1048576}, {"rules", …}};
///     take_limits(settings, defaults).limits.max_document_bytes == 1048576  // settings: rules
LimitSettings take_limits(nlohmann::json& settings, const Limits& defaults);

/// The one diagnostic a draft over the limit gets, on its first line: "Parallax skipped this
/// draft: 12.3 MiB exceeds the limit of 4 MiB (parallax.maxDocumentBytes) …".
Diagnostic too_large_diagnostic(const Text& text, std::size_t max_document_bytes);

} // namespace parallax::lsp
