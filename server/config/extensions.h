#pragma once
// Rule packs and shared-object plugins named by configuration, each loaded once and shared by
// every draft that uses it.

#include "configuration.h"

#include "parallax/plugin_interface.h"

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <variant>

namespace parallax::config {

/// A loaded plugin, or what went wrong. An error whose `file` is empty is about the entry that
/// named the pack or plugin (the caller adds its file, line and key); one with a file is about a
/// line of the pack itself.
using Loaded = std::variant<std::shared_ptr<const Plugin>, ConfigError>;

class Extensions {
public:
    /// A shipped pack by name ("geopolitical-naming").
    Loaded builtin_pack(const std::string& name);
    /// The pack at `path` (absolute); reloaded when the file changes.
    Loaded pack_file(const std::filesystem::path& path);
    /// The shared object at `path` (absolute). Only for paths from the user's own configuration.
    Loaded shared_object(const std::filesystem::path& path);
    /// Forgets failures and packs (they are re-read on next use); loaded shared objects stay.
    void invalidate();

private:
    struct CachedPack {
        std::filesystem::file_time_type modified;
        Loaded result;
    };
    std::map<std::string, Loaded, std::less<>> builtin_packs_;
    std::map<std::filesystem::path, CachedPack> pack_files_;
    std::map<std::filesystem::path, Loaded> shared_objects_;
};

/// True when `text` (an entry of "rulepacks") names a file rather than a shipped pack: it has a
/// '/' or ends in ".json".
bool names_pack_file(std::string_view text);

} // namespace parallax::config
