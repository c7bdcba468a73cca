#pragma once
// Registers a C plugin linked into the binary as a built-in plugin, through the same adapter
// (and the same checks) as a shared object:
//
//     extern "C" const parallax_plugin_v1* my_plugin_entry(uint32_t host_abi_version);
//     PARALLAX_REGISTER_C_PLUGIN(my_plugin_entry);
//
// As with PARALLAX_REGISTER_PLUGIN, link the object holding the registration whole.

#include "c_plugin_adapter.h"

namespace parallax::detail {

/// Adapts `entry` and adds the plugin to the registry. A static initialiser has nobody to return
/// an error to: a malformed table is written to stderr and the plugin left out (its own tests,
/// which look it up in the registry, then fail).
class CPluginRegistration {
public:
    CPluginRegistration(parallax_plugin_entry_fn entry, const char* name);
};

} // namespace parallax::detail

#define PARALLAX_REGISTER_C_PLUGIN(entry)                                                          \
    [[maybe_unused]] static const ::parallax::detail::CPluginRegistration                          \
        parallax_c_registration_##entry {                                                          \
        &entry, #entry                                                                             \
    }
