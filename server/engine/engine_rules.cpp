#include "engine_rules.h"

#include <array>
#include <string>

namespace parallax {

std::span<const RuleInfo> engine_rules() {
    static const std::array<RuleInfo, 3> rules{{
        RuleInfo{
            .id = std::string(kSuppressionWithoutReason),
            .summary = "A suppression comment gives no reason.",
            .rationale =
                "A finding switched off without a word on why cannot be reviewed: the next "
                "editor cannot tell a considered exception from a silenced warning. Write the "
                "reason after \" -- \" in the comment. The comment still suppresses what it "
                "names, so that this one finding takes the place of the ones it hides; make "
                "this rule an error to require reasons in CI, or turn it off to make them "
                "optional.",
            .example = "<!-- parallax-disable-next-line claims/weasel-attribution --> flags the "
                       "comment. Fix: <!-- parallax-disable-next-line claims/weasel-attribution "
                       "-- quoted from the communiqu\u00e9 -->.",
            .default_severity = Severity::Warning,
        },
        RuleInfo{
            .id = std::string(kUnusedSuppression),
            .summary = "A suppression comment suppresses nothing.",
            .rationale =
                "A comment left behind after the text it excused was rewritten (or naming a "
                "rule that is off) would silently hide the next finding there. An "
                "\"enable\" comment that closes no open \"disable\" of the same rule is reported "
                "too: the disable it was meant to close may run to the end of the draft.",
            .example = "<!-- parallax-disable-next-line framing/stock-phrase -- a headline --> "
                       "above a line with no stock phrase. Fix: delete the comment.",
            .default_severity = Severity::Information,
        },
        RuleInfo{
            .id = std::string(kUnknownRule),
            .summary = "A suppression comment names a rule or plugin that does not exist.",
            .rationale =
                "A misspelt rule id suppresses nothing, and a misspelt \"disable\" then leaves "
                "the writer believing a rule is off. Name a rule id (\"claims/vague-quantity\") "
                "or a plugin id (\"claims\") that `parallax rules` lists; the engine's own "
                "rules are configured in settings, not suppressed inline.",
            .example = "<!-- parallax-disable-next-line claims/weasel -- quoted --> flags "
                       "\"claims/weasel\". Fix: claims/weasel-attribution.",
            .default_severity = Severity::Warning,
        },
    }};
    return rules;
}

namespace {

class EngineRulesPlugin final : public Plugin {
public:
    std::string_view id() const override { return kEngineId; }
    std::span<const RuleInfo> rules() const override { return engine_rules(); }
    void check(const Document& /*document*/, const Options& /*options*/,
               Reporter& /*reporter*/) const override {}
};

} // namespace

const Plugin& engine_rules_plugin() {
    static const EngineRulesPlugin plugin;
    return plugin;
}

} // namespace parallax
