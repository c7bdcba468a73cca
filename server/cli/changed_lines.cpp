#include "changed_lines.h"

#include "subprocess.h"

#include <algorithm>
#include <charconv>
#include <filesystem>

namespace parallax {
namespace {

namespace fs = std::filesystem;

/// Parses "N" or "N,M" at the start of `s` (after the '+'); count defaults to 1.
bool parse_hunk_side(std::string_view s, std::uint32_t& start, std::uint32_t& count) {
    const char* end = s.data() + s.size();
    auto [p, ec] = std::from_chars(s.data(), end, start);
    if (ec != std::errc{}) {
        return false;
    }
    count = 1;
    if (p != end && *p == ',') {
        auto [q, ec2] = std::from_chars(p + 1, end, count);
        return ec2 == std::errc{};
    }
    return true;
}

std::string first_line(std::string_view s) {
    const std::size_t eol = s.find('\n');
    return std::string(s.substr(0, eol));
}

std::string git_error(const ProcessResult& result, std::string_view fallback) {
    if (result.status < 0 && result.out.empty()) {
        return "cannot run git: " + (result.err.empty() ? std::string("not found") : result.err);
    }
    const std::string message = first_line(result.err);
    return message.empty() ? std::string(fallback) : message;
}

} // namespace

bool ChangedLines::touches(std::uint32_t first, std::uint32_t last) const {
    return all || std::any_of(ranges.begin(), ranges.end(), [&](const auto& range) {
               return range.first <= last && first <= range.second;
           });
}

ChangedLines parse_unified_diff(std::string_view diff) {
    ChangedLines changed;
    while (!diff.empty()) {
        const std::size_t eol = diff.find('\n');
        const std::string_view line = diff.substr(0, eol);
        diff.remove_prefix(eol == std::string_view::npos ? diff.size() : eol + 1);
        if (!line.starts_with("@@ ")) {
            continue;
        }
        const std::size_t plus = line.find(" +");
        std::uint32_t start = 0;
        std::uint32_t count = 0;
        if (plus == std::string_view::npos ||
            !parse_hunk_side(line.substr(plus + 2), start, count) || count == 0) {
            continue; // a pure deletion adds no line
        }
        changed.ranges.emplace_back(start, start + count - 1);
    }
    return changed;
}

std::variant<DiffBase, std::string> DiffBase::open(std::string revision) {
    const ProcessResult inside = run_process({"git", "rev-parse", "--is-inside-work-tree"});
    if (inside.status != 0 || first_line(inside.out) != "true") {
        return "--diff-base needs a git repository: " +
               git_error(inside, "the current folder is not inside a git work tree");
    }
    const ProcessResult verified = run_process(
        {"git", "rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"});
    if (verified.status != 0) {
        return "--diff-base: git does not know the revision '" + revision + "'";
    }
    return DiffBase(std::move(revision));
}

std::variant<ChangedLines, std::string> DiffBase::changed_lines(const std::string& path) const {
    const fs::path file(path);
    const std::string folder = file.has_parent_path() ? file.parent_path().string() : ".";
    const std::string name = file.filename().string();
    const ProcessResult diff =
        run_process({"git", "-C", folder, "diff", "--unified=0", "--no-color", "--no-ext-diff",
                     "--no-renames", revision_, "--", name});
    if (diff.status != 0) {
        return "git diff failed: " + git_error(diff, "exit status " + std::to_string(diff.status));
    }
    ChangedLines changed = parse_unified_diff(diff.out);
    if (changed.ranges.empty()) {
        // No diff: unchanged, or not tracked at all (then every line is new).
        const ProcessResult tracked =
            run_process({"git", "-C", folder, "ls-files", "--error-unmatch", "--", name});
        changed.all = tracked.status != 0;
    }
    return changed;
}

} // namespace parallax
