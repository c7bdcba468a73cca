#include "glob.h"

#include <cstdint>
#include <vector>

namespace parallax::config {
namespace {

/// Backtracking with a memo of failed (pattern, path) positions: quadratic at worst, so that a
/// pattern full of stars cannot take exponential time.
class GlobMatcher {
public:
    GlobMatcher(std::string_view pattern, std::string_view path)
        : pattern_(pattern), path_(path), failed_((pattern.size() + 1) * (path.size() + 1), 0) {}

    bool match(std::size_t p, std::size_t s) {
        std::uint8_t& memo = failed_[p * (path_.size() + 1) + s];
        if (memo != 0) {
            return false;
        }
        const bool matched = step(p, s);
        if (!matched) {
            memo = 1;
        }
        return matched;
    }

private:
    std::string_view pattern_;
    std::string_view path_;
    std::vector<std::uint8_t> failed_;

    bool step(std::size_t p, std::size_t s) {
        if (p == pattern_.size()) {
            return s == path_.size();
        }
        if (pattern_.substr(p, 3) == "**/") {
            // Zero folders, or any run ending just after a '/'.
            if (match(p + 3, s)) {
                return true;
            }
            for (std::size_t k = s; k < path_.size(); ++k) {
                if (path_[k] == '/' && match(p + 3, k + 1)) {
                    return true;
                }
            }
            return false;
        }
        if (pattern_.substr(p, 2) == "**") {
            for (std::size_t k = s; k <= path_.size(); ++k) {
                if (match(p + 2, k)) {
                    return true;
                }
            }
            return false;
        }
        const char c = pattern_[p];
        if (c == '*') {
            for (std::size_t k = s;; ++k) {
                if (match(p + 1, k)) {
                    return true;
                }
                if (k == path_.size() || path_[k] == '/') {
                    return false;
                }
            }
        }
        if (s == path_.size()) {
            return false;
        }
        if (c == '?') {
            return path_[s] != '/' && match(p + 1, s + 1);
        }
        return c == path_[s] && match(p + 1, s + 1);
    }
};

} // namespace

bool glob_matches(std::string_view pattern, std::string_view path) {
    while (pattern.substr(0, 2) == "./") {
        pattern.remove_prefix(2);
    }
    return GlobMatcher(pattern, path).match(0, 0);
}

} // namespace parallax::config
