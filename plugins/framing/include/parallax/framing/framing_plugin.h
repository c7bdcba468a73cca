#pragma once
// The `framing` plugin: frames a draft keeps repeating (GUIDELINES.md §2) — repeated phrases,
// loaded labels, restated arguments and stock phrases of commentary.
//
//     parallax::framing::FramingPlugin plugin;
//     plugin.check(*document, reporter); // reports framing/* findings

#include "parallax/framing/options.h"
#include "parallax/plugin_interface.h"

namespace parallax::framing {

class FramingPlugin final : public Plugin {
public:
    FramingPlugin() = default;
    explicit FramingPlugin(FramingOptions options) : options_(options) {}

    std::string_view id() const override { return "framing"; }
    std::span<const RuleInfo> rules() const override;
    /// `min_repeat`: uses of a phrase or loaded label before it is a repeated frame; it sets
    /// both rules' `min_count` over the thresholds the plugin was made with.
    std::span<const OptionInfo> options() const override;
    void check(const Document& document, const Options& options, Reporter& reporter) const override;

private:
    FramingOptions options_;
};

} // namespace parallax::framing
