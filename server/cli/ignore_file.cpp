#include "ignore_file.h"

namespace parallax {
namespace {

/// Matches a "[...]" class at the start of `pattern` against `c`; returns the class length (0
/// when the class is not closed, so that '[' is taken literally).
std::size_t match_class(std::string_view pattern, char c, bool& matched) {
    std::size_t i = 1;
    const bool negated = i < pattern.size() && (pattern[i] == '!' || pattern[i] == '^');
    if (negated) {
        ++i;
    }
    bool found = false;
    bool first = true;
    for (; i < pattern.size() && (first || pattern[i] != ']'); ++i, first = false) {
        char low = pattern[i];
        if (low == '\\' && i + 1 < pattern.size()) {
            low = pattern[++i];
        }
        char high = low;
        if (i + 2 < pattern.size() && pattern[i + 1] == '-' && pattern[i + 2] != ']') {
            high = pattern[i + 2];
            i += 2;
        }
        found = found || (low <= c && c <= high);
    }
    if (i >= pattern.size()) {
        return 0;
    }
    matched = found != negated;
    return i + 1;
}

} // namespace

bool glob_matches(std::string_view pattern, std::string_view path) {
    while (!pattern.empty()) {
        if (pattern.starts_with("**")) {
            if (pattern.size() == 2) {
                return true; // a final "**" matches everything left
            }
            if (pattern[2] == '/') {
                // "**/": zero or more leading folders.
                const std::string_view rest = pattern.substr(3);
                for (std::size_t i = 0;; ++i) {
                    if (glob_matches(rest, path.substr(i))) {
                        return true;
                    }
                    i = path.find('/', i);
                    if (i == std::string_view::npos) {
                        return false;
                    }
                }
            }
            pattern.remove_prefix(1); // "**x" is just '*' then "*x"
            continue;
        }
        const char p = pattern.front();
        if (p == '*') {
            const std::string_view rest = pattern.substr(1);
            for (std::size_t i = 0; i <= path.size(); ++i) {
                if (glob_matches(rest, path.substr(i))) {
                    return true;
                }
                if (i < path.size() && path[i] == '/') {
                    return false;
                }
            }
            return false;
        }
        if (path.empty()) {
            return false;
        }
        if (p == '?') {
            if (path.front() == '/') {
                return false;
            }
            pattern.remove_prefix(1);
        } else if (p == '[') {
            bool matched = false;
            const std::size_t length = match_class(pattern, path.front(), matched);
            if (length == 0) {
                if (path.front() != '[') {
                    return false;
                }
                pattern.remove_prefix(1);
            } else {
                if (!matched || path.front() == '/') {
                    return false;
                }
                pattern.remove_prefix(length);
            }
        } else {
            if (p == '\\' && pattern.size() > 1) {
                pattern.remove_prefix(1);
            }
            if (pattern.front() != path.front()) {
                return false;
            }
            pattern.remove_prefix(1);
        }
        path.remove_prefix(1);
    }
    return path.empty();
}

IgnoreFile::IgnoreFile(std::string_view content) {
    while (!content.empty()) {
        const std::size_t eol = content.find('\n');
        std::string_view line = content.substr(0, eol);
        content.remove_prefix(eol == std::string_view::npos ? content.size() : eol + 1);
        if (line.ends_with('\r')) {
            line.remove_suffix(1);
        }
        while (line.ends_with(' ') && !line.ends_with("\\ ")) {
            line.remove_suffix(1);
        }
        if (line.empty() || line.front() == '#') {
            continue;
        }
        Pattern pattern;
        if (line.front() == '!') {
            pattern.negated = true;
            line.remove_prefix(1);
        } else if (line.starts_with("\\#") || line.starts_with("\\!")) {
            line.remove_prefix(1);
        }
        if (line.ends_with('/')) {
            pattern.directory_only = true;
            line.remove_suffix(1);
        }
        pattern.anchored = line.find('/') != std::string_view::npos;
        if (line.starts_with('/')) {
            line.remove_prefix(1);
        }
        if (line.empty()) {
            continue;
        }
        pattern.glob = std::string(line);
        patterns_.push_back(std::move(pattern));
    }
}

std::optional<bool> IgnoreFile::excludes(std::string_view relative, bool is_directory) const {
    const std::size_t slash = relative.rfind('/');
    const std::string_view name =
        slash == std::string_view::npos ? relative : relative.substr(slash + 1);
    std::optional<bool> verdict;
    for (const auto& pattern : patterns_) {
        if (pattern.directory_only && !is_directory) {
            continue;
        }
        if (glob_matches(pattern.glob, pattern.anchored ? relative : name)) {
            verdict = !pattern.negated;
        }
    }
    return verdict;
}

} // namespace parallax
