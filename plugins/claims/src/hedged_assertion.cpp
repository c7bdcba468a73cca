#include "hedged_assertion.h"

#include "claim_context.h"
#include "pattern_words.h"
#include "phrases.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace parallax::claims {

namespace {

using namespace lexicon;

/// Adverbs that hedge a statement of fact. "Perhaps" and "arguably" are left out: they mark
/// the author's own judgement ("perhaps the largest risk is complacency"), an opinion as such.
bool is_hedging_adverb(const SentenceWords& s, std::ptrdiff_t i) {
    return std::ranges::any_of(pattern_words::hedging_adverbs,
                               [&](std::string_view w) { return s.is(i, w); });
}

/// "likely" used as an adverb of a finite verb: "prosauropods likely had air sacs", "it was
/// most likely built in 1450". Not the adjective ("is likely to", "a likely cause").
bool is_likely_adverb(const SentenceWords& s, std::ptrdiff_t i) {
    if (!s.is(i, "likely")) {
        return false;
    }
    // "most likely" is an adverb wherever it stands ("he most likely took over", "is most
    // likely a fiction"), unless it ranks ("the most likely") or predicts ("most likely to").
    if (s.is(i - 1, "most")) {
        return !s.is(i - 2, "the") && !s.is(i + 1, "to") && !s.is(i + 1, "that");
    }
    if (s.in(be_forms(), i - 1) || s.is(i - 1, "a") || s.is(i - 1, "the") || s.is(i - 1, "more") ||
        s.is(i - 1, "less") || s.is(i - 1, "very")) {
        return false;
    }
    const std::string_view next = s.folded(i + 1);
    return s.is_word(i + 1) && !s.quoted(i + 1) &&
           (next.ends_with("ed") || next == "had" || next == "was" || next == "were" ||
            next == "came" || next == "began" || next == "became" || next == "made");
}

/// "seems to", "appeared to", "it seems that": the author's impression offered as the fact.
bool is_impression_verb(const SentenceWords& s, std::ptrdiff_t i) {
    if (std::ranges::none_of(pattern_words::impression_verbs,
                             [&](std::string_view w) { return s.is(i, w); })) {
        return false;
    }
    // "appears in the report", "seemed unlikely": only "to" and "that" carry a claim on. Not
    // "appeared to Chloe", "appeared to him in a dream": to someone, a presence, no impression.
    if (s.is(i + 1, "to")) {
        const std::ptrdiff_t next = i + 2;
        return s.is_word(next) && !s.capitalized(next) && !s.in(definite_determiners(), next) &&
               !s.in(singular_indefinites(), next) && !s.is(next, "him") && !s.is(next, "her") &&
               !s.is(next, "them") && !s.is(next, "me") && !s.is(next, "us") &&
               !s.is(next, "his") && !s.is(next, "their");
    }
    return s.is(i + 1, "that");
}

/// "it is likely that", "it is possible that": a hedged claim in a clause of its own.
bool is_hedged_that_clause(const SentenceWords& s, std::ptrdiff_t i) {
    // "it is likely that", "it is most likely that".
    const bool degree = s.is(i - 1, "most") || s.is(i - 1, "very") || s.is(i - 1, "quite");
    const std::ptrdiff_t be = degree ? i - 2 : i - 1;
    return s.is(be - 1, "it") && s.in(be_forms(), be) && s.is(i + 1, "that") &&
           std::ranges::any_of(pattern_words::hedging_adjectives,
                               [&](std::string_view w) { return s.is(i, w); });
}

/// A modal at `m` that speculates about the past rather than the future: "may have been",
/// "would probably not have survived". Such a clause still asserts what happened.
bool past_speculation(const SentenceWords& s, std::ptrdiff_t m) {
    std::ptrdiff_t k = m + 1;
    for (int n = 0; n < 3 && (s.is(k, "not") || is_adverb(s, k) || s.is(k, "also") ||
                              s.is(k, "already") || s.is(k, "well"));
         ++n) {
        ++k;
    }
    return s.is(k, "have");
}

/// "may have been", "might also have influenced": a modal of possibility over a perfect
/// speculates about what happened, a hedged statement of past fact (no forecast). Not "would
/// have" nor "could have", mostly counterfactual ("they could have prevented it"), nor "must
/// have" (an inference the author commits to).
bool is_past_possibility(const SentenceWords& s, std::ptrdiff_t m) {
    if (std::ranges::none_of(pattern_words::possibility_modals,
                             [&](std::string_view w) { return s.is(m, w); }) ||
        !past_speculation(s, m)) {
        return false;
    }
    std::ptrdiff_t k = m + 1;
    while (k < s.size() && !s.is(k, "have")) {
        ++k;
    }
    // An adverb may stand after "have" too: "may have also tinkered", "may have still been".
    for (int n = 0; n < 2 && (s.is(k + 1, "also") || s.is(k + 1, "still") ||
                              s.is(k + 1, "already") || is_adverb(s, k + 1));
         ++n) {
        ++k;
    }
    const std::string_view p = s.folded(k + 1);
    if (p != "been" && plural_noun(s, k + 2)) {
        return false; // "have" as the main verb: "may have unexpected results"
    }
    return s.is_word(k + 1) && !s.quoted(k + 1) &&
           (p == "been" || p == "had" || (p.size() > 3 && p.ends_with("ed")) ||
            s.in(irregular_past(), k + 1));
}

/// A forecast, a condition or a question: nothing that a source could settle today. Questions
/// count for the whole sentence; modals and conditions only within the hedge's own clause
/// ("it was probably the only firearm that could be made in the forest" still asserts).
bool looks_ahead(const SentenceWords& s, std::ptrdiff_t hedge) {
    for (std::ptrdiff_t i = 0; i < s.size(); ++i) {
        if (!s.quoted(i) && s.is(i, "?")) {
            return true;
        }
    }
    const std::ptrdiff_t from = clause_start(s, hedge);
    for (std::ptrdiff_t i = from; i < s.size(); ++i) {
        static constexpr std::array<std::string_view, 11> clause_ends = {
            "that", "which", "who",   "because",  "when",  "and",
            "but",  "or",    "while", "although", "though"};
        if (i > hedge &&
            (s.is_break(i) ||
             std::ranges::any_of(clause_ends, [&](std::string_view w) { return s.is(i, w); }))) {
            break;
        }
        if (s.quoted(i)) {
            continue;
        }
        const bool modal = s.in(hedge_modals(), i) || s.in(prescription_modals(), i);
        if ((modal && !past_speculation(s, i)) || s.is(i, "if") || s.is(i, "unless") ||
            (s.is(i, "going") && s.is(i + 1, "to"))) {
            return true;
        }
    }
    return false;
}

std::string message_for(std::string_view hedge) {
    return fmt::format("\u201c{}\u201d hedges a statement of fact instead of supporting it. Say "
                       "what the evidence is, or mark it as your judgement.",
                       hedge);
}

} // namespace

std::vector<ClaimMatch> find_hedged_assertions(const SentenceWords& s) {
    std::vector<ClaimMatch> out;
    if (!s.any_in(hedge_cues().as_membership())) {
        return out;
    }
    for (std::ptrdiff_t i = 0; i < s.size(); ++i) {
        // Every hedge below starts at one of the hedge cues: most tokens need no further test.
        if (s.quoted(i) || !s.is_word(i) || !s.in(hedge_cues(), i)) {
            continue;
        }
        std::ptrdiff_t last = -1;
        if (is_hedging_adverb(s, i) || is_hedged_that_clause(s, i) || is_likely_adverb(s, i)) {
            last = i;
        } else if (is_impression_verb(s, i)) {
            last = i + 1;
        } else if (is_past_possibility(s, i)) {
            last = i;
            while (!s.is(last, "have")) {
                ++last;
            }
            ++last; // "may have been"
        }
        if (last < 0) {
            continue;
        }
        if (looks_ahead(s, i)) {
            continue; // "it probably will by 2019", "perhaps NATO should …"
        }
        const std::ptrdiff_t first = s.is(i, "likely") && s.is(i - 1, "most") ? i - 1 : i;
        out.push_back({first, last, "hedge", message_for(s.slice(first, last))});
        return out; // one hedge per sentence is enough to ask for the evidence
    }
    return out;
}

} // namespace parallax::claims
