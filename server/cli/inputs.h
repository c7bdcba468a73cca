#pragma once
// Turning the paths given to `parallax check` into drafts to read.

#include <optional>
#include <string>
#include <vector>

namespace parallax {

/// A draft to check: a file, or standard input when `path` is "-".
struct Input {
    std::string path;
};

/// Expands folders (recursively, sorted) into their .md, .markdown and .txt files, leaving out
/// the .git folder and what .gitignore and .parallaxignore files exclude (see ignore_file.h):
/// those inside the folder, and those above it up to the top of its git work tree. Files named
/// directly are kept whatever their extension. A path that does not exist is kept too, so that
/// reading it reports the error instead of skipping it.
std::vector<Input> expand_inputs(const std::vector<std::string>& paths);

struct LoadedInput {
    std::optional<std::string> content; // empty when the input could not be read
    std::string error;                  // why not, for the user
};

LoadedInput load_input(const Input& input);

} // namespace parallax
