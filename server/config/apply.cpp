#include "apply.h"

#include "edit_distance.h"

#include "engine_rules.h"

#include <algorithm>

namespace parallax::config {
namespace {

using json = nlohmann::json;

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) {
        out += (out.empty() ? "" : ", ") + item;
    }
    return out;
}

/// The rule or plugin id the writer probably meant: one that starts with what they wrote, or
/// one a few typos away. Empty when nothing is close.
std::string closest_id(std::string_view wanted, const Catalogue& catalogue) {
    std::string best;
    std::size_t best_distance = 4; // more typos than this is a different word
    auto consider = [&](std::string_view id) {
        const std::size_t distance = id.starts_with(wanted) ? 0 : edit_distance(wanted, id);
        if (distance < best_distance) {
            best = std::string(id);
            best_distance = distance;
        }
    };
    for (const Plugin* plugin : catalogue.plugins()) {
        consider(plugin->id());
        for (const RuleInfo& rule : plugin->rules()) {
            consider(rule.id);
        }
    }
    return best;
}

std::string plugin_ids(const Catalogue& catalogue) {
    std::vector<std::string> ids;
    for (const Plugin* plugin : catalogue.plugins()) {
        ids.emplace_back(plugin->id());
    }
    return join(ids);
}

std::string option_names(const Plugin& plugin) {
    std::vector<std::string> names;
    for (const OptionInfo& option : plugin.options()) {
        names.push_back(option.name);
    }
    return names.empty() ? std::string(plugin.id()) + " has no options"
                         : "options of " + std::string(plugin.id()) + ": " + join(names);
}

/// `value` as the type of `info`'s default, or an error message.
std::variant<OptionValue, std::string> option_value(const json& value, const OptionInfo& info) {
    const OptionType type = type_of(info.default_value);
    const std::string expected = "expected a " + std::string(to_string(type)) + ", found ";
    switch (type) {
    case OptionType::Flag:
        if (value.is_boolean()) {
            return OptionValue(value.get<bool>());
        }
        break;
    case OptionType::Number:
        if (value.is_number()) {
            return OptionValue(value.get<double>());
        }
        break;
    case OptionType::String:
        if (value.is_string()) {
            return OptionValue(value.get<std::string>());
        }
        break;
    case OptionType::Strings:
        if (value.is_array() && std::all_of(value.begin(), value.end(),
                                            [](const json& item) { return item.is_string(); })) {
            return OptionValue(value.get<std::vector<std::string>>());
        }
        if (value.is_array()) {
            return std::string("expected a list of strings, found a list with other values");
        }
        break;
    }
    return expected + (value.is_string() ? std::string("a string") : value.dump());
}

const OptionInfo* find_option(const Plugin& plugin, std::string_view name) {
    for (const OptionInfo& option : plugin.options()) {
        if (option.name == name) {
            return &option;
        }
    }
    return nullptr;
}

/// The plugin an option entry is for: named, or for a shorthand the one declaring the option.
const Plugin* option_owner(const OptionEntry& entry, const Layer& layer, const Catalogue& catalogue,
                           Resolved& out) {
    if (!entry.plugin.empty()) {
        const Plugin* plugin = catalogue.plugin(entry.plugin);
        if (plugin == nullptr) {
            return nullptr; // reported once for the plugin, not for each of its options
        }
        if (find_option(*plugin, entry.name) == nullptr) {
            out.errors.push_back(layer.error(entry.where, "unknown option \"" + entry.name +
                                                              "\"; " + option_names(*plugin)));
            return nullptr;
        }
        return plugin;
    }
    std::vector<const Plugin*> owners;
    for (const Plugin* plugin : catalogue.plugins()) {
        if (find_option(*plugin, entry.name) != nullptr) {
            owners.push_back(plugin);
        }
    }
    if (owners.size() == 1) {
        return owners.front();
    }
    if (owners.empty()) {
        out.errors.push_back(layer.error(
            entry.where, "unknown setting \"" + entry.name +
                             "\": not \"rules\" or \"options\", and no plugin has an option of "
                             "that name"));
    } else {
        std::vector<std::string> ids;
        for (const Plugin* plugin : owners) {
            ids.emplace_back(plugin->id());
        }
        out.errors.push_back(
            layer.error(entry.where, "ambiguous option \"" + entry.name + "\": " + join(ids) +
                                         " all have it; write options: {" + ids.front() + ": {" +
                                         entry.name + ": ...}}"));
    }
    return nullptr;
}

void apply_rules(const Block& block, const Layer& layer, const std::string& origin,
                 const Catalogue& catalogue, Resolved& out) {
    std::vector<const RuleEntry*> plugin_entries;
    std::vector<const RuleEntry*> rule_entries;
    for (const RuleEntry& entry : block.rules) {
        if (catalogue.plugin(entry.id) != nullptr) {
            plugin_entries.push_back(&entry);
        } else if (catalogue.has_rule(entry.id)) {
            rule_entries.push_back(&entry);
        } else {
            const std::string guess = closest_id(entry.id, catalogue);
            out.errors.push_back(layer.error(
                entry.where, "unknown rule or plugin \"" + entry.id + "\"" +
                                 (guess.empty() ? "" : "; did you mean \"" + guess + "\"?") +
                                 " (`parallax rules` lists them; plugins are " +
                                 plugin_ids(catalogue) + ")"));
        }
    }
    for (const RuleEntry* entry : plugin_entries) {
        const std::string prefix = entry->id + "/";
        std::erase_if(out.settings.rules,
                      [&](const auto& rule) { return rule.first.starts_with(prefix); });
        std::erase_if(out.rule_origins,
                      [&](const auto& rule) { return rule.first.starts_with(prefix); });
        out.settings.rules.insert_or_assign(entry->id, entry->setting);
        out.rule_origins.insert_or_assign(entry->id, origin);
    }
    for (const RuleEntry* entry : rule_entries) {
        out.settings.rules.insert_or_assign(entry->id, entry->setting);
        out.rule_origins.insert_or_assign(entry->id, origin);
    }
}

} // namespace

Catalogue::Catalogue(std::span<const std::shared_ptr<const Plugin>> extras) {
    for (const auto& plugin : PluginRegistry::instance().plugins()) {
        plugins_.push_back(plugin.get());
    }
    for (const auto& plugin : extras) {
        plugins_.push_back(plugin.get());
    }
    plugins_.push_back(&engine_rules_plugin());
}

const Plugin* Catalogue::plugin(std::string_view id) const {
    auto found = std::find_if(plugins_.begin(), plugins_.end(),
                              [&](const Plugin* plugin) { return plugin->id() == id; });
    return found == plugins_.end() ? nullptr : *found;
}

bool Catalogue::has_rule(std::string_view rule_id) const {
    return std::any_of(plugins_.begin(), plugins_.end(), [&](const Plugin* plugin) {
        const auto rules = plugin->rules();
        return std::any_of(rules.begin(), rules.end(),
                           [&](const RuleInfo& rule) { return rule.id == rule_id; });
    });
}

void apply_block(const Block& block, const Layer& layer, const std::string& origin,
                 const Catalogue& catalogue, Resolved& out) {
    apply_rules(block, layer, origin, catalogue, out);
    for (const auto& [id, where] : block.option_plugins) {
        if (catalogue.plugin(id) == nullptr) {
            out.errors.push_back(layer.error(where, "unknown plugin \"" + id + "\"; plugins are " +
                                                        plugin_ids(catalogue)));
        }
    }
    for (const OptionEntry& entry : block.options) {
        const Plugin* plugin = option_owner(entry, layer, catalogue, out);
        if (plugin == nullptr) {
            continue;
        }
        const OptionInfo* info = find_option(*plugin, entry.name);
        auto value = option_value(entry.value, *info);
        if (auto* message = std::get_if<std::string>(&value)) {
            out.errors.push_back(layer.error(entry.where, std::string(plugin->id()) + " option \"" +
                                                              entry.name + "\": " + *message));
            continue;
        }
        out.settings.options[std::string(plugin->id())].set(
            entry.name, std::get<OptionValue>(std::move(value)));
    }
}

} // namespace parallax::config
