#include "layer.h"

#include <fstream>
#include <optional>
#include <sstream>

namespace parallax::config {
namespace {

using json = nlohmann::json;
using pointer = json::json_pointer;

constexpr std::string_view kSeverityChoices =
    R"("off", "on", "error", "warning", "information" or "hint")";

/// Walks one layer's value, collecting entries and shape errors.
class LayerReader {
public:
    LayerReader(Layer& layer, const Locate& locate) : layer_(layer), locate_(locate) {}

    void read(const json& value) {
        if (!value.is_object()) {
            fail(value_at(pointer(), ""), std::string("expected an object, found ") +
                                              std::string(protocol::describe_type(value)));
            return;
        }
        for (const auto& [name, member] : value.items()) {
            const pointer at = pointer() / name;
            const Where where = key_at(at, name);
            if (layer_.kind == LayerKind::EditorSettings &&
                (member.is_null() || name == "path" || name == "trace")) {
                // Editors send null for settings left unset, and their section also holds the
                // client's own settings (the binary's path, protocol tracing).
                continue;
            }
            if (name == "rules") {
                read_rules(member, at, name, layer_.base);
            } else if (name == "options") {
                read_options(member, at, name, layer_.base);
            } else if (layer_.kind == LayerKind::FrontMatter) {
                if (name == "overrides" || name == "rulepacks" || name == "plugins" ||
                    name == "root") {
                    fail(where, "cannot be set in front matter; put it in .parallax.json");
                } else {
                    read_shorthand(name, member, at);
                }
            } else if (name == "$schema") {
                expect_string(member, at, name);
            } else if (name == "overrides") {
                read_overrides(member, at, name, where);
            } else if (name == "rulepacks") {
                read_paths(member, at, name, layer_.rulepacks);
            } else if (name == "plugins") {
                read_paths(member, at, name, layer_.plugins);
            } else if (name == "root" && !users_own()) {
                if (member.is_boolean()) {
                    layer_.root = member.get<bool>();
                } else {
                    wrong_type(member, at, name, "true or false");
                }
            } else if (name == "root") {
                fail(where, "\"root\" belongs in .parallax.json, where there are folders above");
            } else {
                fail(where, "unknown key; expected \"rules\", \"options\", \"overrides\", "
                            "\"rulepacks\", \"plugins\", \"root\" or \"$schema\"");
            }
        }
    }

private:
    Layer& layer_;
    const Locate& locate_;

    /// The user config file and editor settings: no folder of drafts around them.
    bool users_own() const {
        return layer_.kind == LayerKind::UserFile || layer_.kind == LayerKind::EditorSettings;
    }
    Where key_at(const pointer& at, std::string key) const {
        return {locate_(at, true), std::move(key)};
    }
    Where value_at(const pointer& at, std::string key) const {
        return {locate_(at, false), std::move(key)};
    }
    void fail(const Where& where, std::string message) {
        layer_.errors.push_back(layer_.error(where, std::move(message)));
    }
    void wrong_type(const json& value, const pointer& at, const std::string& key,
                    std::string_view expected) {
        fail(value_at(at, key), "expected " + std::string(expected) + ", found " +
                                    std::string(protocol::describe_type(value)));
    }
    bool expect_string(const json& value, const pointer& at, const std::string& key) {
        if (!value.is_string()) {
            wrong_type(value, at, key, "a string");
            return false;
        }
        return true;
    }

    void read_rules(const json& rules, const pointer& at, const std::string& key, Block& into) {
        if (!rules.is_object()) {
            wrong_type(rules, at, key, "an object of rule or plugin ids");
            return;
        }
        for (const auto& [id, value] : rules.items()) {
            const std::string entry_key = key + "." + id;
            if (auto setting = read_rule_setting(value, at / id, entry_key)) {
                into.rules.push_back({id, *setting, key_at(at / id, entry_key)});
            }
        }
    }

    std::optional<RuleSetting> read_rule_setting(const json& value, const pointer& at,
                                                 const std::string& key) {
        if (value.is_string()) {
            const auto& text = value.get_ref<const std::string&>();
            if (text == "off") {
                return RuleSetting{false, std::nullopt};
            }
            if (text == "on") {
                return RuleSetting{true, std::nullopt};
            }
            if (auto severity = severity_named(text)) {
                return RuleSetting{true, severity};
            }
            fail(value_at(at, key),
                 "bad severity \"" + text + "\"; expected " + std::string(kSeverityChoices));
            return std::nullopt;
        }
        if (!value.is_object()) {
            wrong_type(value, at, key,
                       std::string(kSeverityChoices) + R"(, or {"enabled": ..., "severity": ...})");
            return std::nullopt;
        }
        RuleSetting setting;
        bool ok = true;
        for (const auto& [name, member] : value.items()) {
            const std::string member_key = key + "." + name;
            if (name == "enabled") {
                if (member.is_boolean()) {
                    setting.enabled = member.get<bool>();
                } else {
                    wrong_type(member, at / name, member_key, "true or false");
                    ok = false;
                }
            } else if (name == "severity") {
                const auto severity = member.is_string()
                                          ? severity_named(member.get_ref<const std::string&>())
                                          : std::nullopt;
                if (severity) {
                    setting.severity = severity;
                } else {
                    fail(value_at(at / name, member_key),
                         "bad severity " + member.dump() +
                             R"(; expected "error", "warning", "information" or "hint")");
                    ok = false;
                }
            } else {
                fail(key_at(at / name, member_key),
                     R"(unknown key; a rule setting has "enabled" and "severity")");
                ok = false;
            }
        }
        return ok ? std::optional(setting) : std::nullopt;
    }

    void read_options(const json& options, const pointer& at, const std::string& key, Block& into) {
        if (!options.is_object()) {
            wrong_type(options, at, key, "an object of plugin ids");
            return;
        }
        for (const auto& [plugin, values] : options.items()) {
            const std::string plugin_key = key + "." + plugin;
            into.option_plugins.emplace_back(plugin, key_at(at / plugin, plugin_key));
            if (!values.is_object()) {
                wrong_type(values, at / plugin, plugin_key, "an object of option names");
                continue;
            }
            for (const auto& [name, value] : values.items()) {
                into.options.push_back(
                    {plugin, name, value, key_at(at / plugin / name, plugin_key + "." + name)});
            }
        }
    }

    void read_shorthand(const std::string& name, const json& value, const pointer& at) {
        layer_.base.options.push_back({"", name, value, key_at(at, name)});
    }

    void read_paths(const json& list, const pointer& at, const std::string& key,
                    std::vector<PathEntry>& into) {
        if (!list.is_array()) {
            wrong_type(list, at, key, "a list of strings");
            return;
        }
        for (std::size_t i = 0; i < list.size(); ++i) {
            const std::string item_key = key + "[" + std::to_string(i) + "]";
            const pointer item = at / i;
            if (!expect_string(list[i], item, item_key)) {
                continue;
            }
            if (list[i].get_ref<const std::string&>().empty()) {
                fail(value_at(item, item_key), "empty path");
                continue;
            }
            into.push_back({list[i].get<std::string>(), value_at(item, item_key)});
        }
    }

    void read_overrides(const json& list, const pointer& at, const std::string& key,
                        const Where& where) {
        if (users_own()) {
            fail(where, "overrides belong in .parallax.json, where their globs have a folder");
            return;
        }
        if (!list.is_array()) {
            wrong_type(list, at, key, "a list of {\"files\", \"rules\", \"options\"} objects");
            return;
        }
        for (std::size_t i = 0; i < list.size(); ++i) {
            read_override(list[i], at / i, key + "[" + std::to_string(i) + "]");
        }
    }

    void read_override(const json& value, const pointer& at, const std::string& key) {
        if (!value.is_object()) {
            wrong_type(value, at, key, R"({"files": [...], "rules": ..., "options": ...})");
            return;
        }
        Override entry;
        entry.label = key;
        bool has_files = false;
        for (const auto& [name, member] : value.items()) {
            const std::string member_key = key + "." + name;
            if (name == "files") {
                has_files = true;
                std::vector<PathEntry> globs;
                read_paths(member, at / name, member_key, globs);
                for (auto& glob : globs) {
                    entry.files.push_back(std::move(glob.text));
                }
            } else if (name == "rules") {
                read_rules(member, at / name, member_key, entry.block);
            } else if (name == "options") {
                read_options(member, at / name, member_key, entry.block);
            } else {
                fail(key_at(at / name, member_key),
                     R"(unknown key; an override has "files", "rules" and "options")");
            }
        }
        if (!has_files) {
            fail(value_at(at, key), R"(an override needs "files": a list of globs)");
            return;
        }
        layer_.overrides.push_back(std::move(entry));
    }
};

} // namespace

ConfigError Layer::error(const Where& where, std::string message) const {
    return ConfigError{file, where.position.line, where.position.column,
                       where.key.empty() ? where.key : key_prefix + where.key, std::move(message)};
}

Layer read_layer(LayerKind kind, std::string file, std::filesystem::path folder, const json& value,
                 const Locate& locate, std::string key_prefix) {
    Layer layer;
    layer.kind = kind;
    layer.key_prefix = std::move(key_prefix);
    layer.file = std::move(file);
    layer.folder = std::move(folder);
    LayerReader(layer, locate).read(value);
    return layer;
}

Layer read_layer_file(LayerKind kind, const std::filesystem::path& path) {
    Layer layer;
    layer.kind = kind;
    layer.file = path.string();
    layer.folder = path.parent_path();
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    if (in.is_open()) {
        content << in.rdbuf();
    }
    if (!in.is_open() || in.bad()) {
        layer.errors.push_back({layer.file, 0, 0, "", "cannot read the configuration file"});
        return layer;
    }
    auto parsed = protocol::parse_jsonc(content.str());
    if (auto* error = std::get_if<protocol::JsoncError>(&parsed)) {
        layer.errors.push_back(
            {layer.file, error->position.line, error->position.column, "", error->message});
        return layer;
    }
    const auto& doc = std::get<protocol::JsoncDocument>(parsed);
    return read_layer(kind, layer.file, layer.folder, doc.value(),
                      [&](const json::json_pointer& at, bool key) {
                          return key ? doc.position_of(at) : doc.value_position_of(at);
                      });
}

} // namespace parallax::config
