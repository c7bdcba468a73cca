#include "vague_quantity.h"

#include "claim_context.h"
#include "phrases.h"

#include <fmt/format.h>

namespace parallax::claims {

namespace {

using namespace lexicon;

bool is_plural_noun(const SentenceWords& s, std::ptrdiff_t i) {
    const std::string_view f = s.folded(i);
    return s.is_word(i) && !s.quoted(i) && f.size() > 3 && f.ends_with("s") && !f.ends_with("ss") &&
           !f.ends_with("ous") && !s.in(clause_words(), i) && !s.in(time_units(), i) &&
           !is_adverb(s, i);
}

} // namespace

std::vector<ClaimMatch> find_vague_quantities(const SentenceWords& s) {
    // Not "various": it asserts variety, not an unnamed number ("in various shapes and sizes",
    // "various options").
    static const WordSet vague(
        WordSet::Match::Exact,
        std::vector<std::string_view>{"many", "some", "several", "numerous", "countless", "most"});
    std::vector<ClaimMatch> out;
    for (std::ptrdiff_t i = 0; i < s.size(); ++i) {
        if (!s.in(vague, i) || s.quoted(i)) {
            continue;
        }
        // "as many as", "the most", "at most", "so many", "how many", "some 300": not vague.
        if (s.is(i - 1, "as") || s.is(i - 1, "the") || s.is(i - 1, "at") || s.is(i - 1, "so") ||
            s.is(i - 1, "how") || s.is(i - 1, "too") || s.is(i - 1, "a") ||
            s.text(i + 1).find_first_of("0123456789") != std::string_view::npos ||
            s.in(number_words(), i + 1)) {
            continue;
        }
        std::ptrdiff_t end = -1;
        if (s.is(i + 1, "of") &&
            (s.in(definite_determiners(), i + 2) || s.is(i + 2, "his") || s.is(i + 2, "her") ||
             s.is(i + 2, "its") || s.is(i + 2, "their") || s.is(i + 2, "them"))) {
            if (s.is(i, "most")) {
                continue; // "most of his career", "most of the characters": the majority of a
                          // set the sentence names, a proportion rather than a vague count
            }
            end = i + 1; // "some of the assumptions", "many of his followers"
        } else {
            std::ptrdiff_t k = i + 1;
            for (int n = 0; n < 3 && s.is_word(k) && !is_plural_noun(s, k); ++n, ++k) {
                if (s.in(clause_words(), k) || s.is_break(k)) {
                    break;
                }
            }
            if (is_plural_noun(s, k)) {
                end = k;
            }
        }
        if (end < 0 || hedged(s, i, end) || named_after(s, end)) {
            continue;
        }
        out.push_back({i, end, "vague-quantity",
                       fmt::format("\u201c{}\u201d: how many, and which? Name them or give a "
                                   "figure with its source.",
                                   s.slice(i, end))});
        i = end;
    }
    return out;
}

} // namespace parallax::claims
