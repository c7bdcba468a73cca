#pragma once
// Plugins with options, registered in the test binary only, so that configuration tests do not
// depend on what the built-in plugins declare today.

#include "parallax/plugin_interface.h"

#include <string>
#include <vector>

namespace parallax::config::testing {

class FakePlugin : public Plugin {
public:
    FakePlugin(std::string id, std::vector<RuleInfo> rules, std::vector<OptionInfo> options)
        : id_(std::move(id)), rules_(std::move(rules)), options_(std::move(options)) {}
    std::string_view id() const override { return id_; }
    std::span<const RuleInfo> rules() const override { return rules_; }
    std::span<const OptionInfo> options() const override { return options_; }
    void check(const Document&, const Options&, Reporter&) const override {}

private:
    std::string id_;
    std::vector<RuleInfo> rules_;
    std::vector<OptionInfo> options_;
};

} // namespace parallax::config::testing
