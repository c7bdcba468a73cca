#include "apply.h"
#include "configuration.h"
#include "extensions.h"
#include "front_matter.h"
#include "glob.h"
#include "layer.h"

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <system_error>
#include <tuple>
#include <utility>

namespace parallax::config {
namespace fs = std::filesystem;
using json = nlohmann::json;

namespace {

constexpr std::string_view kWorkspaceFileName = ".parallax.json";
constexpr std::string_view kEditorSettings = "editor settings";

/// $XDG_CONFIG_HOME/parallax/config.json, else ~/.config/parallax/config.json.
fs::path user_config_path() {
    if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg != nullptr && *xdg == '/') {
        return fs::path(xdg) / "parallax" / "config.json";
    }
    if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
        return fs::path(home) / ".config" / "parallax" / "config.json";
    }
    return {};
}

fs::path normal_absolute(const fs::path& path) {
    std::error_code ec;
    fs::path absolute = fs::absolute(path, ec);
    return (ec ? path : absolute).lexically_normal();
}

/// A path as configuration wrote it: "~/" is the home folder, a relative path is relative to
/// `folder`.
fs::path expand(const std::string& text, const fs::path& folder) {
    if (text.starts_with("~/")) {
        if (const char* home = std::getenv("HOME"); home != nullptr) {
            return normal_absolute(fs::path(home) / text.substr(2));
        }
    }
    const fs::path path(text);
    return normal_absolute(path.is_absolute() ? path : folder / path);
}

bool file_exists(const fs::path& path) {
    std::error_code ec;
    return fs::is_regular_file(path, ec);
}

std::string origin_of(const Layer& layer) {
    switch (layer.kind) {
    case LayerKind::EditorSettings:
        return std::string(kEditorSettings);
    case LayerKind::FrontMatter:
        return "front matter";
    default:
        return layer.file;
    }
}

bool is_trusted(LayerKind kind) {
    return kind == LayerKind::UserFile || kind == LayerKind::EditorSettings;
}

bool override_matches(const Override& entry, const fs::path& folder, const fs::path& draft) {
    const fs::path relative = draft.lexically_relative(folder);
    const std::string path = relative.generic_string();
    if (relative.empty() || path.starts_with("../") || path == "..") {
        return false;
    }
    return std::any_of(entry.files.begin(), entry.files.end(),
                       [&](const std::string& glob) { return glob_matches(glob, path); });
}

/// Each file's errors together, files in the order they first appear, lines in order.
void sort_errors(std::vector<ConfigError>& errors) {
    std::vector<std::string> files;
    for (const auto& error : errors) {
        if (std::find(files.begin(), files.end(), error.file) == files.end()) {
            files.push_back(error.file);
        }
    }
    auto rank = [&](const ConfigError& error) {
        return std::tuple(std::find(files.begin(), files.end(), error.file) - files.begin(),
                          error.line, error.column);
    };
    std::stable_sort(errors.begin(), errors.end(),
                     [&](const ConfigError& a, const ConfigError& b) { return rank(a) < rank(b); });
}

std::optional<Layer> editor_layer(const json& settings) {
    if (settings.is_null()) {
        return std::nullopt;
    }
    // Editor settings come without positions: their errors name the key only.
    return read_layer(LayerKind::EditorSettings, std::string(kEditorSettings), {}, settings,
                      [](const json::json_pointer&, bool) {
                          return protocol::SourcePosition{0, 0};
                      });
}

} // namespace

std::string ConfigError::to_string() const {
    std::string out = file;
    if (line > 0) {
        out += ":" + std::to_string(line) + ":" + std::to_string(column);
    }
    out += ": ";
    if (!key.empty()) {
        out += key + ": ";
    }
    return out + message;
}

struct Resolver::State {
    struct CachedLayer {
        fs::file_time_type modified;
        std::uintmax_t size = 0;
        Layer layer;
    };

    UserSettings user;
    fs::path user_file;
    std::optional<Layer> editor;
    /// Folder -> the nearest .parallax.json at or above it (none: empty), until invalidate().
    std::map<fs::path, fs::path> nearest;
    /// Parsed configuration files by path and role, re-read when their time or size changes
    /// (invalidate() is the sure way: a same-size edit within the clock's tick looks unchanged).
    std::map<std::pair<fs::path, LayerKind>, CachedLayer> files;
    Extensions extensions;

    const Layer& file_layer(const fs::path& path, LayerKind kind) {
        std::error_code time_error;
        std::error_code size_error;
        const auto modified = fs::last_write_time(path, time_error);
        const auto size = fs::file_size(path, size_error);
        auto found = files.find({path, kind});
        if (found != files.end() && !time_error && !size_error &&
            found->second.modified == modified && found->second.size == size) {
            return found->second.layer;
        }
        CachedLayer entry{modified, size_error ? 0 : size, read_layer_file(kind, path)};
        return files.insert_or_assign({path, kind}, std::move(entry)).first->second.layer;
    }

    const fs::path& nearest_file(const fs::path& folder) {
        if (auto found = nearest.find(folder); found != nearest.end()) {
            return found->second;
        }
        fs::path result;
        if (file_exists(folder / kWorkspaceFileName)) {
            result = folder / kWorkspaceFileName;
        } else if (folder.has_parent_path() && folder.parent_path() != folder) {
            result = nearest_file(folder.parent_path());
        }
        return nearest.insert_or_assign(folder, std::move(result)).first->second;
    }

    /// The workspace files for a draft in `folder`, farthest first: --config alone, or each
    /// .parallax.json from the folder upwards until one says "root": true.
    std::vector<const Layer*> workspace_layers(const fs::path& folder) {
        if (!user.config_file.empty()) {
            return {&file_layer(normal_absolute(user.config_file), LayerKind::WorkspaceFile)};
        }
        std::vector<const Layer*> chain;
        for (fs::path file = nearest_file(folder); !file.empty();) {
            const Layer& layer = file_layer(file, LayerKind::WorkspaceFile);
            chain.insert(chain.begin(), &layer);
            const fs::path above = file.parent_path().parent_path();
            if (layer.root || above == file.parent_path()) {
                break;
            }
            file = nearest_file(above);
        }
        return chain;
    }

    void add_extension(Loaded loaded, const Layer* layer, const Where& where, Resolved& out) {
        if (auto* error = std::get_if<ConfigError>(&loaded)) {
            if (!error->file.empty() || layer == nullptr) {
                out.errors.push_back(std::move(*error));
            } else {
                out.errors.push_back(layer->error(where, error->message));
            }
            return;
        }
        auto plugin = std::get<std::shared_ptr<const Plugin>>(std::move(loaded));
        auto& extras = out.settings.extra_plugins;
        if (std::find(extras.begin(), extras.end(), plugin) != extras.end()) {
            return; // named twice, loaded once
        }
        if (Catalogue(extras).plugin(plugin->id()) != nullptr) {
            const std::string message = "a plugin named \"" + std::string(plugin->id()) +
                                        "\" is already loaded; plugin ids must be unique";
            out.errors.push_back(layer != nullptr ? layer->error(where, message)
                                                  : ConfigError{"", 0, 0, "", message});
            return;
        }
        extras.push_back(std::move(plugin));
    }

    void load_extensions(const Layer& layer, Resolved& out) {
        for (const PathEntry& pack : layer.rulepacks) {
            if (!names_pack_file(pack.text)) {
                add_extension(extensions.builtin_pack(pack.text), &layer, pack.where, out);
                continue;
            }
            if (layer.kind == LayerKind::EditorSettings && !pack.text.starts_with("~/") &&
                !fs::path(pack.text).is_absolute()) {
                out.errors.push_back(layer.error(
                    pack.where, "a rule pack in editor settings needs an absolute path"));
                continue;
            }
            const fs::path path = expand(pack.text, layer.folder);
            out.files.push_back(path);
            add_extension(extensions.pack_file(path), &layer, pack.where, out);
        }
        for (const PathEntry& plugin : layer.plugins) {
            if (!is_trusted(layer.kind)) {
                out.errors.push_back(layer.error(
                    plugin.where,
                    "\"" + plugin.text +
                        "\" names a shared-object plugin; workspace configuration cannot load "
                        "code — add it to your user configuration "
                        "(~/.config/parallax/config.json) or pass --plugin"));
                continue;
            }
            if (layer.kind == LayerKind::EditorSettings && !plugin.text.starts_with("~/") &&
                !fs::path(plugin.text).is_absolute()) {
                out.errors.push_back(layer.error(
                    plugin.where, "a plugin in editor settings needs an absolute path"));
                continue;
            }
            add_extension(extensions.shared_object(expand(plugin.text, layer.folder)), &layer,
                          plugin.where, out);
        }
    }
};

Resolver::Resolver(UserSettings user) : state_(std::make_unique<State>()) {
    state_->editor = editor_layer(user.editor_settings);
    if (user.read_user_config_file) {
        state_->user_file = user_config_path();
    }
    state_->user = std::move(user);
}

Resolver::~Resolver() = default;

void Resolver::invalidate() {
    state_->nearest.clear();
    state_->files.clear();
    state_->extensions.invalidate();
}

void Resolver::set_editor_settings(json settings) {
    state_->editor = editor_layer(settings);
    state_->user.editor_settings = std::move(settings);
}

Resolved Resolver::resolve(const fs::path& draft, std::string_view text) {
    State& state = *state_;
    Resolved out;
    const fs::path path = normal_absolute(draft);

    // Lowest precedence first: user file, editor settings, workspace files (farthest first).
    std::vector<const Layer*> layers;
    if (!state.user_file.empty() && file_exists(state.user_file)) {
        layers.push_back(&state.file_layer(state.user_file, LayerKind::UserFile));
    }
    if (state.editor) {
        layers.push_back(&*state.editor);
    }
    for (const Layer* layer : state.workspace_layers(path.parent_path())) {
        layers.push_back(layer);
    }
    const std::optional<Layer> front = read_front_matter(text, path);
    if (front) {
        layers.push_back(&*front);
    }

    for (const Layer* layer : layers) {
        if (layer->kind == LayerKind::UserFile || layer->kind == LayerKind::WorkspaceFile) {
            out.files.emplace_back(layer->file);
        }
        out.errors.insert(out.errors.end(), layer->errors.begin(), layer->errors.end());
    }
    // --plugin first, then what each layer names: packs from any file, code only from the
    // user's own.
    for (const fs::path& plugin : state.user.plugins) {
        Loaded loaded = state.extensions.shared_object(normal_absolute(plugin));
        if (auto* error = std::get_if<ConfigError>(&loaded)) {
            error->file = plugin.string();
            error->key = "--plugin";
        }
        state.add_extension(std::move(loaded), nullptr, {}, out);
    }
    for (const Layer* layer : layers) {
        state.load_extensions(*layer, out);
    }

    const Catalogue catalogue(out.settings.extra_plugins);
    for (const Layer* layer : layers) {
        const std::string origin = origin_of(*layer);
        apply_block(layer->base, *layer, origin, catalogue, out);
        for (const Override& entry : layer->overrides) {
            if (override_matches(entry, layer->folder, path)) {
                apply_block(entry.block, *layer, origin + " (" + entry.label + ")", catalogue, out);
            }
        }
    }
    sort_errors(out.errors);
    std::vector<fs::path> files;
    for (auto& file : out.files) {
        if (std::find(files.begin(), files.end(), file) == files.end()) {
            files.push_back(std::move(file));
        }
    }
    out.files = std::move(files);
    return out;
}

} // namespace parallax::config
