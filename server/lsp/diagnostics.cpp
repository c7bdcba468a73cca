// Diagnostics: analysis results -> textDocument/publishDiagnostics, and the pull request
// textDocument/diagnostic (answered when the current version has been analysed). A client that
// pulls gets no pushes for the documents it has open: it would show each finding twice.
// The diagnostics themselves are written by lsp_diagnostics.h.
#include "session.h"

#include "lsp_diagnostics.h"

#include "parallax/protocol/json_writer.h"

namespace parallax::lsp {

using nlohmann::json;
using protocol::ErrorCode;
using protocol::JsonWriter;

namespace {

/// The reply to textDocument/diagnostic.
std::string report_of(const StoredDocument& document, PositionEncoding encoding) {
    return diagnostic_report_json(document.uri, document.version, document.text, encoding,
                                  document.diagnostics);
}

} // namespace

std::vector<protocol::Diagnostic> Session::to_lsp(const std::string& uri, DocumentVersion version,
                                                  const Text& text,
                                                  std::span<const Diagnostic> diagnostics) const {
    // For the few callers that compare or adjust diagnostics before sending them (configuration
    // errors, closed files of a workspace lint): read back what the one writer writes.
    return json::parse(lsp_diagnostics_json(uri, version, text, encoding_, diagnostics))
        .get<std::vector<protocol::Diagnostic>>();
}

void Session::on_analysis_done(AnalysisOutcome outcome) {
    if (state_ != State::Running)
        return;
    if (!outcome.error.empty()) {
        log(protocol::MessageType::Error, outcome.uri + ": " + outcome.error);
        answer_pulls(outcome.uri, nullptr, outcome.error);
        return;
    }
    StoredDocument* document = store_.find(outcome.uri);
    if (document == nullptr || document->version != outcome.version)
        return; // closed, or superseded by a newer version: never publish stale findings
    // The Document this one replaces is freed after publishing: freeing its syntax trees takes
    // a millisecond or two of the edit-to-diagnostics time.
    const std::shared_ptr<const Document> replaced =
        store_.set_document(outcome.uri, outcome.version, std::move(outcome.document));
    document->analyzed_version = outcome.version;
    document->diagnostics = std::move(outcome.diagnostics);
    document->diagnostics.insert(document->diagnostics.begin(), document->config_errors.begin(),
                                 document->config_errors.end());
    document->summary = std::move(outcome.summary);
    if (!client_.pull_diagnostics)
        publish(*document);
    answer_pulls(document->uri, document, {});
}

void Session::publish(const StoredDocument& document) {
    std::string params;
    JsonWriter w(params);
    w.raw("{\"diagnostics\":");
    write_lsp_diagnostics(w, document.uri, document.version, document.text, encoding_,
                          document.diagnostics);
    w.raw(",\"uri\":");
    w.string(document.uri);
    w.raw(",\"version\":");
    w.number(std::int64_t{document.version});
    w.raw("}");
    transport_.send(protocol::encode_notification_text("textDocument/publishDiagnostics", params));
}

void Session::publish_empty(const std::string& uri) {
    notify("textDocument/publishDiagnostics",
           protocol::PublishDiagnosticsParams{uri, std::nullopt, {}});
}

RequestResult Session::on_document_diagnostic(const protocol::RequestId& id, const json& params) {
    auto request = protocol::read_params<protocol::TextDocumentParams>(params);
    const StoredDocument* document = store_.find(request.textDocument.uri);
    if (document == nullptr)
        return protocol::ResponseError{ErrorCode::InvalidParams,
                                       "textDocument.uri: not an open document"};
    if (document->analyzed_version == document->version)
        return WrittenResult{report_of(*document, encoding_)};
    pending_.insert_or_assign(protocol::to_string(id),
                              PendingRequest{id, document->uri, PendingRequest::Kind::Diagnostics});
    return Deferred{};
}

void Session::answer_pulls(const std::string& uri, const StoredDocument* document,
                           const std::string& error) {
    for (auto it = pending_.begin(); it != pending_.end();) {
        if (it->second.uri != uri) {
            ++it;
            continue;
        }
        if (document != nullptr && it->second.kind == PendingRequest::Kind::PerspectiveMap)
            reply(it->second.id, perspective_map_of(*document));
        else if (document != nullptr)
            transport_.send(
                protocol::encode_result_text(it->second.id, report_of(*document, encoding_)));
        else
            reply_error(it->second.id, ErrorCode::RequestFailed, error);
        it = pending_.erase(it);
    }
}

} // namespace parallax::lsp
