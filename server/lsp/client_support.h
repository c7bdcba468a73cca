#pragma once
// What the client said it can do, read once from initialize's capabilities. Absent or
// malformed entries read as "not supported".

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace parallax::lsp {

struct ClientSupport {
    bool pull_diagnostics = false;           // textDocument.diagnostic: then no publishDiagnostics
    bool diagnostic_refresh = false;         // workspace.diagnostics.refreshSupport
    bool configuration = false;              // workspace.configuration
    bool work_done_progress = false;         // window.workDoneProgress
    bool watched_files_registration = false; // workspace.didChangeWatchedFiles.dynamicRegistration
    bool code_action_resolve = false;        // textDocument.codeAction.resolveSupport names "edit"

    static ClientSupport from_capabilities(const nlohmann::json& capabilities);
};

/// The workspace folders of initialize: workspaceFolders[].uri, else rootUri, else rootPath.
std::vector<std::string> workspace_folder_uris(const nlohmann::json& initialize_params);

} // namespace parallax::lsp
