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
    return view.lex().titles.contains_folded(view.folded(before)) ||
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
    if (lex.clause_words.contains(t) || lex.be_forms.contains(t) || lex.verb_fillers.contains(t) ||
        view.pronoun(i)) {
        return true;
    }
    if (!view.lowercase(i) || !(lex.reporting_verbs.contains(t) || lex.finding_verbs.contains(t))) {
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
    const Token& h = view.at(head);
    if (lex.determiners.contains(h) && !lex.vague_quantifiers.contains(h)) {
        return std::nullopt;
    }
    if (stops_phrase(view, head) || lex.noun_phrase_links.contains(h)) {
        return std::nullopt;
    }
    std::size_t start = head;
    int lowercase = view.lowercase(head) ? 1 : 0;
    std::size_t k = head;
    while (k > floor && head + 1 - (k - 1) <= kMaxPhrase) {
        const std::size_t p = k - 1;
        const Token& t = view.at(p);
        if (view.word(p)) {
            if (lex.clause_words.contains(t) && !lex.noun_phrase_links.contains(t)) {
                break;
            }
            if (lex.determiners.contains(t)) {
                start = p;
                // "a spokesman for [the ministry]": a linking preposition after a noun continues.
                if (p > floor + 1 && lex.noun_phrase_links.contains(view.at(p - 1)) &&
                    view.word(p - 2) && !stops_phrase(view, p - 2) &&
                    !lex.noun_phrase_links.contains(view.at(p - 2))) {
                    k = p - 1;
                    continue;
                }
                break;
            }
            if (lex.noun_phrase_links.contains(t)) {
                // Only between two parts of a phrase: "Department of Education", "many within".
                if (p == floor || !view.word(p - 1) || stops_phrase(view, p - 1) ||
                    lex.noun_phrase_links.contains(view.at(p - 1))) {
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
    while (start < head && lex.noun_phrase_links.contains(view.at(start))) {
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
    if (view.pronoun(first) && !lex.clause_words.contains(view.at(first))) {
        return TokenSpan{first, first + 1};
    }
    std::size_t last_content = first; // one past the last word that may end the phrase
    int lowercase = 0;
    bool named = false;
    // After an article a capitalised word is a modifier and the noun follows: "an Iraqi
    // official", "a Chinese foreign ministry spokesman".
    const bool determined = lex.determiners.contains(view.at(first));
    for (std::size_t i = first; i < limit && i - first < kMaxPhrase; ++i) {
        const Token& t = view.at(i);
        const bool after_link = i > first && (lex.noun_phrase_links.contains(view.at(i - 1)) ||
                                              lex.determiners.contains(view.at(i - 1)));
        if (view.word(i)) {
            if (lex.determiners.contains(t) && !lex.clause_words.contains(t)) {
                if (i > first && !after_link) {
                    break;
                }
                continue;
            }
            if (lex.noun_phrase_links.contains(t)) {
                // Continue only into another named or determined phrase: "data from the census".
                if (i + 1 >= limit || last_content == first ||
                    (!view.capitalized(i + 1) && !lex.determiners.contains(view.at(i + 1)))) {
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
    if (lex.determiners.contains(first) || lex.vague_quantifiers.contains(first) ||
        first.kind == TokenKind::Number) {
        return true;
    }
    const Token& h = view.at(head);
    if (lex.vague_agents.contains(h) || lex.evidence_nouns.contains(h) || lex.shares.contains(h)) {
        return true;
    }
    // A bare plural: "lawmakers said", "economists warn".
    const std::string_view f = view.folded(head);
    return f.size() > 3 && f.ends_with('s') && !f.ends_with("ss") && !f.ends_with("ous");
}

} // namespace parallax::detail::evidence
