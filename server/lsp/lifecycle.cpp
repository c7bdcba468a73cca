// Lifecycle: initialize, initialized, shutdown, exit, and $/cancelRequest.
#include "commands.h"
#include "session.h"

#include <algorithm>

namespace parallax::lsp {

using nlohmann::json;
using protocol::ErrorCode;

RequestResult Session::on_initialize(const protocol::RequestId&, const json& params) {
    if (state_ != State::Uninitialized)
        return protocol::ResponseError{ErrorCode::InvalidRequest,
                                       "initialize was already received"};
    auto initialize = protocol::read_params<protocol::InitializeParams>(params);

    const auto& offered = initialize.positionEncodings;
    const bool utf8 =
        std::find(offered.begin(), offered.end(), protocol::kEncodingUtf8) != offered.end();
    encoding_ = utf8 ? PositionEncoding::Utf8 : PositionEncoding::Utf16;
    client_ = ClientSupport::from_capabilities(initialize.capabilities);
    workspace_folders_ = workspace_folder_uris(params);
    // The limits must hold before workspace/configuration can be asked; the other settings
    // come from there (size_limits.cpp).
    apply_editor_limits(initialize.initializationOptions);

    protocol::InitializeResult result;
    result.serverInfo = {"parallax", options_.version};
    result.capabilities.positionEncoding =
        std::string(utf8 ? protocol::kEncodingUtf8 : protocol::kEncodingUtf16);
    result.capabilities.textDocumentSync = {
        true, protocol::TextDocumentSyncKind::Incremental, {false}};
    result.capabilities.hoverProvider = true;
    result.capabilities.diagnosticProvider = protocol::DiagnosticOptions{"parallax", false, false};
    result.capabilities.codeActionProvider = protocol::CodeActionOptions{
        {std::string(protocol::kCodeActionQuickFix), std::string(protocol::kCodeActionSource)},
        true};
    result.capabilities.executeCommandProvider = protocol::ExecuteCommandOptions{
        {std::string(kPerspectiveMapCommand), std::string(kLintWorkspaceCommand)}};
    state_ = State::Running;
    std::string client = initialize.clientInfo ? initialize.clientInfo->name : "an unnamed client";
    log(protocol::MessageType::Info, "parallax " + options_.version + " serving " + client +
                                         " (positions in " + result.capabilities.positionEncoding +
                                         ")");
    return json(result);
}

void Session::on_initialized(const json&) {
    request_configuration();
    register_file_watchers();
}

RequestResult Session::on_shutdown(const protocol::RequestId&, const json&) {
    state_ = State::ShutDown;
    scheduler_.stop();
    for (auto& [key, pending] : pending_)
        reply_error(pending.id, ErrorCode::RequestFailed, "server shut down");
    pending_.clear();
    if (lint_)
        end_workspace_lint("server shut down");
    return json(nullptr);
}

void Session::on_exit(const json&) {
    finish(state_ == State::ShutDown ? 0 : 1);
}

void Session::on_cancel_request(const json& params) {
    auto cancel = protocol::read_params<protocol::CancelParams>(params);
    auto it = pending_.find(protocol::to_string(cancel.id));
    if (it == pending_.end())
        return; // already answered, or never seen: nothing to do
    reply_error(it->second.id, ErrorCode::RequestCancelled, "request cancelled");
    if (it->second.kind == PendingRequest::Kind::WorkspaceLint && lint_)
        lint_->cancelled = true; // its next turn ends the progress and stops
    pending_.erase(it);
}

} // namespace parallax::lsp
