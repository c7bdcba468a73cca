#pragma once
// A dlopen'ed library that is closed when the last owner lets go.

#include <filesystem>
#include <memory>
#include <string>
#include <variant>

namespace parallax {

class SharedLibrary {
public:
    /// Opens `path` with RTLD_NOW | RTLD_LOCAL: every symbol is resolved now (a missing
    /// dependency fails here, not in the middle of a check) and none leaks into other plugins.
    /// The error is dlerror()'s text.
    static std::variant<std::shared_ptr<const SharedLibrary>, std::string>
    open(const std::filesystem::path& path);

private:
    struct Key; // only open() can make one: no other way to construct a SharedLibrary

public:
    SharedLibrary(const Key& key, void* handle);
    ~SharedLibrary();
    SharedLibrary(const SharedLibrary&) = delete;
    SharedLibrary& operator=(const SharedLibrary&) = delete;

    /// The address of `name`, or null when the library does not export it.
    void* symbol(const char* name) const;

private:
    void* handle_;
};

} // namespace parallax
