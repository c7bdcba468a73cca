#pragma once
// `--select` and `--ignore`: which rules may report, by rule id or by plugin id.
//
//     auto filter = RuleFilter::parse({"claims"}, {"claims/weasel-attribution"});
//     filter.value().allows("claims/weasel-attribution") == false

#include "parallax/plugin_interface.h"

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace parallax {

class RuleFilter {
public:
    /// Every entry must name a rule ("claims/weasel-attribution") or a plugin ("claims") of the
    /// registry or of `extra_plugins` (rule packs and plugins configuration loaded); otherwise
    /// the result is an error message naming the unknown entries.
    static std::variant<RuleFilter, std::string>
    parse(const std::vector<std::string>& select, const std::vector<std::string>& ignore,
          std::span<const std::shared_ptr<const Plugin>> extra_plugins = {});

    /// A filter that allows every rule.
    RuleFilter() = default;

    bool allows(std::string_view rule) const;

private:
    std::vector<std::string> select_;
    std::vector<std::string> ignore_;
};

} // namespace parallax
