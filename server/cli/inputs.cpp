#include "inputs.h"

#include "ignore_file.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

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

LoadedInput load_input(const Input& input) {
    if (input.path == "-") {
        std::ostringstream buffer;
        buffer << std::cin.rdbuf();
        if (std::cin.bad()) {
            return {std::nullopt, "cannot read standard input"};
        }
        return {buffer.str(), {}};
    }
    std::error_code ec;
    if (fs::is_directory(input.path, ec)) {
        return {std::nullopt, "cannot read folder"};
    }
    std::ifstream file(input.path, std::ios::binary);
    if (!file) {
        return {std::nullopt, std::string("cannot read file: ") + std::strerror(errno)};
    }
    std::string content((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    if (file.bad()) {
        return {std::nullopt, std::string("error while reading file: ") + std::strerror(errno)};
    }
    return {std::move(content), {}};
}

} // namespace parallax
