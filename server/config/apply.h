#pragma once
// Applying a layer's rules and options to a draft's settings, checked against the plugins that
// are there: the built-ins and the rule packs and shared-object plugins configuration loaded.

#include "configuration.h"
#include "layer.h"

#include "parallax/plugin_interface.h"

#include <span>
#include <string>
#include <vector>

namespace parallax::config {

class Catalogue {
public:
    /// The registry's plugins, then `extras`.
    explicit Catalogue(std::span<const std::shared_ptr<const Plugin>> extras);
    const Plugin* plugin(std::string_view id) const;
    bool has_rule(std::string_view rule_id) const;
    const std::vector<const Plugin*>& plugins() const { return plugins_; }

private:
    std::vector<const Plugin*> plugins_;
};

/// Sets what `block` says in `out.settings` and `out.rule_origins` (`origin` names where it was
/// said). Unknown rules, plugins and options and values of the wrong type become errors in
/// `out.errors` and are left out. A plugin entry ("claims": "off") replaces what earlier layers
/// said about that plugin's rules; within one block a rule's own entry wins over its plugin's.
void apply_block(const Block& block, const Layer& layer, const std::string& origin,
                 const Catalogue& catalogue, Resolved& out);

} // namespace parallax::config
