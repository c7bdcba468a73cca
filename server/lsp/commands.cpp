// workspace/executeCommand: parallax.perspectiveMap here, parallax.lintWorkspace in
// workspace_lint.cpp.
#include "commands.h"

#include "engine.h"
#include "session.h"
#include "uri.h"

#include "inputs.h"

namespace parallax::lsp {

using nlohmann::json;
using protocol::ErrorCode;

RequestResult Session::on_execute_command(const protocol::RequestId& id, const json& params) {
    auto request = protocol::read_params<protocol::ExecuteCommandParams>(params);
    if (request.command == kPerspectiveMapCommand)
        return perspective_map(id, request.arguments);
    if (request.command == kLintWorkspaceCommand)
        return lint_workspace(id, request);
    return protocol::ResponseError{ErrorCode::InvalidParams,
                                   "command: unknown command " + request.command};
}

json Session::perspective_map_of(const StoredDocument& document) const {
    json map = document.document != nullptr
                   ? perspective_map_json(*document.document, document.summary)
                   : json::object();
    map["uri"] = document.uri;
    map["version"] = document.version;
    return map;
}

RequestResult Session::perspective_map(const protocol::RequestId& id,
                                       const std::vector<json>& arguments) {
    std::string uri;
    if (!arguments.empty() && arguments[0].is_string())
        uri = arguments[0].get<std::string>();
    else if (!arguments.empty() && arguments[0].is_object() && arguments[0].contains("uri") &&
             arguments[0]["uri"].is_string())
        uri = arguments[0]["uri"].get<std::string>();
    else
        return protocol::ResponseError{ErrorCode::InvalidParams,
                                       "arguments[0]: expected the document's uri"};

    if (const StoredDocument* document = store_.find(uri)) {
        if (document->analyzed_version == document->version)
            return perspective_map_of(*document);
        // Answered when the current version's analysis is done.
        pending_.insert_or_assign(protocol::to_string(id),
                                  PendingRequest{id, uri, PendingRequest::Kind::PerspectiveMap});
        return Deferred{};
    }
    // A draft that is not open: read and analyse it from disk.
    const auto path = path_from_uri(uri);
    if (!path)
        return protocol::ResponseError{ErrorCode::InvalidParams,
                                       "arguments[0]: not an open document or a file:// uri"};
    LoadedInput loaded =
        load_input(Input{path->string()}, limits_.max_document_bytes, kMaxDocumentBytesSetting);
    if (!loaded.content)
        return protocol::ResponseError{ErrorCode::RequestFailed, loaded.error};
    Text text(is_valid_utf8(*loaded.content) ? std::move(*loaded.content)
                                             : sanitize_utf8(*loaded.content));
    const CheckSettings settings = settings_for(uri, text);
    auto document = Document::build(std::move(text), format_for("", uri));
    Analysis analysis = analyze(*document, settings);
    json map = perspective_map_json(*document, analysis.summary);
    map["uri"] = uri;
    map["version"] = nullptr;
    return map;
}

} // namespace parallax::lsp
