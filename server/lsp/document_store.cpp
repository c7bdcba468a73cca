#include "document_store.h"

#include <algorithm>
#include <utility>

namespace parallax::lsp {

StoredDocument& DocumentStore::open(std::string uri, std::string text, DocumentVersion version,
                                    DocumentFormat format) {
    StoredDocument document;
    document.uri = uri;
    document.text = Text(std::move(text));
    document.version = version;
    document.format = format;
    document.touched = ++clock_;
    auto [it, inserted] = documents_.insert_or_assign(std::move(uri), std::move(document));
    (void)inserted;
    return it->second;
}

ChangeResult DocumentStore::change(std::string_view uri, DocumentVersion version,
                                   std::span<const TextChange> changes, PositionEncoding encoding) {
    StoredDocument* document = find(uri);
    if (document == nullptr)
        return {false, "didChange for a document that is not open: " + std::string(uri)};

    // Work on copies: a refused change in the middle leaves the document intact.
    Text text = document->text;
    std::vector<TextEdit> edits = document->edits;
    bool rebuild = document->rebuild;
    for (std::size_t i = 0; i < changes.size(); ++i) {
        const TextChange& change = changes[i];
        if (!change.range) {
            text = Text(change.text);
            edits.clear();
            rebuild = true;
            continue;
        }
        std::optional<TextEdit> edit = text.replace(*change.range, change.text, encoding);
        if (!edit) {
            const auto& r = *change.range;
            return {false, "contentChanges[" + std::to_string(i) + "].range: end (" +
                               std::to_string(r.end.line.value) + ":" +
                               std::to_string(r.end.character) + ") is before start (" +
                               std::to_string(r.start.line.value) + ":" +
                               std::to_string(r.start.character) + ")"};
        }
        if (!rebuild) {
            edits.push_back(*edit);
            if (edits.size() > kMaxPendingEdits) {
                edits.clear();
                rebuild = true;
            }
        }
    }
    document->text = std::move(text);
    document->edits = std::move(edits);
    document->rebuild = rebuild;
    document->version = version;
    document->touched = ++clock_;
    return {true, {}};
}

std::shared_ptr<const Document> DocumentStore::set_document(std::string_view uri,
                                                            DocumentVersion version,
                                                            std::shared_ptr<const Document> built) {
    StoredDocument* document = find(uri);
    if (document == nullptr || document->version != version || built == nullptr)
        return nullptr;
    std::shared_ptr<const Document> replaced = std::exchange(document->document, std::move(built));
    document->edits.clear();
    document->rebuild = false;
    release_idle_parse_states();
    return replaced;
}

void DocumentStore::release_idle_parse_states() {
    std::vector<StoredDocument*> keeping;
    for (auto& [uri, document] : documents_) {
        if (document.document != nullptr && document.document->has_parse_state())
            keeping.push_back(&document);
    }
    if (keeping.size() <= kDocumentsWithParseState)
        return;
    const auto keep = static_cast<std::ptrdiff_t>(kDocumentsWithParseState);
    std::nth_element(
        keeping.begin(), keeping.begin() + keep, keeping.end(),
        [](const StoredDocument* a, const StoredDocument* b) { return a->touched > b->touched; });
    for (auto it = keeping.begin() + keep; it != keeping.end(); ++it)
        (*it)->document->release_parse_state();
}

bool DocumentStore::close(std::string_view uri) {
    auto it = documents_.find(uri);
    if (it == documents_.end())
        return false;
    documents_.erase(it);
    return true;
}

StoredDocument* DocumentStore::find(std::string_view uri) {
    auto it = documents_.find(uri);
    return it == documents_.end() ? nullptr : &it->second;
}

const StoredDocument* DocumentStore::find(std::string_view uri) const {
    auto it = documents_.find(uri);
    return it == documents_.end() ? nullptr : &it->second;
}

DocumentFormat format_for(std::string_view language_id, std::string_view uri) {
    if (language_id == "markdown")
        return DocumentFormat::Markdown;
    if (language_id == "plaintext")
        return DocumentFormat::PlainText;
    return format_for_path(uri);
}

} // namespace parallax::lsp
