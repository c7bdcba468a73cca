#include "attribution_guards.h"

#include "phrases.h"

namespace parallax::claims {

namespace {

using namespace lexicon;

bool is_possessive(const SentenceWords& s, std::ptrdiff_t i) {
    const std::string_view f = s.folded(i);
    return f.ends_with("'s") || f.ends_with("\u2019s");
}

/// The subject before a saying verb at `verb` names someone: "the ministry", "Smith", "he".
bool named_subject_before(const SentenceWords& s, std::ptrdiff_t verb) {
    std::ptrdiff_t w = verb - 1;
    for (int n = 0; n < 3 && (s.in(verb_fillers(), w) || is_adverb(s, w)); ++n) {
        if (s.in(hedge_modals(), w) || s.is(w, "to")) {
            return false;
        }
        --w;
    }
    if (!s.is_word(w) || s.in(be_forms(), w) || s.is(w, "to") || s.in(clause_words(), w)) {
        return false;
    }
    if (s.in(pronouns(), w)) {
        // "they say" with no one named is the classic weasel; "he said" points back to someone.
        return !(s.is(w, "they") && (s.is(verb, "say") || s.is(verb, "believe")));
    }
    // The subject noun phrase: words back to punctuation or a clause word.
    std::ptrdiff_t start = w;
    while (start - 1 >= 0 && w - start < 6 && s.is_word(start - 1) &&
           !s.in(clause_words(), start - 1) && !s.in(opinion_triggers(), start - 1)) {
        --start;
    }
    for (std::ptrdiff_t k = start; k <= w; ++k) {
        if (const Phrase agent = vague_agent_at(s, k); agent && agent.last >= w) {
            return false;
        }
    }
    if (s.in(bare_agents(), w) || s.in(collective_agents(), w) || s.in(report_nouns(), w) ||
        s.in(quantifier_pronouns(), w)) {
        return s.in(definite_determiners(), start) || is_possessive(s, start) ||
               s.looks_like_name(start);
    }
    for (std::ptrdiff_t k = start; k <= w; ++k) {
        if (s.looks_like_name(k) || is_possessive(s, k)) {
            return true;
        }
    }
    return s.in(definite_determiners(), start);
}

/// "…,” said John Smith" / ", said the minister": a saying verb followed by its subject.
bool named_subject_after(const SentenceWords& s, std::ptrdiff_t verb) {
    if (!s.is_punct(verb - 1)) {
        return false;
    }
    std::ptrdiff_t k = verb + 1;
    if (vague_agent_at(s, k)) {
        return false;
    }
    if (s.is(k, "the")) {
        ++k;
    }
    return s.looks_like_name(k) || s.in(pronouns(), k);
}

bool according_to_named(const SentenceWords& s, std::ptrdiff_t to) {
    const std::ptrdiff_t k = to + 1;
    if (vague_agent_at(s, k)) {
        return false;
    }
    std::ptrdiff_t r = k;
    while (s.in(report_modifiers(), r)) {
        ++r;
    }
    if (s.in(report_nouns(), r) && !s.is(k, "the")) {
        return false; // "according to media reports"
    }
    return s.is_word(k);
}

} // namespace

bool has_named_source(const SentenceWords& s) {
    // A named source is introduced by a saying verb or by "according" (a weasel cue).
    static const Membership cues = union_of({&saying_verbs(), &weasel_cues()});
    if (!s.any_in(cues)) {
        return false;
    }
    for (std::ptrdiff_t i = 0; i < s.size(); ++i) {
        if (s.quoted(i) || !s.is_word(i)) {
            continue;
        }
        if (s.is(i, "according") && s.is(i + 1, "to") && according_to_named(s, i + 1)) {
            return true;
        }
        if (!s.in(saying_verbs(), i)) {
            continue;
        }
        // A noun that shares a saying verb's stem: "the largest state sponsor", "a report".
        const bool noun_use = s.in(definite_determiners(), i - 1) ||
                              s.in(singular_indefinites(), i - 1) || s.is(i - 1, "its") ||
                              s.is(i - 1, "their") || s.folded(i - 1).ends_with("est") ||
                              ((s.is(i, "state") || s.is(i, "states")) && !s.is(i + 1, "that"));
        if (!noun_use && !s.in(bare_agents(), i) && !s.in(report_nouns(), i) &&
            !s.in(collective_agents(), i) &&
            (named_subject_before(s, i) || named_subject_after(s, i))) {
            return true;
        }
    }
    return false;
}

std::vector<LineNumber> syndication_footer_lines(const Document& document, const SentenceWords& s) {
    std::vector<LineNumber> lines;
    for (std::ptrdiff_t i = 0; i < s.size(); ++i) {
        if ((s.is(i, "appeared") && s.is(i + 1, "first") && s.is(i + 2, "on")) ||
            (s.is(i, "google") && s.is(i + 1, "news")) ||
            (s.is(i, "originally") && s.is(i + 1, "published"))) {
            lines.push_back(document.text().line_of(s.range(i, i).start));
        }
    }
    return lines;
}

std::ptrdiff_t prescription_start(const SentenceWords& s) {
    if (!s.any_in(prescription_modals().as_membership())) {
        return s.size();
    }
    for (std::ptrdiff_t i = 0; i < s.size(); ++i) {
        if (!s.quoted(i) && s.in(prescription_modals(), i)) {
            return i;
        }
    }
    return s.size();
}

} // namespace parallax::claims
