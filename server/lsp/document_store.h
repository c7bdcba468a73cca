#pragma once
// The open documents: uri -> text, version and the latest built Document. Knows nothing of
// JSON or threads; the session calls it on the I/O thread only.

#include "block_rules.h"
#include "check_settings.h"

#include "parallax/diagnostic.h"
#include "parallax/document.h"
#include "parallax/text.h"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace parallax::lsp {

/// A document version as the client numbers it.
using DocumentVersion = std::int32_t;

/// One change of a didChange: the whole text when `range` is absent.
struct TextChange {
    std::optional<PositionRange> range;
    std::string text;
};

/// More edits than this since the last built Document: rebuild from scratch instead.
inline constexpr std::size_t kMaxPendingEdits = 512;

/// Only the documents opened or changed most recently keep their Document's parse state (syntax
/// trees and block fingerprints, most of its memory) for the next incremental build; the others
/// release it, and their next edit parses from scratch.
inline constexpr std::size_t kDocumentsWithParseState = 8;

struct StoredDocument {
    std::string uri;
    Text text;
    DocumentVersion version = 0;
    DocumentFormat format = DocumentFormat::Markdown;

    /// The latest Document built (for an older or the current version) and the edits that turn
    /// its text into `text`, so that the next build can reuse its parse. Null document or
    /// `rebuild` set: build from scratch.
    std::shared_ptr<const Document> document;
    std::vector<TextEdit> edits;
    bool rebuild = true;
    /// When the document was last opened or changed, on the store's clock: the least recently
    /// touched ones release their parse state first.
    std::uint64_t touched = 0;
    /// Block rules' findings of the latest analysis, which the next one reuses.
    std::shared_ptr<AnalysisCache> cache = std::make_shared<AnalysisCache>();

    /// The latest analysis of the current version, when there is one.
    std::optional<DocumentVersion> analyzed_version;
    std::vector<Diagnostic> diagnostics;
    /// The settings its latest analysis ran with (hovers explain rule packs' rules with them).
    CheckSettings settings;
    /// Errors in the draft's own front matter configuration, shown with its findings.
    std::vector<Diagnostic> config_errors;
    /// The engine's document-level summary of that analysis ("perspectives.voiced", ...).
    std::vector<std::pair<std::string, DataValue>> summary;
};

/// What a didChange did.
struct ChangeResult {
    bool applied = false;
    std::string error; // why not, when not applied
};

class DocumentStore {
public:
    /// Opens a document (a second open replaces the first).
    StoredDocument& open(std::string uri, std::string text, DocumentVersion version,
                         DocumentFormat format);

    /// Applies changes in order, all or none: a reversed range refuses the whole change and
    /// leaves the document as it was. Out-of-range positions are clamped.
    ChangeResult change(std::string_view uri, DocumentVersion version,
                        std::span<const TextChange> changes, PositionEncoding encoding);

    /// Records a built Document for `version`; ignored unless it is the current version.
    /// Returns the Document it replaces (or null), so that the caller chooses when to free it.
    std::shared_ptr<const Document> set_document(std::string_view uri, DocumentVersion version,
                                                 std::shared_ptr<const Document> document);

    bool close(std::string_view uri);

    StoredDocument* find(std::string_view uri);
    const StoredDocument* find(std::string_view uri) const;
    std::size_t size() const { return documents_.size(); }
    /// Calls `visit(StoredDocument&)` on each open document, in uri order.
    template <class Visit> void for_each(Visit visit) {
        for (auto& [uri, document] : documents_)
            visit(document);
    }

private:
    /// Keeps the parse state of the kDocumentsWithParseState most recently touched documents.
    void release_idle_parse_states();

    std::map<std::string, StoredDocument, std::less<>> documents_;
    std::uint64_t clock_ = 0;
};

/// Markdown or plain text, from the client's languageId or else the uri's extension.
DocumentFormat format_for(std::string_view language_id, std::string_view uri);

} // namespace parallax::lsp
