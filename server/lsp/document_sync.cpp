// Document sync: didOpen, didChange (full and incremental), didSave, didClose, and the
// parallax/documentText request the end-to-end tests compare their buffer with.
#include "session.h"

namespace parallax::lsp {

using nlohmann::json;
using protocol::ErrorCode;

namespace {

parallax::Position to_position(const protocol::Position& p) {
    return parallax::Position{LineNumber{p.line}, p.character};
}

} // namespace

void Session::on_did_open(const json& params) {
    auto open = protocol::read_params<protocol::DidOpenTextDocumentParams>(params);
    auto& item = open.textDocument;
    if (store_.find(item.uri) != nullptr)
        log(protocol::MessageType::Warning, "didOpen of an open document: " + item.uri);
    if (!is_valid_utf8(item.text))
        item.text = sanitize_utf8(item.text);
    DocumentFormat format = format_for(item.languageId, item.uri);
    StoredDocument& document = store_.open(item.uri, std::move(item.text), item.version, format);
    // A workspace lint pushed findings for it while closed; the client now pulls them.
    if (client_.pull_diagnostics && published_closed_.erase(document.uri) > 0)
        publish_empty(document.uri);
    schedule_analysis(document);
}

void Session::on_did_change(const json& params) {
    auto change = protocol::read_params<protocol::DidChangeTextDocumentParams>(params);
    std::vector<TextChange> changes;
    changes.reserve(change.contentChanges.size());
    for (auto& event : change.contentChanges) {
        TextChange& c = changes.emplace_back();
        if (event.range)
            c.range = PositionRange{to_position(event.range->start), to_position(event.range->end)};
        c.text = is_valid_utf8(event.text) ? std::move(event.text) : sanitize_utf8(event.text);
    }
    const std::string& uri = change.textDocument.uri;
    if (refuse_unstorable_change(uri, changes)) // size_limits.cpp
        return;
    if (const StoredDocument* before = store_.find(uri);
        before != nullptr && change.textDocument.version <= before->version) {
        log(protocol::MessageType::Warning,
            "didChange version " + std::to_string(change.textDocument.version) +
                " does not increase on " + std::to_string(before->version) + " for " + uri);
    }
    ChangeResult result = store_.change(uri, change.textDocument.version, changes, encoding_);
    if (!result.applied) {
        log(protocol::MessageType::Error, "didChange refused, document unchanged: " + result.error);
        return;
    }
    schedule_analysis(*store_.find(uri));
}

void Session::on_did_save(const json& params) {
    // Analysis follows changes, not saves; but a saved configuration file applies at once, for
    // clients that cannot watch files.
    auto save = protocol::read_params<protocol::DidSaveTextDocumentParams>(params);
    if (save.textDocument.uri.ends_with("/.parallax.json")) {
        resolver_->invalidate();
        relint_open_documents();
    }
}

void Session::on_did_close(const json& params) {
    auto close = protocol::read_params<protocol::DidCloseTextDocumentParams>(params);
    const std::string& uri = close.textDocument.uri;
    scheduler_.cancel(uri);
    if (!store_.close(uri)) {
        log(protocol::MessageType::Warning, "didClose of a document that is not open: " + uri);
        return;
    }
    answer_pulls(uri, nullptr, "document closed: " + uri);
    if (!client_.pull_diagnostics)
        publish_empty(uri);
}

RequestResult Session::on_document_text(const protocol::RequestId&, const json& params) {
    auto request = protocol::read_params<protocol::TextDocumentParams>(params);
    const StoredDocument* document = store_.find(request.textDocument.uri);
    if (document == nullptr)
        return protocol::ResponseError{ErrorCode::InvalidParams,
                                       "textDocument.uri: not an open document"};
    return json{
        {"uri", document->uri}, {"version", document->version}, {"text", document->text.str()}};
}

void Session::schedule_analysis(StoredDocument& document) {
    document.analyzed_version.reset();
    document.diagnostics.clear();
    if (skip_if_too_large(document)) // size_limits.cpp
        return;
    AnalysisRequest request;
    request.uri = document.uri;
    request.version = document.version;
    request.text = document.text;
    request.format = document.format;
    request.settings = settings_for(document.uri, document.text);
    document.settings = request.settings;
    request.cache = document.cache;
    if (!document.rebuild && document.document != nullptr) {
        request.previous = document.document;
        request.edits = document.edits;
    }
    scheduler_.schedule(std::move(request));
}

} // namespace parallax::lsp
