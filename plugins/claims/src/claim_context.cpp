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
    for (std::ptrdiff_t i = 0; i < s.size(); ++i) {
        if (phrase_end(s, i, opinion_markers()) >= 0) {
            return true;
        }
    }
    return false;
}

std::ptrdiff_t clause_start(const SentenceWords& s, std::ptrdiff_t i) {
    std::ptrdiff_t k = i;
    while (k > 0 && !s.is_break(k - 1) && !opens_clause(s, k - 1)) {
        --k;
    }
    return k;
}

bool hedged(const SentenceWords& s, std::ptrdiff_t first, std::ptrdiff_t last, bool modals) {
    const std::ptrdiff_t from = clause_start(s, first);
    for (std::ptrdiff_t k = from; k <= last + 3 && k < s.size(); ++k) {
        if (k > last && (s.is_break(k) || opens_clause(s, k))) {
            break;
        }
        if (s.quoted(k)) {
            continue;
        }
        if (s.in(hedges(), k) || (modals && s.in(hedge_modals(), k))) {
            return true;
        }
    }
    return false;
}

} // namespace parallax::claims
