// framing/rhetorical-repetition: emotive words the draft keeps using, and content words repeated
// within a few words of themselves; then the slogan (repeated_clause.cpp) and anaphora
// (anaphora.cpp) forms. One pass over the words, reading each word's lexicon facts
// (DraftWords::facts), keeps it linear in the draft's length.

#include "rhetorical_repetition.h"

#include "rules.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <utility>
#include <vector>

namespace parallax::framing {

namespace {

constexpr std::uint32_t kNoUse = UINT32_MAX;

/// An emotive word. Unlike repeated phrases, emotive words are not excused as topic words when
/// frequent: a draft that keeps calling its subject "evil" makes the label its topic.
bool is_emotive(const DraftWords& words, const Word& word) {
    return words.facts(word).emotive || words.form_facts(word).emotive;
}

/// Two or more uses of one word within a few words of each other: the first and last word.
struct CloseChain {
    std::uint32_t first = 0; // indexes into DraftWords::words()
    std::uint32_t last = 0;
    std::uint32_t uses = 0;
};

/// A part of a hyphenated compound is not the word on its own: "anti-black racism, anti-Semitism"
/// repeats no word.
bool counts_for_close_repetition(const DraftWords& words, const Word& word,
                                 const RhetoricalRepetitionOptions& options) {
    return word.content() && !word.name && words.folded(word).size() >= options.min_close_length &&
           !word.compound_part;
}

/// Whether two uses of a word only coordinate two things ("mass gatherings and mass
/// protests"): a conjunction among two or more words between them. Doubling on the spot
/// ("lied and lied") has one word between and stays a repetition.
bool coordinates(const DraftWords& words, std::uint32_t earlier, std::uint32_t later) {
    return later - earlier >= 3 && words.coordinated(earlier, later);
}

/// Words of time that "after" repeats in an idiom of duration ("day after day").
constexpr std::array<std::string_view, 10> kTimeUnits = {
    "minute", "hour", "day", "night", "week", "month", "year", "decade", "season", "generation"};

/// Whether two uses of a word only make a set expression: a hyphenated compound ("wall-to-wall",
/// "case-by-case"), a distributive idiom of one linking word ("face to face", "year by year",
/// "hand in hand"), a duration ("week after week", "time and time again"), or a comparative
/// growing ("harder and harder": a word in -er doubled with "and" is read as one). "Disaster
/// after disaster" and "eye for eye" stay repetitions.
bool set_expression(const DraftWords& words, std::uint32_t earlier, std::uint32_t later) {
    const auto all = words.words();
    if (words.written_as_one(all[earlier], all[later])) {
        return true;
    }
    if (later - earlier != 2) {
        return false;
    }
    const std::string_view link = words.folded(all[earlier + 1]);
    const std::string_view word = words.folded(all[earlier]);
    if (link == "after") {
        return std::find(kTimeUnits.begin(), kTimeUnits.end(), word) != kTimeUnits.end();
    }
    if (link == "and") {
        return word.ends_with("er") || word == "time";
    }
    return link == "to" || link == "by" || link == "in";
}

/// Whether the later use of a word heads an apposition that narrows the earlier one: a mark, an
/// article and at least one word before it ("an industry: an economic industry", "the abbey
/// (the youngest abbey"). It defines what the first use meant; "the weeks, the weeks" and
/// "disaster after disaster" stay repetitions, and so does a third use in the same shape ("an
/// immunity, a cultural immunity, a legal immunity"), which builds a list on the word. `end`
/// is the end of the sentence's words.
bool narrowing_apposition(const DraftWords& words, std::uint32_t earlier, std::uint32_t later,
                          std::uint32_t end, std::uint32_t max_gap) {
    const auto all = words.words();
    if (later - earlier < 3 || all[earlier + 1].joined) {
        return false; // no mark between the first use and the article
    }
    const std::string_view article = words.folded(all[earlier + 1]);
    if (article != "a" && article != "an" && article != "the") {
        return false;
    }
    for (std::uint32_t w = later + 1; w < end && w <= later + max_gap + 1; ++w) {
        if (all[w].id == all[later].id) {
            return false;
        }
    }
    return true;
}

/// Close repetitions in one sentence: a word whose stem recurs after at most `max_close_gap`
/// other words; a run of such recurrences ("crazy, crazy, crazies") is one chain. `last_use`
/// holds, by stem id, the last word read with that stem (or kNoUse), across calls.
std::vector<CloseChain> close_chains(const DraftWords& words, std::uint32_t sentence,
                                     const RhetoricalRepetitionOptions& options,
                                     std::vector<std::uint32_t>& last_use) {
    const auto all = words.words();
    const std::uint32_t begin = words.first_word(sentence);
    const std::uint32_t end = words.first_word(sentence + 1);
    std::vector<CloseChain> chains;
    const std::uint32_t window = options.max_close_gap + 1;
    for (std::uint32_t w = begin; w < end; ++w) {
        // Most words have no use of their stem among the few before them: cheap to rule out.
        const std::uint32_t previous = std::exchange(last_use[all[w].id], w);
        const bool recurs = previous != kNoUse && previous >= begin && w - previous <= window;
        if (!recurs || !counts_for_close_repetition(words, all[w], options)) {
            continue;
        }
        for (std::uint32_t back = 1; back <= options.max_close_gap + 1 && w >= begin + back;
             ++back) {
            const std::uint32_t earlier = w - back;
            // A third use goes on a chain even after a conjunction: "foment hate, foment
            // division and foment chaos" is a list of three built on the word.
            const bool extends = !chains.empty() && chains.back().last == earlier;
            if (all[earlier].id != all[w].id || all[earlier].compound_part ||
                (!extends && coordinates(words, earlier, w)) || set_expression(words, earlier, w) ||
                (!extends && narrowing_apposition(words, earlier, w, end, options.max_close_gap))) {
                continue;
            }
            if (extends) {
                chains.back().last = w;
                ++chains.back().uses;
            } else if (all[earlier].form == all[w].form) {
                // A chain starts with the word itself repeated ("crazy, crazy"); related
                // forms ("reporter who had reported") only share a stem.
                chains.push_back({.first = earlier, .last = w, .uses = 2});
            } else {
                continue;
            }
            break;
        }
    }
    return chains;
}

void report_close_chain(const DraftWords& words, const CloseChain& chain, Reporter& reporter) {
    const auto all = words.words();
    const std::string word = words.text(words.range(all[chain.first], all[chain.first]));
    Diagnostic d;
    d.rule = std::string(kRhetoricalRepetition);
    d.severity = Severity::Warning;
    d.range = words.range(all[chain.first], all[chain.last]);
    d.message = fmt::format(
        "\u201c{}\u201d is repeated {} times within a few words: repetition as a device presses "
        "the point by insistence, not evidence. Say it once and give the reason or fact behind "
        "it.",
        word, chain.uses);
    d.related.push_back({.range = words.range(all[chain.first], all[chain.first]),
                         .message = "first use of the word"});
    d.data.emplace_back("phrase", word);
    d.data.emplace_back("count", static_cast<double>(chain.uses));
    reporter.report(std::move(d));
}

/// Each use of an emotive word family, except those a close chain already reports.
void report_emotive_uses(const DraftWords& words, const std::vector<std::uint32_t>& uses,
                         const std::vector<bool>& in_chain, Reporter& reporter) {
    const auto all = words.words();
    const std::string first = words.text(words.range(all[uses.front()], all[uses.front()]));
    for (std::size_t i = 0; i < uses.size(); ++i) {
        if (in_chain[uses[i]]) {
            continue;
        }
        Diagnostic d;
        d.rule = std::string(kRhetoricalRepetition);
        d.severity = Severity::Warning;
        d.range = words.range(all[uses[i]], all[uses[i]]);
        d.message = fmt::format(
            "The emotive word \u201c{}\u201d (as \u201c{}\u201d) is used {} times: repeating a "
            "charged word frames the subject by insistence. Keep the use that matters, and "
            "elsewhere state what happened in neutral terms.",
            words.text(d.range), first, uses.size());
        for (std::size_t j : related_indexes(i, uses.size())) {
            d.related.push_back({.range = words.range(all[uses[j]], all[uses[j]]),
                                 .message = j == 0 ? "first use of the word" : "the word again"});
        }
        d.data.emplace_back("phrase", first);
        d.data.emplace_back("count", static_cast<double>(uses.size()));
        reporter.report(std::move(d));
    }
}

} // namespace

void check_rhetorical_repetitions(const DraftWords& words,
                                  const RhetoricalRepetitionOptions& options, Reporter& reporter) {
    const auto all = words.words();
    const auto sentence_count = static_cast<std::uint32_t>(words.document().sentences().size());
    // Ordered by first use so that findings come in text order, family by family.
    std::map<std::uint32_t, std::vector<std::uint32_t>> emotive_uses;    // first use -> uses
    std::vector<std::uint32_t> first_use_of(words.stem_count(), kNoUse); // by stem id
    std::vector<bool> in_chain(all.size(), false);
    std::vector<std::uint32_t> last_use(words.stem_count(), kNoUse); // by stem id
    for (std::uint32_t s = 0; s < sentence_count; ++s) {
        if (!words.is_prose(s)) {
            continue;
        }
        for (const CloseChain& chain : close_chains(words, s, options, last_use)) {
            report_close_chain(words, chain, reporter);
            std::fill(in_chain.begin() + chain.first, in_chain.begin() + chain.last + 1, true);
        }
        for (std::uint32_t w = words.first_word(s); w < words.first_word(s + 1); ++w) {
            if (is_emotive(words, all[w]) && !words.opposed_in_compound(w)) {
                std::uint32_t& first = first_use_of[all[w].id];
                if (first == kNoUse) {
                    first = w;
                }
                emotive_uses[first].push_back(w);
            }
        }
    }
    std::vector<bool> in_slogan(all.size(), false);
    check_repeated_clauses(words, options, in_slogan, reporter);
    check_anaphora(words, options, in_slogan, reporter);
    for (const auto& [first, uses] : emotive_uses) {
        if (reporter.cancelled()) {
            return;
        }
        if (uses.size() >= options.min_count) {
            report_emotive_uses(words, uses, in_chain, reporter);
        }
    }
}

} // namespace parallax::framing
