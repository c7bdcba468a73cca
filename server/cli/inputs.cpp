#include "inputs.h"

#include "ignore_file.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>

namespace parallax {
namespace {

namespace fs = std::filesystem;

constexpr const char* kIgnoreFileNames[] = {".gitignore", ".parallaxignore"};

bool is_draft(const fs::path& path) {
    const std::string ext = path.extension().string();
    return ext == ".md" || ext == ".markdown" || ext == ".txt";
}

std::optional<std::string> read_file(const fs::path& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        return std::nullopt;
    }
    return std::string((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
}

/// An ignore file in force, with the folder it sits in relative to the walk's root ("" or
/// "sub/dir/").
struct ActiveIgnore {
    IgnoreFile file;
    std::string base;
};

/// The top of the git work tree holding `folder` (the nearest folder above with a .git entry),
/// or `folder` itself outside one.
fs::path ignore_root(const fs::path& folder) {
    std::error_code ec;
    const fs::path start = fs::weakly_canonical(fs::absolute(folder, ec), ec);
    if (ec) {
        return folder;
    }
    for (fs::path dir = start; !dir.empty(); dir = dir.parent_path()) {
        if (fs::exists(dir / ".git", ec)) {
            return dir;
        }
        if (dir == dir.root_path()) {
            break;
        }
    }
    return start;
}

class Walker {
public:
    explicit Walker(std::vector<std::string>& found) : found_(found) {}

    /// Walks a folder named on the command line, with the ignore files of the folders above it
    /// up to the top of its git work tree.
    bool walk_named(const std::string& folder) {
        std::error_code ec;
        const fs::path root = ignore_root(folder);
        const fs::path below =
            fs::weakly_canonical(fs::absolute(folder, ec), ec).lexically_relative(root);
        std::string relative;
        fs::path dir = root;
        for (const auto& part : below) {
            if (part.empty() || part == ".") {
                continue;
            }
            load_ignore_files(dir, relative);
            dir /= part;
            relative += part.string() + "/";
        }
        return walk(folder, relative);
    }

private:
    void load_ignore_files(const fs::path& dir, const std::string& relative) {
        for (const char* name : kIgnoreFileNames) {
            if (auto content = read_file(dir / name)) {
                IgnoreFile file(*content);
                if (!file.empty()) {
                    active_.push_back({std::move(file), relative});
                }
            }
        }
    }

    /// Walks `dir`; `relative` is its path from the ignore root, empty or ending in '/'. Returns
    /// false when the folder could not be listed.
    bool walk(const fs::path& dir, const std::string& relative) {
        const std::size_t active_before = active_.size();
        load_ignore_files(dir, relative);
        std::error_code ec;
        std::vector<fs::directory_entry> entries;
        for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator();
             it.increment(ec)) {
            entries.push_back(*it);
        }
        bool ok = !ec;
        std::sort(entries.begin(), entries.end(),
                  [](const auto& a, const auto& b) { return a.path() < b.path(); });
        for (const auto& entry : entries) {
            const std::string name = entry.path().filename().string();
            std::error_code type_ec;
            const bool is_dir = entry.is_directory(type_ec);
            if ((is_dir && name == ".git") || excluded(relative + name, is_dir)) {
                continue;
            }
            if (is_dir) {
                ok = walk(entry.path(), relative + name + "/") && ok;
            } else if (entry.is_regular_file(type_ec) && is_draft(entry.path())) {
                found_.push_back(entry.path().string());
            }
        }
        active_.erase(active_.begin() + static_cast<std::ptrdiff_t>(active_before), active_.end());
        return ok;
    }

    /// The last ignore file (deepest, then latest) whose patterns decide wins.
    bool excluded(const std::string& relative, bool is_dir) const {
        bool verdict = false;
        for (const auto& active : active_) {
            const std::string_view below = std::string_view(relative).substr(active.base.size());
            if (auto decided = active.file.excludes(below, is_dir)) {
                verdict = *decided;
            }
        }
        return verdict;
    }

    std::vector<std::string>& found_;
    std::vector<ActiveIgnore> active_;
};

} // namespace

std::vector<Input> expand_inputs(const std::vector<std::string>& paths) {
    std::vector<Input> inputs;
    for (const auto& path : paths) {
        std::error_code ec;
        if (path == "-" || !fs::is_directory(path, ec)) {
            inputs.push_back({path});
            continue;
        }
        std::vector<std::string> found;
        if (!Walker(found).walk_named(path)) {
            // Reported when read: an unreadable folder is never silently skipped.
            inputs.push_back({path});
        }
        std::sort(found.begin(), found.end());
        for (auto& f : found) {
            inputs.push_back({std::move(f)});
        }
    }
    return inputs;
}

std::string describe_size(std::size_t bytes) {
    constexpr double kKiB = 1024.0;
    char text[32];
    if (bytes < 1024) {
        std::snprintf(text, sizeof text, "%zu bytes", bytes);
    } else if (bytes < 1024 * 1024) {
        std::snprintf(text, sizeof text, "%.1f KiB", static_cast<double>(bytes) / kKiB);
    } else {
        std::snprintf(text, sizeof text, "%.1f MiB", static_cast<double>(bytes) / (kKiB * kKiB));
    }
    std::string out = text;
    // "4.0 MiB" reads better as "4 MiB" (and one byte more than 4 MiB is still "4.0 MiB").
    if (const auto point = out.find(".0 "); point != std::string::npos) {
        out.erase(point, 2);
    }
    return out;
}

std::string too_large_message(std::size_t bytes, std::size_t max_bytes, std::string_view setting) {
    std::string size = describe_size(bytes);
    std::string limit = describe_size(max_bytes);
    if (size == limit) { // "4 MiB exceeds the limit of 4 MiB" would make no sense
        size = std::to_string(bytes) + " bytes";
        limit = std::to_string(max_bytes) + " bytes";
    }
    return size + " exceeds the limit of " + limit + " (" + std::string(setting) + ")";
}

namespace {

/// Reads all of `in`, or std::nullopt as soon as it holds more than `max_bytes`.
/// `expected`: the size the input should have (room made up front), or 0 when unknown.
std::optional<std::string> read_capped(std::istream& in, std::size_t max_bytes,
                                       std::size_t expected = 0) {
    std::string content;
    content.reserve(std::min(expected, max_bytes));
    // Not zeroed: read() fills what append() takes, and zeroing 64 KB per draft was a tenth of
    // reading the drafts of a folder.
    std::array<char, 64 * 1024> chunk;
    while (in) {
        in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
        content.append(chunk.data(), static_cast<std::size_t>(in.gcount()));
        if (content.size() > max_bytes) {
            return std::nullopt;
        }
    }
    return content;
}

/// The error for an input of unknown size that went over the limit while being read.
std::string over_limit(std::size_t max_bytes, std::string_view limit_name) {
    return "not checked: larger than the limit of " + describe_size(max_bytes) + " (" +
           std::string(limit_name) + ")";
}

} // namespace

LoadedInput load_input(const Input& input, std::size_t max_bytes, std::string_view limit_name) {
    if (input.path == "-") {
        std::optional<std::string> content = read_capped(std::cin, max_bytes);
        if (!content) {
            return {std::nullopt, over_limit(max_bytes, limit_name)};
        }
        if (std::cin.bad()) {
            return {std::nullopt, "cannot read standard input"};
        }
        return {std::move(content), {}};
    }
    std::error_code ec;
    if (fs::is_directory(input.path, ec)) {
        return {std::nullopt, "cannot read folder"};
    }
    // A regular file's size says it all, without reading gigabytes first.
    std::size_t expected = 0;
    if (fs::is_regular_file(input.path, ec)) {
        const std::uintmax_t size = fs::file_size(input.path, ec);
        expected = ec ? 0 : static_cast<std::size_t>(size);
        if (!ec && size > max_bytes) {
            return {std::nullopt,
                    "not checked: " +
                        too_large_message(static_cast<std::size_t>(size), max_bytes, limit_name)};
        }
    }
    std::ifstream file(input.path, std::ios::binary);
    if (!file) {
        return {std::nullopt, std::string("cannot read file: ") + std::strerror(errno)};
    }
    std::optional<std::string> content = read_capped(file, max_bytes, expected);
    if (!content) { // a file that grew, or one that is not regular (a pipe)
        return {std::nullopt, over_limit(max_bytes, limit_name)};
    }
    if (file.bad()) {
        return {std::nullopt, std::string("error while reading file: ") + std::strerror(errno)};
    }
    return {std::move(content), {}};
}

} // namespace parallax
