#pragma once
// Shared-object plugins: a library exporting the versioned C entry point of
// parallax/plugin.h, loaded with dlopen and adapted to the Plugin interface. Only paths from the
// user's own configuration reach this loader (see server/config).

#include "parallax/plugin_interface.h"

#include <filesystem>
#include <memory>
#include <string>
#include <variant>

namespace parallax {

struct PluginLoadError {
    enum class Kind {
        NotFound,      // no file there, or dlopen could not load it (message says why)
        MissingSymbol, // loaded, but it does not export the entry point
        AbiMismatch,   // the entry point speaks another ABI version
        Invalid,       // the table it returned is malformed (no id, bad rule ids, ...)
    };
    Kind kind = Kind::NotFound;
    std::string path;
    std::string message; // says what happened and what to do
};

/// Loads the plugin at `path`. The returned Plugin keeps the library loaded as long as it lives.
std::variant<std::shared_ptr<const Plugin>, PluginLoadError>
load_shared_object_plugin(const std::filesystem::path& path);

} // namespace parallax
