#include "unsupported_cause.h"

#include "claim_context.h"
#include "phrases.h"

#include <fmt/format.h>

#include <algorithm>
#include <optional>

namespace parallax::claims {

namespace {

using namespace lexicon;

bool is_possessive(const SentenceWords& s, std::ptrdiff_t i) {
    const std::string_view f = s.folded(i);
    return f.ends_with("'s") || f.ends_with("\u2019s") || s.is(i, "its") || s.is(i, "their") ||
           s.is(i, "his") || s.is(i, "her");
}

std::string cause_message(std::string_view phrase) {
    return fmt::format("\u201c{}\u201d: a cause or consequence asserted as fact. Show the link "
                       "(cite who established it), or present it as your reading "
                       "(\u201carguably\u201d, \u201cI believe\u201d).",
                       phrase);
}

std::string motive_message(std::string_view phrase) {
    return fmt::format("\u201c{}\u201d: a motive or intention asserted as fact. Quote or cite the "
                       "actor's stated aims, or present it as your reading.",
                       phrase);
}

std::string responsibility_message(std::string_view phrase) {
    return fmt::format("\u201c{}\u201d: responsibility assigned without support. Cite what shows "
                       "who did it.",
                       phrase);
}

/// "Propagated primarily by the United States": a participle pinning an act on its agent, as a
/// clause of its own (first in the sentence or after a comma) or after "is/was".
std::ptrdiff_t responsibility_at(const SentenceWords& s, std::ptrdiff_t p) {
    if (!s.in(responsibility_participles(), p)) {
        return -1;
    }
    const bool clause_initial = s.initial(p) || s.is_break(p - 1) || s.is(p - 1, "and");
    const bool passive =
        s.in(be_forms(), p - 1) || (is_adverb(s, p - 1) && s.in(be_forms(), p - 2));
    if (!clause_initial && !passive) {
        return -1;
    }
    std::ptrdiff_t by = p + 1;
    while (is_adverb(s, by) && by < p + 3) {
        ++by;
    }
    return s.is(by, "by") && s.is_word(by + 1) ? by + 1 : -1;
}

/// "reflects NATO's ambitions", "betrays its desire": a motive read off an act.
std::ptrdiff_t revealed_motive(const SentenceWords& s, std::ptrdiff_t v) {
    if (!s.in(revealing_verbs(), v) || s.capitalized(v)) {
        return -1;
    }
    for (std::ptrdiff_t k = v + 1; k <= v + 5 && k < s.size(); ++k) {
        if (s.in(motive_nouns(), k)) {
            return k;
        }
        if (s.is_break(k) || s.in(clause_words(), k)) {
            return -1;
        }
    }
    return -1;
}

/// "Iran's regional ambitions, which is to establish", "NATO's ambitions to extend": a motive
/// owned by an actor and spelled out.
std::ptrdiff_t owned_motive(const SentenceWords& s, std::ptrdiff_t owner) {
    if (!is_possessive(s, owner)) {
        return -1;
    }
    std::ptrdiff_t k = owner + 1;
    for (int n = 0; n < 2 && s.is_word(k) && !s.in(motive_nouns(), k); ++n) {
        ++k;
    }
    if (!s.in(motive_nouns(), k) || s.quoted(k)) {
        return -1;
    }
    if (s.is(k + 1, "to") || (s.is(k + 1, "of") && s.folded(k + 2).ends_with("ing"))) {
        return k + 1;
    }
    if (s.is(k + 1, ",") && s.is(k + 2, "which") && s.in(be_forms(), k + 3) && s.is(k + 4, "to")) {
        return k + 4;
    }
    return -1;
}

/// "is not eager to", "are reluctant to", "is determined to": an actor's will stated as fact.
std::ptrdiff_t ascribed_will(const SentenceWords& s, std::ptrdiff_t be) {
    if (!s.is(be, "is") && !s.is(be, "are") && !s.is(be, "was") && !s.is(be, "were")) {
        return -1;
    }
    if (s.is(be - 1, "i") || s.is(be - 1, "we") || s.is(be - 1, "it")) {
        return -1;
    }
    std::ptrdiff_t a = be + 1;
    while (s.is(a, "not") || s.is(a, "so") || s.is(a, "very") || is_adverb(s, a)) {
        ++a;
    }
    if (!s.in(attitude_adjectives(), a)) {
        return -1;
    }
    return s.is(a + 1, "to") || s.is(a + 1, "on") ? a + 1 : -1;
}

/// Which patterns of claim_at the sentence may hold, from the words they need, and where they
/// may start.
struct Patterns {
    bool owned_motive = false;  // needs a motive noun
    bool ascribed_will = false; // needs an attitude adjective
    /// Where the other patterns start: a responsibility participle, a revealing verb (with a
    /// motive noun in the sentence), a be form (with an attitude adjective).
    Membership starts;

    explicit Patterns(const SentenceWords& s)
        : owned_motive(s.any_in(motive_nouns().as_membership())),
          ascribed_will(s.any_in(attitude_adjectives().as_membership())) {
        starts = responsibility_participles().as_membership();
        if (owned_motive) {
            starts.sets |= revealing_verbs().as_membership().sets; // a motive noun follows
        }
        if (ascribed_will) {
            starts.sets |= be_forms().as_membership().sets; // "is", "are", "was", "were"
        }
    }

    /// Whether a pattern may start at token `i`: most tokens start none.
    bool may_start_at(const SentenceWords& s, std::ptrdiff_t i) const {
        return s.in_any(starts, i) || may_start_phrase(s, i) ||
               (owned_motive && is_possessive(s, i));
    }

    /// Whether a cause or motive phrase may start at token `i`: its first word, then the second
    /// word of some phrase (most of "is", "in", "to" start none), unless it is a phrase of one.
    static bool may_start_phrase(const SentenceWords& s, std::ptrdiff_t i) {
        static const Membership firsts{cause_phrases().as_membership().sets |
                                       motive_phrases().as_membership().sets};
        return s.in_any(firsts, i) &&
               (s.in_any(one_word_cause_phrases(), i) || s.in_any(cause_phrase_seconds(), i + 1));
    }
};

/// The cause, motive or responsibility asserted at token `i`, if any.
std::optional<ClaimMatch> claim_at(const SentenceWords& s, std::ptrdiff_t i,
                                   const Patterns& patterns) {
    if (const std::ptrdiff_t e = phrase_end(s, i, cause_phrases()); e >= 0) {
        return ClaimMatch{i, e, "cause", cause_message(s.slice(i, e))};
    }
    if (const std::ptrdiff_t e = phrase_end(s, i, motive_phrases()); e >= 0) {
        return ClaimMatch{i, e, "motive", motive_message(s.slice(i, e))};
    }
    if (const std::ptrdiff_t e = responsibility_at(s, i); e >= 0) {
        return ClaimMatch{i, e, "responsibility", responsibility_message(s.slice(i, e))};
    }
    if (const std::ptrdiff_t e = revealed_motive(s, i); e >= 0) {
        return ClaimMatch{i, e, "motive", motive_message(s.slice(i, e))};
    }
    if (const std::ptrdiff_t e = patterns.owned_motive ? owned_motive(s, i) : -1; e >= 0) {
        return ClaimMatch{i, e, "motive", motive_message(s.slice(i, e))};
    }
    if (const std::ptrdiff_t e = patterns.ascribed_will ? ascribed_will(s, i) : -1; e >= 0) {
        return ClaimMatch{i, e, "motive", motive_message(s.slice(i, e))};
    }
    return std::nullopt;
}

} // namespace

std::vector<ClaimMatch> find_unsupported_causes(const SentenceWords& s) {
    std::vector<ClaimMatch> out;
    // Every pattern needs a word of one of these sets; most sentences lack some of them.
    static const Membership pattern_words =
        union_of({&responsibility_participles(), &revealing_verbs(), &motive_nouns(),
                  &attitude_adjectives()});
    if (!s.any_in(pattern_words) && !s.may_contain(cause_phrases()) &&
        !s.may_contain(motive_phrases())) {
        return out;
    }
    const Patterns patterns(s);
    for (std::ptrdiff_t i = 0; i < s.size(); ++i) {
        if (s.quoted(i) || !s.is_word(i) || !patterns.may_start_at(s, i)) {
            continue;
        }
        std::optional<ClaimMatch> m = claim_at(s, i, patterns);
        if (!m) {
            continue;
        }
        if (hedged(s, m->first, m->last)) {
            continue;
        }
        out.push_back(std::move(*m));
        i = out.back().last;
    }
    return out;
}

} // namespace parallax::claims
