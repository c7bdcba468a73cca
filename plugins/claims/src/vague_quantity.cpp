#include "vague_quantity.h"

#include "claim_context.h"
#include "phrases.h"

#include <fmt/format.h>

namespace parallax::claims {

namespace {

using namespace lexicon;

bool is_plural_noun(const SentenceWords& s, std::ptrdiff_t i) {
    const std::string_view f = s.folded(i);
    if (s.is(i, "men") || s.is(i, "women") || s.is(i, "children") || s.is(i, "people")) {
        return !s.quoted(i); // "some men feel", "many women retaliate"
    }
    return s.is_word(i) && !s.quoted(i) && f.size() > 3 && f.ends_with("s") && !f.ends_with("ss") &&
           !f.ends_with("ous") && !s.in(clause_words(), i) && !s.in(time_units(), i) &&
           !is_adverb(s, i);
}

/// "Some still hold to it", "many preferred the old units", "some wished to give battle": a
/// quantifier standing alone as the subject of its clause is an unnamed group of people. Not
/// "most", which takes the larger part of a set the text has named ("most have two manuals").
std::ptrdiff_t bare_quantifier_subject(const SentenceWords& s, std::ptrdiff_t i) {
    static const WordSet alone(WordSet::Match::Exact,
                               std::vector<std::string_view>{"many", "some", "several"});
    static const WordSet objects(
        WordSet::Match::Exact,
        std::vector<std::string_view>{"their", "the", "his", "her", "its", "them", "it", "this"});
    static const WordSet openers(
        WordSet::Match::Exact,
        std::vector<std::string_view>{"and", "but", "or", "while", "whereas", "although", "though",
                                      "because", "since", "when", "where", "if", "yet", "so"});
    if (!s.in(alone, i) || s.quoted(i) ||
        !(s.initial(i) || s.is_break(i - 1) || s.in(openers, i - 1))) {
        return -1;
    }
    // An auxiliary or an adverb after the quantifier makes it a subject: "many have", "some
    // still hold" (these adverbs do not qualify a noun).
    static const WordSet auxiliaries(
        WordSet::Match::Exact,
        std::vector<std::string_view>{"has", "have", "had", "would", "will", "could", "can", "may",
                                      "might", "must", "should", "did", "do", "does"});
    static const WordSet adverbs(WordSet::Match::Exact,
                                 std::vector<std::string_view>{"not", "never", "also", "still",
                                                               "even", "often", "always", "already",
                                                               "just", "again"});
    const std::ptrdiff_t next = i + 1;
    if (!s.is_word(next) || s.quoted(next) || s.capitalized(next)) {
        return -1;
    }
    // Not a form of "be": "some are dispersed by birds", "many were quadroons" describe members
    // of a set the text has named, where an active verb makes them agents.
    const bool auxiliary = s.in(auxiliaries, next);
    if (s.in(adverbs, next)) {
        return next;
    }
    const std::string_view f = s.folded(next);
    const bool past = f.size() > 4 && f.ends_with("ed");
    const bool transitive = s.in(objects, next + 1) && !s.in(clause_words(), next) &&
                            !s.in(time_units(), next) && !f.ends_with("ing");
    const std::ptrdiff_t v = next;
    return auxiliary || past || transitive ? v : -1;
}

/// "credited by many with", "the idol of many.", "impressed many with", "used by some to imply":
/// a quantifier standing alone as the object of a preposition or a verb is an unnamed group of
/// people holding a view or a reaction, the weasel "by many". Not "to some extent", "with some
/// exceptions", "many of": a noun or "of" after the quantifier makes it a determiner.
bool pronoun_quantifier_object(const SentenceWords& s, std::ptrdiff_t i) {
    static const WordSet alone(WordSet::Match::Exact,
                               std::vector<std::string_view>{"many", "some", "several"});
    static const WordSet prepositions(
        WordSet::Match::Exact, std::vector<std::string_view>{"by", "to", "among", "for", "of"});
    static const WordSet followers(WordSet::Match::Exact,
                                   std::vector<std::string_view>{"with", "to", "in", "as", "for",
                                                                 "and", "who", "that", "within",
                                                                 "because", "since", "but"});
    if (!s.in(alone, i) || s.quoted(i)) {
        return false;
    }
    const std::string_view before = s.folded(i - 1);
    const bool governed =
        s.in(prepositions, i - 1) || (s.is_word(i - 1) && before.size() > 4 &&
                                      before.ends_with("ed") && !s.in(be_forms(), i - 1));
    const bool ends = s.is_break(i + 1) || s.is(i + 1, ".") || s.is(i + 1, ")") ||
                      i + 1 >= s.size() || s.in(followers, i + 1);
    return governed && ends;
}

/// "his most memorable performances", "Japan's most influential", "the five most important",
/// "the largest and most comprehensive": "most" after a possessive, a number or another
/// superlative grades an adjective. A ranking (unsourced-specific), not a quantity; so does
/// "most" before an adverb ("most importantly the parties").
bool superlative_most(const SentenceWords& s, std::ptrdiff_t i) {
    static const WordSet possessives(
        WordSet::Match::Exact,
        std::vector<std::string_view>{"his", "her", "its", "their", "our", "my", "your"});
    const std::ptrdiff_t b = i - 1;
    const std::string_view before = s.folded(b);
    const bool possessive = s.in(possessives, b) || before.ends_with("'s") ||
                            before.ends_with("\u2019s") || before.ends_with("s'") || s.is(b, "'");
    const bool counted =
        s.in(number_words(), b) || before.find_first_of("0123456789") != std::string_view::npos;
    const bool paired = (s.is(b, "and") || s.is(b, "or") || s.is(b, ",")) &&
                        (s.folded(b - 1).ends_with("est") || s.is(b - 2, "most"));
    return possessive || counted || paired;
}

} // namespace

std::vector<ClaimMatch> find_vague_quantities(const SentenceWords& s) {
    std::vector<ClaimMatch> out;
    if (!s.any_in(vague_quantities().as_membership())) {
        return out;
    }
    for (std::ptrdiff_t i = 0; i < s.size(); ++i) {
        if (!s.in(vague_quantities(), i) || s.quoted(i)) {
            continue;
        }
        // "as many as", "the most", "at most", "so many", "how many", "some 300": not vague. A
        // conjunction "as" after a comma is no comparison: "…, as many of his works attempt".
        const bool comparison = s.is(i - 1, "as") && !s.is_break(i - 2);
        // "so some people use": "so", "how" and "too" grade "many" only.
        const bool graded =
            s.is(i, "many") && (s.is(i - 1, "so") || s.is(i - 1, "how") || s.is(i - 1, "too"));
        if (comparison || graded || s.is(i - 1, "the") || (s.is(i - 1, "at") && s.is(i, "most")) ||
            s.is(i - 1, "a") ||
            s.text(i + 1).find_first_of("0123456789") != std::string_view::npos ||
            s.in(number_words(), i + 1)) {
            continue;
        }
        if (s.is(i, "certain") && (s.is(i - 1, "almost") || s.is(i - 1, "for") ||
                                   s.in(be_forms(), i - 1) || s.is(i + 1, "of"))) {
            continue; // "it is certain", "almost certain death", "certain of it"
        }
        const bool most = s.is(i, "most");
        if (most && (superlative_most(s, i) || is_adverb(s, i + 1))) {
            continue;
        }
        std::ptrdiff_t end = -1;
        // A quantifier standing alone ("impressed many", "Some still hold"): the people it
        // counts are unnamed. `verb` is where a hedge would have to be.
        const std::ptrdiff_t verb =
            pronoun_quantifier_object(s, i) ? i : bare_quantifier_subject(s, i);
        if (verb >= 0) {
            if (!hedged_beyond_ability(s, i, verb) && !named_after(s, i)) {
                out.push_back({i, i, "vague-quantity",
                               fmt::format("\u201c{}\u201d: who? Name them, or give a figure with "
                                           "its source.",
                                           s.slice(i, i))});
            }
            continue;
        }
        // "many of Antonello's portraits", "some of Hungary's finest": a named owner's set.
        const std::string_view owner = s.folded(i + 2);
        const bool owned = s.capitalized(i + 2) && !s.initial(i + 2) &&
                           (owner.ends_with("'s") || owner.ends_with("\u2019s") ||
                            owner.ends_with("s'") || s.is(i + 3, "'"));
        if (s.is(i + 1, "of") &&
            // "many of whom accused him", "some of which failed": a relative pronoun takes
            // the vague part of the set just named.
            (s.in(definite_determiners(), i + 2) || s.is(i + 2, "which") || s.is(i + 2, "whom") ||
             s.is(i + 2, "his") || s.is(i + 2, "her") || s.is(i + 2, "its") ||
             s.is(i + 2, "their") || s.is(i + 2, "them") || owned)) {
            if (most) {
                continue; // "most of his career", "most of the characters": the majority of a
                          // set the sentence names, a proportion rather than a vague count
            }
            end = i + 1; // "some of the assumptions", "many of his followers"
        } else {
            std::ptrdiff_t k = i + 1;
            for (int n = 0; n < 3 && s.is_word(k) && !is_plural_noun(s, k); ++n, ++k) {
                // Coordinated modifiers: "many brutal and heartless decisions".
                const bool coordinated = (s.is(k, "and") || s.is(k, "or")) && k > i + 1 &&
                                         !is_plural_noun(s, k - 1) && s.is_word(k + 1) &&
                                         !s.in(clause_words(), k + 1) && !s.capitalized(k + 1);
                if ((s.in(clause_words(), k) && !coordinated) || s.is_break(k)) {
                    break;
                }
                if (s.is(k + 1, "-") && s.is_word(k + 2)) {
                    ++k; // a hyphenated modifier is one word: "many pre-industrial societies"
                    ++k;
                    if (is_plural_noun(s, k)) {
                        break;
                    }
                }
            }
            // "Most" states a proportion: of people or countries a generalisation (§1), of
            // things ("most cases", "most modern designs") a description.
            if (is_plural_noun(s, k) && (!most || names_people(s, k))) {
                end = k;
            }
        }
        if (end < 0 || hedged_beyond_ability(s, i, end) || named_after(s, end)) {
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
