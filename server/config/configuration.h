#pragma once
// Configuration: .parallax.json files (JSON with comments) found from a draft's folder upwards
// or named with --config, the user's own configuration (user config directory, --plugin, editor
// settings), and a draft's `parallax:` front matter, resolved into the CheckSettings of one
// draft. Only the user's own configuration may load shared-object plugins.

#include "check_settings.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace parallax::config {

/// A mistake in a configuration file, a rule pack or a draft's front matter, and where it is.
struct ConfigError {
    std::string file;         // the file at fault, as a path
    std::uint32_t line = 0;   // 1-based; 0 when the whole file is at fault (e.g. unreadable)
    std::uint32_t column = 0; // 1-based, in bytes
    std::string key;          // the offending key, e.g. "rules.claims/no-such-rule"; may be empty
    std::string message;
    std::string to_string() const; // "file:line:column: key: message"
};

/// What the user's own configuration says. Trusted: it may name shared-object plugins.
struct UserSettings {
    /// --config: used instead of searching for .parallax.json (still validated the same way).
    std::filesystem::path config_file;
    /// --plugin paths.
    std::vector<std::filesystem::path> plugins;
    /// The editor's "parallax" settings section (same schema as .parallax.json); null if none.
    nlohmann::json editor_settings;
    /// Whether to read the user config file ($XDG_CONFIG_HOME/parallax/config.json, else
    /// ~/.config/parallax/config.json). Tests turn it off.
    bool read_user_config_file = true;
};

struct Resolved {
    CheckSettings settings;
    /// Every problem found; when not empty, `settings` holds what could be applied.
    std::vector<ConfigError> errors;
    /// The configuration files that contributed (to watch them): user config file, each
    /// .parallax.json (or --config), and the rule packs they name.
    std::vector<std::filesystem::path> files;
    /// Where each entry of `settings.rules` was last set: a file path, "editor settings" or
    /// "front matter", with " (overrides[N])" when an override set it. For `parallax rules`.
    std::map<std::string, std::string, std::less<>> rule_origins;
};

/// Finds, parses, validates and caches configuration, and resolves each draft's settings.
/// Not thread-safe: one per CLI run or language-server session.
class Resolver {
public:
    explicit Resolver(UserSettings user);
    ~Resolver();
    Resolver(const Resolver&) = delete;
    Resolver& operator=(const Resolver&) = delete;

    /// The settings for the draft at `draft` whose text is `text` (its front matter counts).
    /// Layers, lowest first: user config file, editor settings, each .parallax.json from the
    /// farthest (up to one with "root": true) to the nearest — or the --config file alone —,
    /// each followed by its matching overrides, then the draft's front matter. Cheap when
    /// nothing changed: the search for .parallax.json is cached per folder, parsed files are
    /// re-read only when their modification time or size changes, rule packs and shared
    /// objects are loaded once.
    Resolved resolve(const std::filesystem::path& draft, std::string_view text);
    /// Forgets the cached search and parsed files and rule packs (after a change on disk, e.g.
    /// a .parallax.json created or deleted). Loaded shared objects stay loaded.
    void invalidate();
    /// Replaces the editor's settings (workspace/configuration, didChangeConfiguration).
    void set_editor_settings(nlohmann::json settings);

private:
    struct State;
    std::unique_ptr<State> state_;
};

} // namespace parallax::config
