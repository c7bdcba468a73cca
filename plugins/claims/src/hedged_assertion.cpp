#include "hedged_assertion.h"

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
    static constexpr std::array<std::string_view, 6> adverbs = {
        "probably", "possibly", "apparently", "presumably", "seemingly", "ostensibly"};
    return std::ranges::any_of(adverbs, [&](std::string_view w) { return s.is(i, w); });
}

/// "seems to", "appeared to", "it seems that": the author's impression offered as the fact.
bool is_impression_verb(const SentenceWords& s, std::ptrdiff_t i) {
    static constexpr std::array<std::string_view, 6> verbs = {"seem",   "seems",   "seemed",
                                                              "appear", "appears", "appeared"};
    if (std::ranges::none_of(verbs, [&](std::string_view w) { return s.is(i, w); })) {
        return false;
    }
    // "appears in the report", "seemed unlikely": only "to" and "that" carry a claim on.
    return s.is(i + 1, "to") || s.is(i + 1, "that");
}

/// "it is likely that", "it is possible that": a hedged claim in a clause of its own.
bool is_hedged_that_clause(const SentenceWords& s, std::ptrdiff_t i) {
    static constexpr std::array<std::string_view, 4> adjectives = {"likely", "possible", "probable",
                                                                   "conceivable"};
    return s.is(i - 2, "it") && s.in(be_forms(), i - 1) && s.is(i + 1, "that") &&
           std::ranges::any_of(adjectives, [&](std::string_view w) { return s.is(i, w); });
}

/// A forecast, a condition or a question: nothing that a source could settle today.
bool looks_ahead(const SentenceWords& s) {
    for (std::ptrdiff_t i = 0; i < s.size(); ++i) {
        if (s.quoted(i)) {
            continue;
        }
        if (s.in(hedge_modals(), i) || s.in(prescription_modals(), i) || s.is(i, "if") ||
            s.is(i, "unless") || s.is(i, "?") || (s.is(i, "going") && s.is(i + 1, "to"))) {
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
    for (std::ptrdiff_t i = 0; i < s.size(); ++i) {
        if (s.quoted(i) || !s.is_word(i)) {
            continue;
        }
        std::ptrdiff_t last = -1;
        if (is_hedging_adverb(s, i) || is_hedged_that_clause(s, i)) {
            last = i;
        } else if (is_impression_verb(s, i)) {
            last = i + 1;
        }
        if (last < 0) {
            continue;
        }
        if (looks_ahead(s)) {
            return {}; // "it probably will by 2019", "perhaps NATO should …"
        }
        out.push_back({i, last, "hedge", message_for(s.slice(i, last))});
        return out; // one hedge per sentence is enough to ask for the evidence
    }
    return out;
}

} // namespace parallax::claims
