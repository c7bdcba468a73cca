#include "sweeping_generalization.h"

#include "claim_context.h"
#include "phrases.h"

#include <fmt/format.h>

namespace parallax::claims {

namespace {

using namespace lexicon;

bool is_possessive(std::string_view folded) {
    return folded.ends_with("'s") || folded.ends_with("\u2019s");
}

/// "Europeans", "South Koreans", "Icelanders", "Chinese": a people named by its demonym.
bool is_demonym(const SentenceWords& s, std::ptrdiff_t i) {
    if (!s.capitalized(i) || s.quoted(i)) {
        return false;
    }
    const std::string_view f = s.folded(i);
    return s.in(demonyms(), i) || (f.size() > 4 && f.ends_with("ans")) ||
           (f.size() > 7 && f.ends_with("landers"));
}

/// A place or bloc adjective before a group noun: "Asian", "Western", "Asia-Pacific", "Gulf".
bool is_place_modifier(const SentenceWords& s, std::ptrdiff_t i) {
    if (s.in(place_adjectives(), i)) {
        return true;
    }
    const std::string_view f = s.folded(i);
    if (!s.capitalized(i) || is_possessive(f) || s.in(clause_words(), i) ||
        s.in(number_words(), i)) {
        return false; // "Eleven states have only cities": a count, not a bloc
    }
    if (!s.initial(i)) {
        return true;
    }
    // The first word is capitalised whatever it is ("Young people", "Different states"): only a
    // word shaped like a place counts there ("Asian", "Chinese", "British", "Israeli", "South",
    // "Asia-Pacific", "North Korean").
    return f.ends_with("an") || f.ends_with("ese") || f.ends_with("ish") || f.ends_with("ic") ||
           f.ends_with("i") || s.in(region_nouns(), i) || s.is(i + 1, "-") ||
           s.looks_like_name(i + 1);
}

struct Subject {
    std::ptrdiff_t first = -1;
    std::ptrdiff_t last = -1;
    bool singular = false; // "the region"
};

/// A collective subject starting at `i`, or first < 0.
Subject collective_subject_at(const SentenceWords& s, std::ptrdiff_t i) {
    if (!s.is_word(i) || s.quoted(i)) {
        return {};
    }
    std::ptrdiff_t j = i;
    bool quantified = false;
    bool definite = false;
    if (s.in(quantifiers(), j) || s.is(j, "all")) {
        if (s.is(j, "other") || s.is(j, "certain") || s.is(j, "more")) {
            return {};
        }
        quantified = true;
        ++j;
    } else if (s.is(j, "the")) {
        definite = true;
        ++j;
    }
    // "the region", "the Asia-Pacific region", "the West": one actor standing for many.
    if (definite) {
        std::ptrdiff_t k = j;
        while (k < j + 3 && (s.capitalized(k) || s.is(k, "-")) && !s.in(region_nouns(), k)) {
            ++k;
        }
        if (s.in(region_nouns(), k) && !is_possessive(s.folded(k)) && !s.quoted(k) &&
            !s.capitalized(k + 1) && // "the North Koreans", "the West Bank"
            (s.is(k, "region") || s.is(k, "continent") || s.is(k, "subcontinent") ||
             s.capitalized(k))) {
            return {i, k, true};
        }
    }
    // Modifiers before the group noun: "Asian", "Asia-Pacific", "North", "many regional".
    std::ptrdiff_t k = j;
    bool placed = false;
    for (int n = 0; n < 3 && (is_place_modifier(s, k) || s.is(k, "-")) && !s.in(group_nouns(), k);
         ++n, ++k) {
        if (is_demonym(s, k)) {
            break;
        }
        placed = placed || !s.is(k, "-");
    }
    if (is_demonym(s, k)) {
        // "Europeans", "most South Koreans", "the North Koreans" (not "the Americans' plan").
        if (definite && is_possessive(s.folded(k + 1))) {
            return {};
        }
        // "The British", "the French": a people only before a plural verb or an adverb; before
        // a noun it is an adjective ("the British force", "French artillery") and before "is"
        // a language ("Portuguese is a pluricentric language").
        const std::ptrdiff_t next = k + 1;
        const bool plural_verb = (s.in(be_forms(), next) && !s.is(next, "is") &&
                                  !s.is(next, "was") && !s.is(next, "has")) ||
                                 s.in(verb_fillers(), next) || s.in(frequency_adverbs(), next) ||
                                 is_adverb(s, next);
        if (!s.folded(k).ends_with("s") && !plural_verb) {
            return {};
        }
        return Subject{i, k, false};
    }
    if (!s.in(group_nouns(), k) || s.quoted(k) || (s.capitalized(k) && !s.initial(k))) {
        return {}; // "the United States", "the United Nations": names, not groups
    }
    if (definite && !placed) {
        return {}; // "the countries": someone already named
    }
    // Qualifiers that place the group: "in the region", "here", "across Asia".
    std::ptrdiff_t last = k;
    if (s.is(k + 1, "here")) {
        placed = true;
        last = k + 1;
    } else if (s.in(place_prepositions(), k + 1) && !s.is(k + 1, "with")) {
        std::ptrdiff_t q = k + 2;
        if (s.in(definite_determiners(), q) || s.is(q, "its") || s.is(q, "their")) {
            ++q;
        }
        std::ptrdiff_t end = -1;
        for (int n = 0; n < 3 && s.is_word(q) && !s.in(clause_words(), q) && !s.quoted(q);
             ++n, ++q) {
            end = q;
            if (s.is(q + 1, "-")) {
                ++q;
            }
            if (s.in(region_nouns(), q) || s.capitalized(q)) {
                end = q;
                if (!s.capitalized(q + 1)) {
                    break;
                }
            }
        }
        if (end >= 0) {
            placed = true;
            last = end;
        }
    }
    if (!quantified && !placed) {
        return {}; // "countries", "governments" alone: too bare to say who is generalised
    }
    return {i, last, false};
}

/// The subject starts a clause: the first word, or after a comma, "and", "that", "while".
bool starts_clause(const SentenceWords& s, std::ptrdiff_t i) {
    if (s.initial(i)) {
        return true;
    }
    std::ptrdiff_t b = i - 1;
    if (s.is_break(b) || s.is(b, "that") || s.is(b, "while") || s.is(b, "and") || s.is(b, "but") ||
        s.is(b, "because") || s.is(b, "as") || s.is(b, "where")) {
        return !s.is(b, "(");
    }
    return false;
}

bool looks_like_verb(const SentenceWords& s, std::ptrdiff_t v) {
    const std::string_view f = s.folded(v);
    return s.is_word(v) && !s.quoted(v) && !s.capitalized(v) && f.size() >= 3 &&
           !s.in(clause_words(), v) && !s.in(definite_determiners(), v) &&
           !s.in(quantifiers(), v) && !s.in(hedge_modals(), v) && !s.in(prescription_modals(), v) &&
           !s.in(place_prepositions(), v) && !f.ends_with("ing") && !f.ends_with("ly") &&
           f != "then";
}

bool past_form(std::string_view f) {
    return f.ends_with("ed") || f == "were" || f == "was" || f == "had";
}

/// The habitual or stative predicate after the subject, or -1: its last token.
std::ptrdiff_t habitual_predicate(const SentenceWords& s, std::ptrdiff_t v, bool singular) {
    bool frequency = false;
    for (int n = 0; n < 3 && (s.in(frequency_adverbs(), v) || is_adverb(s, v) || s.is(v, "also") ||
                              s.is(v, "still"));
         ++n, ++v) {
        frequency = frequency || s.in(frequency_adverbs(), v);
    }
    if (s.in(hedge_modals(), v) || s.in(prescription_modals(), v) || s.in(hedges(), v) ||
        s.quoted(v)) {
        return -1;
    }
    const std::string_view f = s.folded(v);
    // "have always distrusted", "have long preferred": habitual through time.
    if (s.is(v, "have") || s.is(v, "has")) {
        const std::ptrdiff_t p = v + 1;
        if (s.in(frequency_adverbs(), p) || s.is(p, "long")) {
            return p + 1 < s.size() && s.is_word(p + 1) ? p + 1 : p;
        }
        // "have access to", "have little trust": possession stated of the whole group.
        return s.is_word(p) && !past_form(s.folded(p)) && !s.is(p, "been") ? v : -1;
    }
    // "tend to", "are (deeply) suspicious", "remain wary", "is a vital engine".
    if (s.is(v, "tend") || s.is(v, "tends")) {
        return s.is(v + 1, "to") ? v + 1 : -1;
    }
    if (s.is(v, "are") || s.is(v, "is") || s.is(v, "remain") || s.is(v, "remains")) {
        std::ptrdiff_t a = v + 1;
        while (is_adverb(s, a) || s.is(a, "not") || s.is(a, "very") || s.is(a, "so")) {
            ++a;
        }
        const std::string_view adj = s.folded(a);
        if (!s.is_word(a) || s.quoted(a) || adj.ends_with("ing") ||
            (adj.ends_with("ed") && !s.in(opinion_adjectives(), a)) || s.in(clause_words(), a) ||
            s.in(place_prepositions(), a)) {
            return -1; // "are investigating", "are located in", "is in Geneva": events and places
        }
        return a;
    }
    if (!looks_like_verb(s, v)) {
        return -1;
    }
    if (past_form(f) || s.in(irregular_past(), v)) {
        return frequency ? v : -1; // "Europeans colonized …" is an event; "always preferred" not
    }
    // Present simple agreeing with the subject: "prioritize" after plural, "serves" after "the
    // region".
    const bool third_person = f.ends_with("s") && !f.ends_with("ss");
    return third_person == singular ? v : -1;
}

std::string message_for(std::string_view subject) {
    return fmt::format("\u201c{}\u201d: a generalisation about a whole group stated as fact. Name "
                       "which countries or people, qualify it, or cite evidence.",
                       subject);
}

} // namespace

std::vector<ClaimMatch> find_sweeping_generalizations(const SentenceWords& s) {
    std::vector<ClaimMatch> out;
    // A collective subject is a group noun, a region noun or a demonym (listed or shaped like
    // one): a sentence with none has no generalisation to find.
    static const Membership subjects = [] {
        Membership sets = union_of({&group_nouns(), &region_nouns(), &demonyms()});
        sets.sets |= demonym_shaped().sets;
        return sets;
    }();
    if (!s.any_in(subjects)) {
        return out;
    }
    for (std::ptrdiff_t i = 0; i < s.size(); ++i) {
        if (!starts_clause(s, i)) {
            continue;
        }
        const Subject subject = collective_subject_at(s, i);
        if (subject.first < 0 || named_after(s, subject.last)) {
            continue; // "Many countries, including Vietnam and the Philippines, fear …"
        }
        std::ptrdiff_t v = subject.last + 1;
        if (s.is(v, ",")) {
            // "The North Koreans, who are very eccentric": the relative clause characterises.
            if (s.is(v + 1, "who") || s.is(v + 1, "which")) {
                v += 2;
            } else { // "Countries in the region, having endured …, often prioritize"
                std::ptrdiff_t close = v + 1;
                while (close < s.size() && close <= v + 14 && !s.is(close, ",")) {
                    ++close;
                }
                v = s.is(close, ",") ? close + 1 : v;
            }
        }
        const std::ptrdiff_t end = habitual_predicate(s, v, subject.singular);
        if (end < 0 || hedged(s, subject.first, end)) {
            continue;
        }
        const std::string phrase(s.slice(subject.first, subject.last));
        out.push_back({subject.first, end, "generalisation", message_for(phrase)});
        i = end;
    }
    return out;
}

} // namespace parallax::claims
