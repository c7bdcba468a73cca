#include "rule_table.h"

#include <array>

namespace parallax::claims {

std::span<const RuleInfo> claims_rules() {
    static const std::array<RuleInfo, 5> rules = {
        RuleInfo{
            .id = std::string(kWeaselRule),
            .summary = "An opinion, belief or reaction is ascribed to a vague or unnamed agent.",
            .rationale =
                "\u201cCritics say\u201d, \u201cit is widely believed\u201d or \u201craising "
                "fears that\u201d lend a claim the weight of many voices without naming one. The "
                "reader cannot check who holds the view, how many they are, or whether they "
                "exist. Name the people or institutions, quote or link them, or state the view "
                "as your own.",
            .example = "\u201cThese efforts are viewed with skepticism and concern by many within "
                       "the region.\u201d flags \u201cmany within the region\u201d. Fix: "
                       "\u201cIndonesia's foreign ministry and several ASEAN diplomats have voiced "
                       "skepticism [link].\u201d",
            .default_severity = Severity::Warning,
        },
        RuleInfo{
            .id = std::string(kSweepingRule),
            .summary = "A generalisation about countries, peoples or a region is stated as fact.",
            .rationale =
                "\u201cCountries in the region prioritize sovereignty\u201d speaks for dozens of "
                "governments at once. Regions are not of one mind, and a reader cannot check a "
                "claim about all of them. Name the countries you mean, qualify the claim "
                "(\u201cseveral\u201d, \u201cin recent surveys\u201d), or cite evidence.",
            .example = "\u201cCountries in the region often prioritize sovereignty.\u201d Fix: "
                       "\u201cIndonesia and Vietnam have both made non-alignment central to their "
                       "defence white papers [link].\u201d",
            .default_severity = Severity::Warning,
        },
        RuleInfo{
            .id = std::string(kSpecificRule),
            .summary = "A figure, ranking or quotation is given without a source.",
            .rationale =
                "Numbers, superlatives and quotations are the claims readers check first, and the "
                "ones that travel. Without a source nearby they cannot be verified, and an error "
                "discredits the whole piece. Dates used as time frames and numbers in names are "
                "not flagged on their own.",
            .example = "\u201cThe US has spent over $200 billion on missile defence.\u201d flags "
                       "\u201c$200 billion\u201d. Fix: \u201c… over $200 billion, according to "
                       "the Missile Defense Agency's budget [link].\u201d",
            .default_severity = Severity::Warning,
        },
        RuleInfo{
            .id = std::string(kCauseRule),
            .summary = "A motive, cause or responsibility is presented as fact without support.",
            .rationale =
                "Why something happened and what an actor wants are the hardest things to know "
                "and the easiest to assert. \u201cReflects NATO's ambitions to extend its "
                "influence\u201d reads as fact but is an interpretation. Cite who established "
                "the link or the actor's stated aims, or mark it as your reading.",
            .example = "\u201cThe concept reflects NATO's ambitions to extend its influence.\u201d "
                       "Fix: \u201cIn my view, the concept reflects …\u201d or \u201cNATO's "
                       "Strategic Concept names the Indo-Pacific as a priority [link].\u201d",
            .default_severity = Severity::Information,
        },
        RuleInfo{
            .id = std::string(kHedgeRule),
            .summary = "A statement of fact is hedged (\u201capparently\u201d, \u201cseems to "
                       "have\u201d) instead of supported.",
            .rationale =
                "A hedge tells the reader the author is not sure, but leaves them no way to find "
                "out. When a present or past fact matters to the argument, give the evidence; "
                "when it is your reading, say so. Forecasts (\u201cprobably will\u201d, "
                "\u201ccould provoke\u201d) are not flagged: no source can settle them.",
            .example = "\u201cCoalition forces apparently have done nothing to stop the "
                       "advance.\u201d flags \u201capparently\u201d. Fix: \u201cCoalition "
                       "forces have not intervened, the Pentagon's spokesman said [link].\u201d",
            .default_severity = Severity::Information,
        },
    };
    return rules;
}

} // namespace parallax::claims
