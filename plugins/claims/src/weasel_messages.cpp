// What a weasel-attribution finding says: the phrase, the question a reader would ask, the fix.

#include "weasel_attribution.h"

#include <fmt/format.h>

namespace parallax::claims {

namespace {

std::string_view kind_name(WeaselMatch::Kind kind) {
    switch (kind) {
    case WeaselMatch::Kind::VagueAgent:
        return "vague-agent";
    case WeaselMatch::Kind::AgentlessPassive:
        return "agentless-passive";
    case WeaselMatch::Kind::OwnerlessOpinion:
        return "ownerless-opinion";
    case WeaselMatch::Kind::UnattributedReaction:
        return "unattributed-reaction";
    case WeaselMatch::Kind::UnnamedReport:
        return "unnamed-report";
    case WeaselMatch::Kind::HearsayAdverb:
        return "hearsay-adverb";
    }
    return "vague-agent";
}

std::string message(std::string_view phrase, const WeaselMatch& m) {
    using Kind = WeaselMatch::Kind;
    switch (m.kind) {
    case Kind::VagueAgent:
        return fmt::format("\u201c{}\u201d: whose view is this? Name who holds it, or cite "
                           "evidence.",
                           m.holder.empty() ? phrase : std::string_view(m.holder));
    case Kind::AgentlessPassive:
        return fmt::format("\u201c{}\u201d: {} by whom? Name who holds this view, or cite "
                           "evidence.",
                           phrase, m.cue);
    case Kind::OwnerlessOpinion:
        return fmt::format("\u201c{}\u201d: whose {}? Name who holds them, or cite evidence.",
                           phrase, m.cue);
    case Kind::UnattributedReaction:
        return fmt::format("\u201c{}\u201d: whose {}? Name who reacted this way, or cite "
                           "evidence.",
                           phrase, m.cue);
    case Kind::UnnamedReport:
        return fmt::format("\u201c{}\u201d: which {}? Name or link the source.", phrase, m.cue);
    case Kind::HearsayAdverb: {
        std::string_view participle = m.cue;
        participle.remove_suffix(participle.ends_with("ly") ? 2 : 0);
        return fmt::format("\u201c{}\u201d: {} by whom? Name the source, or cite it.", phrase,
                           participle); // "reportedly" -> "reported"
    }
    }
    return std::string(phrase);
}

} // namespace

Diagnostic weasel_diagnostic(const SentenceWords& s, const WeaselMatch& match) {
    const std::string_view phrase = s.slice(match.first, match.last);
    Diagnostic d;
    d.rule = "claims/weasel-attribution";
    d.severity = Severity::Warning;
    d.range = s.range(match.first, match.last);
    d.message = message(phrase, match);
    d.data.emplace_back("phrase", std::string(phrase));
    d.data.emplace_back("kind", std::string(kind_name(match.kind)));
    return d;
}

} // namespace parallax::claims
