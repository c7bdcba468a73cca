#include "shared_library.h"

#include <dlfcn.h>

namespace parallax {

struct SharedLibrary::Key {};

std::variant<std::shared_ptr<const SharedLibrary>, std::string>
SharedLibrary::open(const std::filesystem::path& path) {
    void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (handle == nullptr) {
        const char* error = dlerror();
        return std::string(error != nullptr ? error : "dlopen failed");
    }
    return std::make_shared<const SharedLibrary>(Key{}, handle);
}

SharedLibrary::SharedLibrary(const Key& /*key*/, void* handle) : handle_(handle) {}

SharedLibrary::~SharedLibrary() {
    dlclose(handle_);
}

void* SharedLibrary::symbol(const char* name) const {
    dlerror(); // clear a stale error: a symbol's address may legitimately be null
    return dlsym(handle_, name);
}

} // namespace parallax
