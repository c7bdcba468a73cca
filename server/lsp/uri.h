#pragma once
// file:// URIs and paths, as LSP clients send them: "file:///home/a/My%20Draft.md" <->
// "/home/a/My Draft.md". Other schemes (untitled:, vscode-notebook-cell:) have no path.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace parallax::lsp {

/// The path of a file:// URI (percent-decoded), or nullopt for other schemes or a bad escape.
std::optional<std::filesystem::path> path_from_uri(std::string_view uri);

/// The file:// URI of an absolute path, percent-encoding what RFC 3986 does not allow in a path.
std::string uri_from_path(const std::filesystem::path& path);

} // namespace parallax::lsp
