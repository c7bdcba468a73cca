#include "client_support.h"

#include "uri.h"

#include <algorithm>

namespace parallax::lsp {

namespace {

using nlohmann::json;

/// The value at a path of object keys, or null when any step is missing or not an object.
const json* find_path(const json& root, std::initializer_list<const char*> path) {
    const json* node = &root;
    for (const char* key : path) {
        if (!node->is_object())
            return nullptr;
        auto it = node->find(key);
        if (it == node->end())
            return nullptr;
        node = &*it;
    }
    return node;
}

bool flag(const json& root, std::initializer_list<const char*> path) {
    const json* value = find_path(root, path);
    return value != nullptr && value->is_boolean() && value->get<bool>();
}

} // namespace

ClientSupport ClientSupport::from_capabilities(const json& capabilities) {
    ClientSupport support;
    const json* pull = find_path(capabilities, {"textDocument", "diagnostic"});
    support.pull_diagnostics = pull != nullptr && pull->is_object();
    support.diagnostic_refresh = flag(capabilities, {"workspace", "diagnostics", "refreshSupport"});
    support.configuration = flag(capabilities, {"workspace", "configuration"});
    support.work_done_progress = flag(capabilities, {"window", "workDoneProgress"});
    support.watched_files_registration =
        flag(capabilities, {"workspace", "didChangeWatchedFiles", "dynamicRegistration"});
    if (const json* properties =
            find_path(capabilities, {"textDocument", "codeAction", "resolveSupport", "properties"});
        properties != nullptr && properties->is_array()) {
        support.code_action_resolve =
            std::find(properties->begin(), properties->end(), json("edit")) != properties->end();
    }
    return support;
}

std::vector<std::string> workspace_folder_uris(const json& params) {
    std::vector<std::string> out;
    if (const json* folders = find_path(params, {"workspaceFolders"});
        folders != nullptr && folders->is_array()) {
        for (const json& folder : *folders) {
            if (folder.is_object() && folder.contains("uri") && folder["uri"].is_string())
                out.push_back(folder["uri"].get<std::string>());
        }
    }
    if (out.empty()) {
        if (const json* root = find_path(params, {"rootUri"}); root != nullptr && root->is_string())
            out.push_back(root->get<std::string>());
        else if (const json* path = find_path(params, {"rootPath"});
                 path != nullptr && path->is_string() && !path->get<std::string>().empty())
            out.push_back(uri_from_path(path->get<std::string>()));
    }
    return out;
}

} // namespace parallax::lsp
