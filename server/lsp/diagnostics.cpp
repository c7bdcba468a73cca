// Diagnostics: analysis results -> textDocument/publishDiagnostics, and the pull request
// textDocument/diagnostic (answered when the current version has been analysed). A client that
// pulls gets no pushes for the documents it has open: it would show each finding twice.
//
// Each diagnostic's `data` holds the rule's own keys plus what code actions need: "rule",
// "version" (of the document it was computed for), "offset" (UTF-8 bytes) and, when the rule
// offers them, "fixes" ([{title, edits: [{range, newText}]}]).
#include "session.h"

namespace parallax::lsp {

using nlohmann::json;
using protocol::ErrorCode;

namespace {

protocol::Range to_lsp(const Text& text, ByteRange range, PositionEncoding encoding) {
    PositionRange positions = text.range_of(range, encoding);
    return {{positions.start.line.value, positions.start.character},
            {positions.end.line.value, positions.end.character}};
}

json to_json_value(const DataValue& value) {
    return std::visit([](const auto& v) { return json(v); }, value);
}

} // namespace

std::vector<protocol::Diagnostic> Session::to_lsp(const StoredDocument& document) const {
    return to_lsp(document.uri, document.version, document.text, document.diagnostics);
}

std::vector<protocol::Diagnostic> Session::to_lsp(const std::string& uri, DocumentVersion version,
                                                  const Text& text,
                                                  std::span<const Diagnostic> diagnostics) const {
    std::vector<protocol::Diagnostic> out;
    out.reserve(diagnostics.size());
    for (const Diagnostic& d : diagnostics) {
        protocol::Diagnostic& lsp = out.emplace_back();
        lsp.range = lsp::to_lsp(text, d.range, encoding_);
        lsp.severity = static_cast<protocol::DiagnosticSeverity>(static_cast<int>(d.severity));
        lsp.code = d.rule;
        lsp.source = "parallax";
        lsp.message = d.message;
        for (const RelatedLocation& related : d.related) {
            lsp.relatedInformation.push_back(
                {{uri, lsp::to_lsp(text, related.range, encoding_)}, related.message});
        }
        json data = json::object();
        for (const auto& [key, value] : d.data)
            data[key] = to_json_value(value);
        data["rule"] = d.rule;
        data["version"] = version;
        data["offset"] = {{"start", d.range.start.value}, {"end", d.range.end.value}};
        if (!d.fixes.empty()) {
            json fixes = json::array();
            for (const Fix& fix : d.fixes) {
                json edits = json::array();
                for (const Replacement& r : fix.replacements)
                    edits.push_back(
                        protocol::TextEdit{lsp::to_lsp(text, r.range, encoding_), r.text});
                fixes.push_back({{"title", fix.title}, {"edits", std::move(edits)}});
            }
            data["fixes"] = std::move(fixes);
        }
        lsp.data = std::move(data);
    }
    return out;
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
    protocol::PublishDiagnosticsParams params{document.uri, document.version, to_lsp(document)};
    notify("textDocument/publishDiagnostics", params);
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
        return json(protocol::FullDocumentDiagnosticReport{to_lsp(*document)});
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
            reply(it->second.id, json(protocol::FullDocumentDiagnosticReport{to_lsp(*document)}));
        else
            reply_error(it->second.id, ErrorCode::RequestFailed, error);
        it = pending_.erase(it);
    }
}

} // namespace parallax::lsp
