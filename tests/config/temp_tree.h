#pragma once
// A temporary folder of files for configuration tests, removed afterwards.

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

namespace parallax::config::testing {

class TempTree {
public:
    TempTree() {
        std::string pattern =
            (std::filesystem::temp_directory_path() / "parallax-config-XXXXXX").string();
        root_ = ::mkdtemp(pattern.data()) != nullptr ? std::filesystem::path(pattern)
                                                     : std::filesystem::path();
    }
    ~TempTree() {
        std::error_code ec;
        std::filesystem::remove_all(root_, ec);
    }
    TempTree(const TempTree&) = delete;
    TempTree& operator=(const TempTree&) = delete;

    const std::filesystem::path& root() const { return root_; }
    std::filesystem::path path(std::string_view relative) const { return root_ / relative; }

    /// Writes `content` to `relative`, creating its folders; returns the full path.
    std::filesystem::path write(std::string_view relative, std::string_view content) const {
        const std::filesystem::path file = path(relative);
        std::filesystem::create_directories(file.parent_path());
        std::ofstream(file, std::ios::binary | std::ios::trunc) << content;
        return file;
    }

private:
    std::filesystem::path root_;
};

} // namespace parallax::config::testing
