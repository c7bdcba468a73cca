#pragma once
// One source of configuration — the user config file, the editor's settings, a .parallax.json
// (or --config) or a draft's front matter — checked for shape (known keys, right types, valid
// severities) but not yet against the plugins, which the layers themselves may load.

#include "check_settings.h"
#include "configuration.h"

#include "parallax/protocol/jsonc.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace parallax::config {

enum class LayerKind {
    UserFile,       // $XDG_CONFIG_HOME/parallax/config.json: trusted
    EditorSettings, // the editor's "parallax" section: trusted, no file, no overrides
    WorkspaceFile,  // .parallax.json found upwards, or --config: cannot load code
    FrontMatter,    // a draft's `parallax:` front matter: rules and options only
};

/// Where an entry was written, for its ConfigError.
struct Where {
    protocol::SourcePosition position{0, 0}; // line 0: unknown (editor settings)
    std::string key;                         // "rules.claims/x", "overrides[0].files[1]"
};

struct RuleEntry {
    std::string id; // rule id or plugin id, not yet checked against the plugins
    RuleSetting setting;
    Where where;
};

struct OptionEntry {
    std::string plugin; // empty for a front-matter shorthand ("region: ...")
    std::string name;
    nlohmann::json value; // not yet checked against the plugin's OptionInfo
    Where where;
};

struct Block {
    std::vector<RuleEntry> rules;
    std::vector<OptionEntry> options;
    /// Each plugin named under "options", so that `"nope": {}` is an error too.
    std::vector<std::pair<std::string, Where>> option_plugins;
};

struct Override {
    std::vector<std::string> files; // globs relative to the layer's folder
    Block block;
    std::string label; // "overrides[2]"
};

struct PathEntry {
    std::string text; // as written
    Where where;
};

struct Layer {
    LayerKind kind = LayerKind::WorkspaceFile;
    std::string file;             // for errors and origins: a path, or "editor settings"
    std::filesystem::path folder; // what relative paths and globs are relative to
    Block base;
    std::vector<Override> overrides;
    std::vector<PathEntry> rulepacks;
    std::vector<PathEntry> plugins;
    bool root = false;
    std::vector<ConfigError> errors; // shape errors; the entries in error are left out
    std::string key_prefix;          // "parallax." in front matter, so keys read as written

    ConfigError error(const Where& where, std::string message) const;
};

/// Where the value at a JSON pointer was written; `key` asks for a member's key rather than
/// its value.
using Locate =
    std::function<protocol::SourcePosition(const nlohmann::json::json_pointer& pointer, bool key)>;

/// Reads a layer from its parsed value (a JSON object, or the mapping under `parallax:`).
Layer read_layer(LayerKind kind, std::string file, std::filesystem::path folder,
                 const nlohmann::json& value, const Locate& locate, std::string key_prefix = {});

/// Reads a JSONC configuration file; an unreadable or malformed file is a layer with an error.
Layer read_layer_file(LayerKind kind, const std::filesystem::path& path);

} // namespace parallax::config
