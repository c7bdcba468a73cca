#pragma once
// A loaded rule pack as a Plugin: its id is the pack's name, its rules "NAME/RULE".

#include "pack_rules.h"

#include "parallax/plugin_interface.h"

namespace parallax::rulepacks {

class RulePackPlugin final : public Plugin {
public:
    explicit RulePackPlugin(Pack pack);

    std::string_view id() const override { return pack_.name; }
    std::span<const RuleInfo> rules() const override { return infos_; }
    void check(const Document& document, const Options& options, Reporter& reporter) const override;
    /// Term and substitution rules read one block at a time, so an editor re-checks only the
    /// paragraphs an edit changed; "once" and the document-wide kinds stay in check().
    bool checks_blocks() const override;
    void check_block(const Document& document, const Block& block, const Options& options,
                     Reporter& reporter) const override;

private:
    Pack pack_;
    std::vector<RuleInfo> infos_;
};

} // namespace parallax::rulepacks
