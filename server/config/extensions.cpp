#include "extensions.h"

#ifdef PARALLAX_HAVE_RULEPACKS
#include "parallax/rulepacks/rule_pack.h"
#endif
#ifdef PARALLAX_HAVE_PLUGIN_LOADER
#include "shared_object_plugin.h"
#endif

#include <system_error>

namespace parallax::config {
namespace {

ConfigError entry_error(std::string message) {
    return ConfigError{"", 0, 0, "", std::move(message)};
}

#ifdef PARALLAX_HAVE_RULEPACKS
Loaded from_pack(rulepacks::PackResult result, const std::string& file) {
    if (auto* plugin = std::get_if<std::shared_ptr<const Plugin>>(&result)) {
        return std::move(*plugin);
    }
    auto& error = std::get<rulepacks::PackError>(result);
    if (error.line == 0 || file.empty()) {
        std::string where = error.key.empty() ? "" : error.key + ": ";
        return entry_error(where + error.message);
    }
    return ConfigError{file, error.line, error.column, error.key, error.message};
}
#endif

} // namespace

bool names_pack_file(std::string_view text) {
    return text.find('/') != std::string_view::npos ||
           (text.size() > 5 && text.substr(text.size() - 5) == ".json");
}

Loaded Extensions::builtin_pack(const std::string& name) {
    if (auto found = builtin_packs_.find(name); found != builtin_packs_.end()) {
        return found->second;
    }
#ifdef PARALLAX_HAVE_RULEPACKS
    Loaded loaded = from_pack(rulepacks::builtin_rule_pack(name), "");
#else
    Loaded loaded = entry_error("rule packs are not available in this build");
#endif
    builtin_packs_.emplace(name, loaded);
    return loaded;
}

Loaded Extensions::pack_file(const std::filesystem::path& path) {
    std::error_code ec;
    const auto modified = std::filesystem::last_write_time(path, ec);
    if (ec) {
        return entry_error("cannot read the rule pack " + path.string() + ": " + ec.message());
    }
    if (auto found = pack_files_.find(path);
        found != pack_files_.end() && found->second.modified == modified) {
        return found->second.result;
    }
#ifdef PARALLAX_HAVE_RULEPACKS
    Loaded loaded = from_pack(rulepacks::load_rule_pack(path), path.string());
#else
    Loaded loaded = entry_error("rule packs are not available in this build");
#endif
    pack_files_.insert_or_assign(path, CachedPack{modified, loaded});
    return loaded;
}

Loaded Extensions::shared_object(const std::filesystem::path& path) {
    if (auto found = shared_objects_.find(path); found != shared_objects_.end()) {
        return found->second;
    }
#ifdef PARALLAX_HAVE_PLUGIN_LOADER
    auto result = load_shared_object_plugin(path);
    Loaded loaded = std::holds_alternative<PluginLoadError>(result)
                        ? Loaded(entry_error(std::get<PluginLoadError>(result).message))
                        : Loaded(std::get<std::shared_ptr<const Plugin>>(std::move(result)));
#else
    Loaded loaded = entry_error("cannot load " + path.string() +
                                ": shared-object plugins are not available in this build");
#endif
    shared_objects_.emplace(path, loaded);
    return loaded;
}

void Extensions::invalidate() {
    pack_files_.clear();
    std::erase_if(builtin_packs_, [](const auto& entry) {
        return std::holds_alternative<ConfigError>(entry.second);
    });
    std::erase_if(shared_objects_, [](const auto& entry) {
        return std::holds_alternative<ConfigError>(entry.second);
    });
}

} // namespace parallax::config
