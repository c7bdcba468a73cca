#pragma once
// The `files` globs of .parallax.json overrides, matched against a draft's path relative to the
// configuration file's folder, with '/' between folders.
//
//     glob_matches("drafts/**/*.md", "drafts/2024/asia.md") == true
//     glob_matches("*.md", "drafts/asia.md") == false   // '*' stays within one folder

#include <string_view>

namespace parallax::config {

/// `*` matches any run of characters but '/', `?` one character but '/', `**` any run
/// including '/', and `**/` zero or more whole folders. Everything else matches itself. A
/// leading "./" is ignored. The whole path must match.
bool glob_matches(std::string_view pattern, std::string_view path);

} // namespace parallax::config
