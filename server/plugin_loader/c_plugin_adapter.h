#pragma once
// The one adapter from the C plugin ABI (parallax/plugin.h) to parallax::Plugin. Shared objects
// reach it through load_shared_object_plugin; a C plugin linked into the binary passes its entry
// point directly, and goes through exactly the same checks.
//
//     auto plugin = adapt_c_plugin(&parallax_plugin_entry, "built-in example");

#include "plugin_notes.h"
#include "shared_object_plugin.h"

#include "parallax/plugin.h"

#include <memory>
#include <string>
#include <variant>

namespace parallax {

/// Calls `entry` with this host's ABI version, checks the table it returns (AbiMismatch,
/// Invalid; a plugin id taken by a built-in plugin is Invalid too) and adapts it. `origin`
/// names the plugin in errors and notes (its path). `keep_alive` owns whatever the table lives
/// in (the library) and is held by the returned Plugin. `log` receives notes about reports the
/// adapter had to mend or drop (default: stderr).
///
/// The adapter's check builds a C view of the Document and the options JSON per call, and is
/// as thread-safe as the plugin's check, which the ABI requires to be reentrant.
std::variant<std::shared_ptr<const Plugin>, PluginLoadError>
adapt_c_plugin(parallax_plugin_entry_fn entry, std::string origin,
               std::shared_ptr<const void> keep_alive = nullptr, PluginLog log = {});

} // namespace parallax
