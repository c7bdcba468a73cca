#pragma once
// Reads and checks the table a C plugin's entry point returned, before anything else of the
// plugin is called.

#include "shared_object_plugin.h"

#include "parallax/plugin.h"

#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace parallax {

/// A checked plugin table, with its strings copied.
struct PluginTable {
    std::string id;
    std::vector<RuleInfo> rules;
    std::vector<OptionInfo> options;
    parallax_check_fn check = nullptr;
};

/// Checks `table` (what an entry point returned when asked for this host's ABI): AbiMismatch
/// when it is null or speaks another version, Invalid when it is malformed (no id, a rule id
/// outside the plugin, a missing summary, a bad severity, an option default of the wrong type,
/// no check function, ...). `path` names the plugin in the error.
std::variant<PluginTable, PluginLoadError> read_plugin_table(const parallax_plugin_v1* table,
                                                             std::string_view path);

} // namespace parallax
