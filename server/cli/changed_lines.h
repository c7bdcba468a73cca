#pragma once
// `--diff-base REV`: which lines of a file changed since a git revision.

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace parallax {

/// Lines added or changed in a file, 1-based and inclusive.
struct ChangedLines {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> ranges;
    bool all = false; // a file git does not track yet: every line is new

    /// Whether any line of [first, last] (1-based) changed.
    bool touches(std::uint32_t first, std::uint32_t last) const;
};

/// The new-side line ranges of `git diff --unified=0` hunks ("@@ -3,2 +4,5 @@").
ChangedLines parse_unified_diff(std::string_view diff);

/// A revision checked once, then used to ask git what changed in each file.
class DiffBase {
public:
    /// Fails with a message for the user when the working folder is not in a git repository or
    /// git does not know `revision`.
    static std::variant<DiffBase, std::string> open(std::string revision);

    /// What changed in `path` since the revision, or an error message.
    std::variant<ChangedLines, std::string> changed_lines(const std::string& path) const;

private:
    explicit DiffBase(std::string revision) : revision_(std::move(revision)) {}
    std::string revision_;
};

} // namespace parallax
