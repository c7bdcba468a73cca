#include "attribution_noun_phrase.h"

namespace parallax::detail::evidence {

namespace {

constexpr std::size_t kMaxPhrase = 14;
constexpr int kMaxLowercase = 4;

/// A full stop that belongs to the phrase: after a title or an initial ("Sen.", "J.", "U.S.").
bool abbreviation_stop(const TokenView& view, std::size_t i, std::size_t floor) {
    if (view.text(i) != "." || i <= floor) {
        return false;
    }
    const std::size_t before = i - 1;
    if (!view.word(before) || !view.adjacent(before, i)) {
        return false;
    }
    return view.in(before, view.lex().titles) ||
           (view.capitalized(before) && (view.text(before).size() == 1 ||
                                         view.text(before).find('.') != std::string_view::npos));
}

/// A hyphen or ampersand inside a name: "Lopez-Cantera", "AT&T".
bool name_joiner(const TokenView& view, std::size_t i) {
    const std::string_view t = view.text(i);
    return t == "-" || t == "&";
}

/// Words a source phrase cannot contain. A reporting verb ends it too, except a plural noun
/// that looks like one after a word ("fundraising reports") when `plurals_are_nouns`.
bool stops_phrase(const TokenView& view, std::size_t i, bool plurals_are_nouns = false) {
    const Lexicon& lex = view.lex();
    const Token& t = view.at(i);
    if (view.in(i, lex.clause_words) || view.in(i, lex.be_forms) || view.in(i, lex.verb_fillers) ||
        view.pronoun(i)) {
        return true;
    }
    if (!view.lowercase(i) || !(view.in(i, lex.reporting_verbs) || view.in(i, lex.finding_verbs))) {
        return false;
    }
    if (i > 0 && view.text(i - 1) == "-" && view.adjacent(i - 1, i)) {
        return false; // part of a compound: "self-described"
    }
    return !(plurals_are_nouns && t.folded.ends_with('s') && i > 0 && view.word(i - 1));
}

} // namespace

std::optional<TokenSpan> phrase_ending_at(const TokenView& view, std::size_t head,
                                          std::size_t floor) {
    const Lexicon& lex = view.lex();
    if (!view.word(head) && view.at(head).kind != TokenKind::Number) {
        return std::nullopt;
    }
    if (view.pronoun(head)) {
        return TokenSpan{head, head + 1};
    }
    if (view.in(head, lex.determiners) && !view.in(head, lex.vague_quantifiers)) {
        return std::nullopt;
    }
    if (stops_phrase(view, head) || view.in(head, lex.noun_phrase_links)) {
        return std::nullopt;
    }
    std::size_t start = head;
    int lowercase = view.lowercase(head) ? 1 : 0;
    std::size_t k = head;
    while (k > floor && head + 1 - (k - 1) <= kMaxPhrase) {
        const std::size_t p = k - 1;
        if (view.word(p)) {
            if (view.in(p, lex.clause_words) && !view.in(p, lex.noun_phrase_links)) {
                break;
            }
            if (view.in(p, lex.determiners)) {
                start = p;
                // "a spokesman for [the ministry]": a linking preposition after a noun continues.
                if (p > floor + 1 && view.in(p - 1, lex.noun_phrase_links) && view.word(p - 2) &&
                    !stops_phrase(view, p - 2) && !view.in(p - 2, lex.noun_phrase_links)) {
                    k = p - 1;
                    continue;
                }
                break;
            }
            if (view.in(p, lex.noun_phrase_links)) {
                // Only between two parts of a phrase: "Department of Education", "many within".
                if (p == floor || !view.word(p - 1) || stops_phrase(view, p - 1) ||
                    view.in(p - 1, lex.noun_phrase_links)) {
                    break;
                }
                k = p;
                continue;
            }
            if (stops_phrase(view, p)) {
                break;
            }
            if (view.possessive(p) || view.capitalized(p)) {
                start = p;
                k = p;
                continue;
            }
            if (lowercase >= kMaxLowercase) {
                break;
            }
            ++lowercase;
            start = p;
            k = p;
            continue;
        }
        if (abbreviation_stop(view, p, floor) ||
            (name_joiner(view, p) && p > floor && start == p + 1 && view.adjacent(p - 1, p) &&
             view.adjacent(p, start) &&
             (view.word(p - 1) || view.at(p - 1).kind == TokenKind::Number))) {
            // A compound: "Lopez-Cantera", "self-described", "Twenty-four", "AT&T".
            k = p;
            continue;
        }
        if (view.at(p).kind == TokenKind::Number) {
            start = p; // "52 percent", "the Nov. 8 election", "Group of 20"
            k = p;
            continue;
        }
        break;
    }
    // A phrase never starts with a linking preposition ("of", "for").
    while (start < head && view.in(start, lex.noun_phrase_links)) {
        ++start;
    }
    return TokenSpan{start, head + 1};
}

std::optional<TokenSpan> phrase_starting_at(const TokenView& view, std::size_t first,
                                            std::size_t limit) {
    const Lexicon& lex = view.lex();
    if (first >= limit) {
        return std::nullopt;
    }
    if (view.pronoun(first) && !view.in(first, lex.clause_words)) {
        return TokenSpan{first, first + 1};
    }
    std::size_t last_content = first; // one past the last word that may end the phrase
    int lowercase = 0;
    bool named = false;
    // After an article a capitalised word is a modifier and the noun follows: "an Iraqi
    // official", "a Chinese foreign ministry spokesman".
    const bool determined = view.in(first, lex.determiners);
    for (std::size_t i = first; i < limit && i - first < kMaxPhrase; ++i) {
        const Token& t = view.at(i);
        const bool after_link =
            i > first && (view.in(i - 1, lex.noun_phrase_links) || view.in(i - 1, lex.determiners));
        if (view.word(i)) {
            if (view.in(i, lex.determiners) && !view.in(i, lex.clause_words)) {
                if (i > first && !after_link) {
                    break;
                }
                continue;
            }
            if (view.in(i, lex.noun_phrase_links)) {
                // Continue only into another named or determined phrase: "data from the census".
                if (i + 1 >= limit || last_content == first ||
                    (!view.capitalized(i + 1) && !view.in(i + 1, lex.determiners))) {
                    break;
                }
                continue;
            }
            if (stops_phrase(view, i, true)) {
                break;
            }
            if (view.capitalized(i)) {
                named = true;
            } else {
                // A lowercase word right after a name ends it: "Smith argued".
                // … unless a name goes on after it: "Pierre de Vos", "Cruz constituent Dan
                // Golvach".
                if (named && !determined && !after_link && !view.possessive(i - 1) &&
                    !(i + 1 < limit && view.capitalized(i + 1))) {
                    break;
                }
                if (++lowercase > kMaxLowercase) {
                    break;
                }
            }
            last_content = i + 1;
            if (view.possessive(i)) {
                named = false;
                lowercase = 0;
            }
            continue;
        }
        if ((abbreviation_stop(view, i, first) && i + 1 < limit) ||
            (name_joiner(view, i) && named && i + 1 < limit && view.capitalized(i + 1))) {
            continue;
        }
        if (t.kind == TokenKind::Number && (named || i == first || after_link)) {
            last_content = i + 1; // "the 2009 paper", "Jan. 31", "59 percent"
            continue;
        }
        break;
    }
    if (last_content == first) {
        return std::nullopt;
    }
    return TokenSpan{first, last_content};
}

bool plausible_agent(const TokenView& view, TokenSpan phrase) {
    if (phrase.empty()) {
        return false;
    }
    const Lexicon& lex = view.lex();
    const std::size_t head = phrase.last - 1;
    if (phrase.size() == 1 && view.pronoun(head)) {
        return true;
    }
    for (std::size_t i = phrase.first; i < phrase.last; ++i) {
        if (view.named(i) || view.possessive(i)) {
            return true;
        }
    }
    const Token& first = view.at(phrase.first);
    if (view.in(phrase.first, lex.determiners) || view.in(phrase.first, lex.vague_quantifiers) ||
        first.kind == TokenKind::Number) {
        return true;
    }
    if (view.in(head, lex.vague_agents) || view.in(head, lex.evidence_nouns) ||
        view.in(head, lex.shares)) {
        return true;
    }
    // A bare plural: "lawmakers said", "economists warn".
    const std::string_view f = view.folded(head);
    return f.size() > 3 && f.ends_with('s') && !f.ends_with("ss") && !f.ends_with("ous");
}

} // namespace parallax::detail::evidence
