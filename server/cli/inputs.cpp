#include "inputs.h"

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

bool is_draft(const fs::path& path) {
    const std::string ext = path.extension().string();
    return ext == ".md" || ext == ".markdown" || ext == ".txt";
}

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
        auto it = fs::recursive_directory_iterator(
            path, fs::directory_options::skip_permission_denied, ec);
        for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
            if (it->is_regular_file(ec) && is_draft(it->path())) {
                found.push_back(it->path().string());
            }
        }
        if (ec) {
            // Reported when read: an unreadable folder is never silently skipped.
            inputs.push_back({path});
            continue;
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
