#include "parallax/claims/claims_plugin.h"

#include "attribution_guards.h"
#include "claim_context.h"
#include "evidence_support.h"
#include "hedged_assertion.h"
#include "rule_table.h"
#include "sweeping_generalization.h"
#include "unsourced_specific.h"
#include "unsupported_cause.h"
#include "vague_quantity.h"
#include "weasel_attribution.h"

#include <algorithm>
#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace parallax::claims {

namespace {

/// Kinds that name their vague source outright ("critics say", "media reports", "reportedly"):
/// a named source elsewhere in the sentence does not make them any less vague.
bool names_a_vague_source(WeaselMatch::Kind kind) {
    using Kind = WeaselMatch::Kind;
    return kind == Kind::VagueAgent || kind == Kind::UnnamedReport || kind == Kind::HearsayAdverb;
}

/// One sentence to check.
struct SentenceScope {
    const SentenceWords& words;
    std::uint32_t index = 0;
};

/// What no finding of a sentence may cover: a recommendation (from its first prescription
/// modal on) or a syndication footer.
struct Exclusions {
    std::vector<LineNumber> footer;
    std::ptrdiff_t prescribed = 0;
};

/// A recommendation, someone else's words (unless the finding is about the quotation itself) or a
/// syndication footer.
bool excluded(const Document& document, const SentenceWords& w, const Exclusions& exclusions,
              std::ptrdiff_t first, std::ptrdiff_t last, bool about_quotation = false) {
    const ByteRange range = w.range(first, last);
    return first > exclusions.prescribed ||
           (!about_quotation && (w.quoted(first) || w.quoted(last))) ||
           std::ranges::find(exclusions.footer, document.text().line_of(range.start)) !=
               exclusions.footer.end();
}

class SentenceChecker {
public:
    SentenceChecker(const Document& document, const EvidenceSupport& support, Reporter& reporter)
        : document_(document), support_(support), reporter_(reporter) {}

    void check(const SentenceScope& scope) {
        reported_.clear();
        exclusions_.reset();
        weasel(scope);
        if (support_.supported(scope.index) || marked_as_opinion(scope.words) ||
            title_line(scope.words)) {
            return;
        }
        claims(scope, find_sweeping_generalizations(scope.words), kSweepingRule);
        claims(scope, find_unsupported_causes(scope.words), kCauseRule);
        claims(scope, find_unsourced_specifics(scope.words), kSpecificRule);
        claims(scope, find_vague_quantities(scope.words), kSweepingRule);
        claims(scope, find_hedged_assertions(scope.words), kHedgeRule);
    }

private:
    void weasel(const SentenceScope& scope) {
        if (!document_.sentences()[scope.index].citations.empty()) {
            return;
        }
        const std::vector<WeaselMatch> matches = find_weasel_attributions(scope.words);
        const bool named = support_.has_own_evidence(scope.index);
        for (const WeaselMatch& match : matches) {
            if (excluded(document_, scope.words, exclusions(scope), match.first, match.last) ||
                (named && !names_a_vague_source(match.kind) &&
                 named_source_covers(scope, scope.words.range(match.first, match.last)))) {
                continue; // a recommendation, someone else's words, a named source or a footer
            }
            emit(scope, weasel_diagnostic(scope.words, match));
        }
    }

    /// Whether the sentence's named source vouches for the weasel phrase: the phrase lies in
    /// what the source said ("The plan is widely seen as a failure, the minister said"). A named
    /// source elsewhere in the sentence ("It has been suggested that X, but he has denied this")
    /// does not say who suggested it. Evidence the SDK did not place (the plugin's own guard, a
    /// known source, a neighbour's attribution) is taken to cover the whole sentence.
    bool named_source_covers(const SentenceScope& scope, ByteRange phrase) const {
        bool placed = false;
        for (const Attribution& a : document_.attributions()) {
            if (a.vague || a.sentence != scope.index) {
                continue;
            }
            placed = true;
            if (a.content.size() == 0 || a.content.overlaps(phrase) || a.source.overlaps(phrase) ||
                a.cue.overlaps(phrase)) {
                return true;
            }
        }
        return !placed;
    }

    void claims(const SentenceScope& scope, const std::vector<ClaimMatch>& matches,
                std::string_view rule) {
        for (const ClaimMatch& match : matches) {
            const bool quotation = match.kind == "quotation";
            if (excluded(document_, scope.words, exclusions(scope), match.first, match.last,
                         quotation) ||
                (quotation && support_.follows_quoted_speaker(scope.index))) {
                continue;
            }
            Diagnostic d;
            d.rule = std::string(rule);
            d.severity = rule == kCauseRule || rule == kHedgeRule ? Severity::Information
                                                                  : Severity::Warning;
            d.range = scope.words.range(match.first, match.last);
            d.message = match.message;
            d.data.emplace_back("phrase", std::string(scope.words.slice(match.first, match.last)));
            d.data.emplace_back("kind", match.kind);
            emit(scope, std::move(d));
        }
    }

    /// Reports unless an earlier finding of the sentence already covers the same words, adding
    /// the nearest evidence when the sentence is close to being supported.
    void emit(const SentenceScope& scope, Diagnostic d) {
        if (std::ranges::any_of(reported_, [&](ByteRange r) { return r.overlaps(d.range); })) {
            return;
        }
        reported_.push_back(d.range);
        if (auto near = support_.nearest_evidence(scope.index)) {
            d.related.push_back(std::move(*near));
        }
        reporter_.report(std::move(d));
    }

    /// The sentence's exclusions, worked out on first use: most sentences have no match to
    /// exclude, and need neither scan.
    const Exclusions& exclusions(const SentenceScope& scope) {
        if (!exclusions_) {
            exclusions_ = Exclusions{syndication_footer_lines(document_, scope.words),
                                     prescription_start(scope.words)};
        }
        return *exclusions_;
    }

    const Document& document_;
    const EvidenceSupport& support_;
    Reporter& reporter_;
    std::vector<ByteRange> reported_;
    std::optional<Exclusions> exclusions_; // of the sentence being checked
};

} // namespace

std::span<const RuleInfo> ClaimsPlugin::rules() const {
    return claims_rules();
}

std::span<const OptionInfo> ClaimsPlugin::options() const {
    static const std::array<OptionInfo, 1> options{{
        {"known_sources", std::vector<std::string>{},
         "Sources the publication trusts (\"IISS\", \"The Military Balance\", \"SIPRI\"): a "
         "sentence that names one, as whole words in any case, is sourced."},
    }};
    return options;
}

void ClaimsPlugin::check(const Document& document, const Options& options,
                         Reporter& reporter) const {
    // Read every sentence of the author's prose once; blockquotes are someone else's words.
    std::vector<std::unique_ptr<SentenceWords>> words(document.sentences().size());
    WordMemberships memberships(document);
    for (const Block& block : document.blocks()) {
        if (block.quoted) {
            continue;
        }
        QuoteState quotes;
        for (std::uint32_t k = 0; k < block.sentence_count; ++k) {
            const std::uint32_t i = block.first_sentence + k;
            words[i] = std::make_unique<SentenceWords>(document, document.sentences()[i], quotes,
                                                       memberships);
        }
    }
    const std::vector<std::string> sources = options.strings("known_sources");
    const EvidenceSupport support(document, words, KnownSources(sources));
    SentenceChecker checker(document, support, reporter);
    for (std::uint32_t i = 0; i < words.size(); ++i) {
        if (reporter.cancelled()) {
            return;
        }
        if (!words[i]) {
            continue;
        }
        const SentenceWords& w = *words[i];
        checker.check(SentenceScope{w, i});
    }
}

PARALLAX_REGISTER_PLUGIN(ClaimsPlugin);

} // namespace parallax::claims
