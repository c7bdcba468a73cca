#include "shared_object_plugin.h"

#include "c_plugin_adapter.h"
#include "shared_library.h"

#include <system_error>

namespace parallax {

std::variant<std::shared_ptr<const Plugin>, PluginLoadError>
load_shared_object_plugin(const std::filesystem::path& path) {
    // An absolute path: dlopen searches the library path for a name without a slash, and
    // must load exactly the file the user named, nothing else.
    std::error_code ec;
    const std::filesystem::path absolute = std::filesystem::absolute(path, ec);
    const std::string shown = path.string();
    if (ec || !std::filesystem::is_regular_file(absolute, ec)) {
        return PluginLoadError{PluginLoadError::Kind::NotFound, shown,
                               "no plugin file at " + shown};
    }
    auto library = SharedLibrary::open(absolute);
    if (auto* error = std::get_if<std::string>(&library)) {
        return PluginLoadError{PluginLoadError::Kind::NotFound, shown,
                               "cannot load " + shown + ": " + *error};
    }
    auto& loaded = std::get<std::shared_ptr<const SharedLibrary>>(library);
    void* entry = loaded->symbol(PARALLAX_PLUGIN_ENTRY_SYMBOL);
    if (entry == nullptr) {
        return PluginLoadError{PluginLoadError::Kind::MissingSymbol, shown,
                               shown +
                                   " does not export " PARALLAX_PLUGIN_ENTRY_SYMBOL
                                   ": is it a Parallax plugin, built with PARALLAX_PLUGIN_EXPORT "
                                   "from parallax/plugin.h?"};
    }
    // POSIX guarantees that a dlsym result converts to a function pointer.
    const auto entry_fn = reinterpret_cast<parallax_plugin_entry_fn>(entry);
    return adapt_c_plugin(entry_fn, shown, std::move(loaded));
}

} // namespace parallax
