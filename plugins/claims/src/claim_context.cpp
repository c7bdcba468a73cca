#include "claim_context.h"

#include "phrases.h"

namespace parallax::claims {

namespace {

using namespace lexicon;

bool opens_clause(const SentenceWords& s, std::ptrdiff_t i) {
    static const WordSet openers(
        WordSet::Match::Exact,
        std::vector<std::string_view>{"that", "which", "who", "whom", "but", "while", "whereas",
                                      "although", "though", "because", "since", "when", "where",
                                      "if", "unless", "yet", "so", "and", "or"});
    return s.in(openers, i);
}

} // namespace

bool marked_as_opinion(const SentenceWords& s) {
    if (!s.may_contain(opinion_markers())) {
        return false;
    }
    const Membership starts = opinion_markers().as_membership();
    for (std::ptrdiff_t i = 0; i < s.size(); ++i) {
        if (s.in_any(starts, i) && longest_phrase_end(s, i, opinion_markers()) >= 0) {
            return true;
        }
    }
    return false;
}

bool title_line(const SentenceWords& s) {
    static const WordSet function_words(
        WordSet::Match::Exact,
        std::vector<std::string_view>{"a", "an", "the", "of", "and", "or", "in", "on", "at", "to",
                                      "for", "by", "with", "from", "vs", "as"});
    int words = 0;
    std::ptrdiff_t last = -1;
    for (std::ptrdiff_t i = 0; i < s.size(); ++i) {
        if (!s.is_word(i)) {
            continue;
        }
        ++words;
        last = i;
        if (!s.capitalized(i) && !s.in(function_words, i)) {
            return false;
        }
    }
    const std::ptrdiff_t end = s.size() - 1;
    const bool closed = end > last && (s.is(end, ".") || s.is(end, "!") || s.is(end, "?"));
    return words >= 2 && !closed;
}

std::ptrdiff_t clause_start(const SentenceWords& s, std::ptrdiff_t i) {
    std::ptrdiff_t k = i;
    while (k > 0 && !s.is_break(k - 1) && !opens_clause(s, k - 1)) {
        --k;
    }
    return k;
}

namespace {

enum class Modals { None, All, BeyondAbility };

bool hedged_in_clause(const SentenceWords& s, std::ptrdiff_t first, std::ptrdiff_t last,
                      Modals modals) {
    const std::ptrdiff_t from = clause_start(s, first);
    for (std::ptrdiff_t k = from; k <= last + 3 && k < s.size(); ++k) {
        if (k > last && (s.is_break(k) || opens_clause(s, k))) {
            break;
        }
        if (s.quoted(k)) {
            continue;
        }
        const bool modal = s.in(hedge_modals(), k) &&
                           (modals == Modals::All || (modals == Modals::BeyondAbility &&
                                                      !s.is(k, "can") && !s.is(k, "cannot")));
        if (s.in(hedges(), k) || modal) {
            return true;
        }
    }
    return false;
}

} // namespace

bool hedged(const SentenceWords& s, std::ptrdiff_t first, std::ptrdiff_t last, bool modals) {
    return hedged_in_clause(s, first, last, modals ? Modals::All : Modals::None);
}

bool hedged_beyond_ability(const SentenceWords& s, std::ptrdiff_t first, std::ptrdiff_t last) {
    return hedged_in_clause(s, first, last, Modals::BeyondAbility);
}

} // namespace parallax::claims
