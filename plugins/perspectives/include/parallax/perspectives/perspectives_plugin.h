#pragma once
// The `perspectives` plugin: whose regional perspectives a draft leaves out (GUIDELINES.md §3).
//
//     parallax::perspectives::PerspectivesPlugin plugin;
//     plugin.check(*document, reporter); // perspectives/* findings, and the perspective map
//                                        // summarised as perspectives.{regions,mentioned,voiced}

#include "parallax/plugin_interface.h"

namespace parallax::perspectives {

class PerspectivesPlugin final : public Plugin {
public:
    std::string_view id() const override { return "perspectives"; }
    std::span<const RuleInfo> rules() const override;
    /// `region`: the draft's region, overriding what the plugin infers; `regions`: the regions
    /// the publication covers (the regional rules report only on drafts about them).
    std::span<const OptionInfo> options() const override;
    void check(const Document& document, const Options& options, Reporter& reporter) const override;
    /// On a country or region mention: whether and where the draft lets it speak.
    std::optional<std::string> hover(const Document& document, ByteOffset offset) const override;
};

} // namespace parallax::perspectives
