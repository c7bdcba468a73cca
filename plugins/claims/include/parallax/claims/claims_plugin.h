#pragma once
// The `claims` plugin: assertions that stand without support (GUIDELINES.md §1).
//
//     parallax::claims::ClaimsPlugin plugin;
//     plugin.check(*document, reporter); // reports claims/weasel-attribution findings

#include "parallax/plugin_interface.h"

namespace parallax::claims {

class ClaimsPlugin final : public Plugin {
public:
    std::string_view id() const override { return "claims"; }
    std::span<const RuleInfo> rules() const override;
    /// `known_sources`: names of sources the publication trusts; a sentence naming one is
    /// sourced.
    std::span<const OptionInfo> options() const override;
    void check(const Document& document, const Options& options, Reporter& reporter) const override;
};

} // namespace parallax::claims
