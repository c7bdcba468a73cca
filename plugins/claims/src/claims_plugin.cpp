#include "parallax/claims/claims_plugin.h"

#include "attribution_guards.h"
#include "weasel_attribution.h"

#include <algorithm>
#include <array>

namespace parallax::claims {

namespace {

const std::array<RuleInfo, 1>& rule_table() {
    static const std::array<RuleInfo, 1> rules = {RuleInfo{
        .id = "claims/weasel-attribution",
        .summary = "An opinion, belief or reaction is ascribed to a vague or unnamed agent.",
        .rationale =
            "\u201cCritics say\u201d, \u201cit is widely believed\u201d or \u201craising fears "
            "that\u201d lend a claim the weight of many voices without naming one. The reader "
            "cannot check who holds the view, how many they are, or whether they exist. Name "
            "the people or institutions, quote or link them, or state the view as your own.",
        .example =
            "\u201cThese efforts are viewed with skepticism and concern by many within the "
            "region.\u201d flags \u201cmany within the region\u201d. Fix: \u201cIndonesia's "
            "foreign ministry and several ASEAN diplomats have voiced skepticism [link].\u201d",
        .default_severity = Severity::Warning,
    }};
    return rules;
}

/// Kinds that name their vague source outright ("critics say", "media reports", "reportedly"):
/// a named source elsewhere in the sentence does not make them any less vague.
bool names_a_vague_source(WeaselMatch::Kind kind) {
    using Kind = WeaselMatch::Kind;
    return kind == Kind::VagueAgent || kind == Kind::UnnamedReport || kind == Kind::HearsayAdverb;
}

void check_sentence(const Document& document, const SentenceWords& words, Reporter& reporter) {
    const std::vector<WeaselMatch> matches = find_weasel_attributions(words);
    if (matches.empty()) {
        return;
    }
    const bool named = has_named_source(words);
    const std::vector<LineNumber> footer = syndication_footer_lines(document, words);
    const std::ptrdiff_t prescribed = prescription_start(words);
    for (const WeaselMatch& match : matches) {
        const ByteRange range = words.range(match.first, match.last);
        if (match.first > prescribed || words.quoted(match.first) || words.quoted(match.last) ||
            (named && !names_a_vague_source(match.kind)) ||
            std::ranges::find(footer, document.text().line_of(range.start)) != footer.end()) {
            continue; // a recommendation, someone else's words, a named source or a footer
        }
        reporter.report(weasel_diagnostic(words, match));
    }
}

} // namespace

std::span<const RuleInfo> ClaimsPlugin::rules() const {
    return rule_table();
}

void ClaimsPlugin::check(const Document& document, Reporter& reporter) const {
    for (const Block& block : document.blocks()) {
        if (reporter.cancelled()) {
            return;
        }
        if (block.quoted) {
            continue; // a blockquote: someone else's words
        }
        QuoteState quotes;
        for (const Sentence& sentence : document.sentences_of(block)) {
            SentenceWords words(document, sentence, quotes);
            if (sentence.citations.empty()) {
                check_sentence(document, words, reporter);
            }
        }
    }
}

PARALLAX_REGISTER_PLUGIN(ClaimsPlugin);

} // namespace parallax::claims
