#pragma once
// The common subset of .gitignore syntax, for the folders `parallax check` walks:
//
//   - blank lines and lines starting with '#' are skipped; "\#" and "\!" escape a leading '#'/'!';
//     trailing spaces are dropped
//   - '*' matches within one path segment, '?' one character, "[a-z]" / "[!a-z]" a class
//   - "**/" at the start or "/**/" in the middle matches any number of folders; a final "/**"
//     everything inside
//   - a pattern with a '/' at its start or in its middle is anchored to the ignore file's folder;
//     one without matches a name at any depth below it
//   - a trailing '/' matches folders only; a leading '!' re-includes what an earlier pattern
//     excluded (the last matching pattern wins; nothing inside an excluded folder comes back)

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parallax {

class IgnoreFile {
public:
    /// Parses the patterns of one ignore file (its content, not its path).
    explicit IgnoreFile(std::string_view content);

    /// Whether `relative` (a '/'-separated path below the ignore file's folder) is excluded:
    /// true or false when a pattern decides, nullopt when none matches.
    std::optional<bool> excludes(std::string_view relative, bool is_directory) const;

    bool empty() const { return patterns_.empty(); }

private:
    struct Pattern {
        std::string glob;
        bool negated = false;
        bool directory_only = false;
        bool anchored = false;
    };
    std::vector<Pattern> patterns_;
};

/// Glob matching with the rules above ('*' and '?' never match '/').
bool glob_matches(std::string_view pattern, std::string_view path);

} // namespace parallax
