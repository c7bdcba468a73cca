// parallax.lintWorkspace: every draft under the workspace folders, found as `parallax check`
// finds them (.gitignore and .parallaxignore respected), linted one file per turn of the I/O
// loop so that the editor's own requests are answered in between. Progress goes out as
// $/progress on a token the client gave or the server created; the findings of files that are
// not open are published (open ones have theirs already).
#include "engine.h"
#include "session.h"
#include "uri.h"

#include "inputs.h"

namespace parallax::lsp {

using nlohmann::json;
using protocol::ErrorCode;

namespace {

json begin(std::size_t files) {
    protocol::WorkDoneProgressBegin value;
    value.title = "Parallax: linting the workspace";
    value.cancellable = true;
    value.message = std::to_string(files) + (files == 1 ? " draft" : " drafts");
    value.percentage = 0;
    return value;
}

} // namespace

RequestResult Session::lint_workspace(const protocol::RequestId& id,
                                      const protocol::ExecuteCommandParams& params) {
    if (lint_)
        return protocol::ResponseError{ErrorCode::RequestFailed,
                                       "a workspace lint is already running"};
    std::vector<std::string> folders;
    for (const std::string& uri : workspace_folders_) {
        if (auto path = path_from_uri(uri))
            folders.push_back(path->string());
    }
    if (folders.empty())
        return protocol::ResponseError{ErrorCode::RequestFailed,
                                       "no workspace folder to lint (the client named none)"};
    WorkspaceLint lint;
    lint.request = id;
    for (Input& input : expand_inputs(folders))
        lint.paths.push_back(std::move(input.path));
    lint_ = std::move(lint);
    pending_.insert_or_assign(protocol::to_string(id),
                              PendingRequest{id, "", PendingRequest::Kind::WorkspaceLint});

    if (params.workDoneToken) {
        lint_->token = *params.workDoneToken;
        progress(*lint_->token, begin(lint_->paths.size()));
        transport_.post([this] { lint_next_file(); });
    } else if (client_.work_done_progress) {
        // Progress on a token of our own, once the client has created it.
        json token = "parallax/lint/" + std::to_string(next_progress_token_++);
        const json create = {{"token", token}};
        send_request("window/workDoneProgress/create", create,
                     [this, token](ClientResponse response) {
                         if (state_ != State::Running || !lint_)
                             return;
                         if (std::holds_alternative<json>(response)) {
                             lint_->token = token;
                             progress(token, begin(lint_->paths.size()));
                         }
                         lint_next_file();
                     });
    } else {
        transport_.post([this] { lint_next_file(); });
    }
    return Deferred{};
}

void Session::progress(const json& token, const json& value) {
    notify("$/progress", json{{"token", token}, {"value", value}});
}

void Session::lint_next_file() {
    if (state_ != State::Running || !lint_)
        return;
    if (lint_->cancelled) {
        end_workspace_lint("cancelled");
        return;
    }
    if (lint_->next == lint_->paths.size()) {
        const std::size_t files = lint_->paths.size();
        end_workspace_lint(std::to_string(files) + (files == 1 ? " draft, " : " drafts, ") +
                           std::to_string(lint_->findings) + " findings");
        return;
    }
    const std::string path = lint_->paths[lint_->next++];
    const std::string uri = uri_from_path(std::filesystem::absolute(path));
    std::size_t found = 0;
    if (const StoredDocument* open = store_.find(uri)) {
        found = open->diagnostics.size(); // open: published and kept current already
    } else if (LoadedInput loaded =
                   load_input(Input{path}, limits_.max_document_bytes, kMaxDocumentBytesSetting);
               loaded.content) {
        Text text(is_valid_utf8(*loaded.content) ? std::move(*loaded.content)
                                                 : sanitize_utf8(*loaded.content));
        const CheckSettings settings = settings_for(uri, text);
        auto document = Document::build(text, format_for_path(path));
        Analysis analysis = analyze(*document, settings);
        found = analysis.diagnostics.size();
        notify("textDocument/publishDiagnostics",
               protocol::PublishDiagnosticsParams{uri, std::nullopt,
                                                  to_lsp(uri, 0, text, analysis.diagnostics)});
        published_closed_.insert(uri);
    } else {
        log(protocol::MessageType::Warning, path + ": " + loaded.error);
    }
    lint_->findings += found;
    lint_->files_with_findings += found > 0 ? 1 : 0;
    if (lint_->token) {
        protocol::WorkDoneProgressReport report;
        // "3/20 a.md": the file name is enough to see that it moves on.
        report.message = std::to_string(lint_->next) + "/" + std::to_string(lint_->paths.size()) +
                         " " + std::filesystem::path(path).filename().string();
        report.percentage = static_cast<std::uint32_t>(lint_->next * 100 / lint_->paths.size());
        progress(*lint_->token, report);
    }
    transport_.post([this] { lint_next_file(); });
}

void Session::end_workspace_lint(const std::string& message) {
    if (!lint_)
        return;
    WorkspaceLint lint = std::move(*lint_);
    lint_.reset();
    if (lint.token)
        progress(*lint.token, protocol::WorkDoneProgressEnd{message});
    // Unless $/cancelRequest or shutdown answered it already.
    if (auto it = pending_.find(protocol::to_string(lint.request)); it != pending_.end()) {
        pending_.erase(it);
        reply(lint.request, json{{"files", lint.next},
                                 {"findings", lint.findings},
                                 {"filesWithFindings", lint.files_with_findings},
                                 {"cancelled", lint.cancelled}});
    }
}

void Session::on_work_done_progress_cancel(const json& params) {
    if (!params.is_object() || !params.contains("token"))
        throw protocol::FieldError("token", "missing");
    if (lint_ && lint_->token && *lint_->token == params["token"])
        lint_->cancelled = true;
}

} // namespace parallax::lsp
