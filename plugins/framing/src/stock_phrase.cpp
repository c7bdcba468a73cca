// framing/stock-phrase: commentary clichés from the curated lexicon.

#include "phrase_matcher.h"
#include "rules.h"
#include "stock_phrase_fixes.h"

#include <fmt/format.h>

#include <map>

namespace parallax::framing {

namespace {

void report_use(const DraftWords& words, const StockPhraseOptions& options,
                const PhraseMatcher& matcher, const std::vector<PhraseMatch>& matches,
                const std::vector<std::uint32_t>& uses, std::size_t index, Reporter& reporter) {
    const auto all = words.words();
    const PhraseMatch& match = matches[uses[index]];
    const auto count = static_cast<std::uint32_t>(uses.size());
    const bool repeated = count >= options.repeated_count;
    Diagnostic d;
    d.rule = std::string(kStockPhrase);
    d.severity = repeated ? Severity::Warning : Severity::Information;
    d.range = words.range(all[match.first_word], all[match.last_word]);
    const std::string phrase = words.text(d.range);
    d.message = fmt::format(
        "\u201c{}\u201d is a stock phrase of commentary{}: it sounds weighty but tells the "
        "reader nothing they can check. Say what is at stake, for whom, and why now.",
        phrase, repeated ? fmt::format(", used {} times", count) : std::string());
    d.data.emplace_back("phrase", phrase);
    d.data.emplace_back("count", static_cast<double>(count));
    d.fixes = stock_phrase_fixes(words, matcher.entry(match.entry), match);
    for (std::size_t j : related_indexes(index, uses.size())) {
        const PhraseMatch& other = matches[uses[j]];
        d.related.push_back({.range = words.range(all[other.first_word], all[other.last_word]),
                             .message = "the stock phrase again"});
    }
    reporter.report(std::move(d));
}

} // namespace

void check_stock_phrases(const DraftWords& words, const StockPhraseOptions& options,
                         Reporter& reporter) {
    static const PhraseMatcher matcher(lexicon::stock_phrases());
    const auto sentence_count = static_cast<std::uint32_t>(words.document().sentences().size());
    std::vector<PhraseMatch> matches;
    std::map<std::uint32_t, std::vector<std::uint32_t>> matches_by_entry; // indexes into matches
    std::vector<std::size_t> position;                                    // of each in its entry
    for (std::uint32_t s = 0; s < sentence_count; ++s) {
        if (!words.is_prose(s)) {
            continue;
        }
        for (const PhraseMatch& match : matcher.find(words, s)) {
            auto& uses = matches_by_entry[match.entry];
            position.push_back(uses.size());
            uses.push_back(static_cast<std::uint32_t>(matches.size()));
            matches.push_back(match);
        }
    }
    for (std::size_t m = 0; m < matches.size(); ++m) { // in text order
        report_use(words, options, matcher, matches, matches_by_entry[matches[m].entry],
                   position[m], reporter);
    }
}

} // namespace parallax::framing
