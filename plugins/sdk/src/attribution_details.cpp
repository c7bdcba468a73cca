#include "attribution_details.h"

#include <algorithm>
#include <span>

namespace parallax::detail::evidence {

namespace {

ByteRange bytes_of(const TokenView& view, TokenSpan span) {
    if (span.empty()) {
        return {};
    }
    return {view.at(span.first).range.start, view.at(span.last - 1).range.end};
}

/// The index of the sentence that holds token `token` (0 if none does), found by binary search:
/// asked only of a few tokens per attribution.
std::uint32_t sentence_of(std::span<const Sentence> sentences, std::size_t token) {
    // The last sentence that starts at or before the token, then back past empty ones.
    auto it = std::ranges::upper_bound(sentences, token, {},
                                       [](const Sentence& s) { return s.first_token; });
    while (it != sentences.begin()) {
        --it;
        if (token < it->first_token + it->token_count) {
            return static_cast<std::uint32_t>(it - sentences.begin());
        }
        if (it->token_count > 0) {
            break; // ends before the token; so do all before it
        }
    }
    return 0;
}

/// The next sentence evidently continues the same source: it opens a quotation that no other
/// attribution claims, or it starts with a pronoun and a reporting verb ("He added …").
bool continues_source(const TokenView& view, const Quotations& quotes, const Sentence& next,
                      bool has_own_attribution) {
    if (next.token_count == 0) {
        return false;
    }
    const std::size_t first = next.first_token;
    if (quotes.opened_at(first) && !has_own_attribution) {
        return true;
    }
    if (!view.pronoun(first) || view.in(first, view.lex().clause_words)) {
        return false;
    }
    for (std::size_t i = first + 1; i < first + next.token_count && i < first + 4; ++i) {
        if (view.lowercase(i) && view.in(i, view.lex().reporting_verbs)) {
            return true;
        }
        if (!view.in(i, view.lex().verb_fillers) && !view.adverb(i)) {
            return false;
        }
    }
    return false;
}

/// The phrase's head: the word before its first linking preposition, else its last word.
std::size_t head_of(const TokenView& view, TokenSpan source) {
    for (std::size_t i = source.first + 1; i < source.last; ++i) {
        if (view.in(i, view.lex().noun_phrase_links)) {
            return i - 1;
        }
    }
    return source.last - 1;
}

} // namespace

bool vague_source(const TokenView& view, TokenSpan source) {
    if (source.empty()) {
        return false;
    }
    const Lexicon& lex = view.lex();
    if (source.size() == 1 && view.pronoun(source.first)) {
        return false;
    }
    const Token& first = view.at(source.first);
    if (view.is(source.first, "the") || view.is(source.first, "this") ||
        view.is(source.first, "these") || view.is(source.first, "those") ||
        (view.possessive(source.first) && !view.capitalized(source.first))) {
        return false; // points back to someone named before
    }
    // "an Iraqi Kurdish official" is one unnamed person: a capitalised modifier before the head
    // of an indefinite phrase names nobody. A name after it still anchors the source ("a
    // spokesman for the Chinese foreign ministry").
    const std::size_t head_index = head_of(view, source);
    const bool indefinite = view.is(source.first, "a") || view.is(source.first, "an");
    for (std::size_t i = indefinite ? head_index : source.first; i < source.last; ++i) {
        // An evidence noun is capitalised as a name ("2006 Census Data"), or as the sentence's
        // first word ("Studies show").
        const bool opening_evidence =
            view.in(i, lex.evidence_nouns) && i == source.first && (i == 0 || !view.word(i - 1));
        const bool common_word = view.in(i, lex.determiners) || view.in(i, lex.vague_quantifiers) ||
                                 view.in(i, lex.vague_agents) || opening_evidence ||
                                 view.in(i, lex.anchorless_modifiers);
        if (view.capitalized(i) && !common_word) {
            return false; // a name anchors the source
        }
    }
    const Token& head = view.at(head_index);
    const bool singular_first = indefinite || view.is(source.first, "one") ||
                                view.is(source.first, "another") || first.kind == TokenKind::Number;
    if (view.in(head_index, lex.evidence_nouns)) {
        // "studies show", "research suggests": which study? A study the draft singles out ("a
        // 2009 survey") or names the author of ("studies by the ministry") is traceable.
        if (singular_first) {
            return false;
        }
        for (std::size_t i = head_index + 1; i + 1 < source.last; ++i) {
            if (view.in(i, lex.noun_phrase_links) &&
                (view.is(i + 1, "the") || view.possessive(i + 1))) {
                return false;
            }
        }
        return true;
    }
    // "most cosmologists", "some historians": a share of a group is no one in particular.
    const std::string_view h = head.folded;
    const bool plural_head =
        h == "people" || (h.size() > 3 && h.ends_with('s') && !h.ends_with("ss"));
    const bool plural_quantifier =
        view.in(source.first, lex.vague_quantifiers) && !singular_first && plural_head;
    // "environmentalists allege", "local protest groups say": a bare plural names a kind of
    // people, no one in particular (a name or a determiner would have returned above).
    bool bare_plural =
        plural_head && !view.in(source.first, lex.determiners) && !view.possessive(head_index);
    for (std::size_t i = source.first; i < source.last && bare_plural; ++i) {
        bare_plural = view.lowercase(i) || (i == source.first && view.capitalized(i) &&
                                            (i == 0 || !view.word(i - 1)) && !view.named(i + 1));
    }
    return view.in(head_index, lex.vague_agents) || view.in(head_index, lex.vague_quantifiers) ||
           plural_quantifier || bare_plural ||
           (view.in(source.first, lex.vague_quantifiers) && view.in(head_index, lex.vague_agents));
}

std::vector<Attribution> finish(const TokenView& view, const Quotations& quotes,
                                const std::vector<Found>& found) {
    const Document& doc = view.doc();
    const auto sentences = doc.sentences();
    const auto owner = [&](std::size_t token) { return sentence_of(sentences, token); };
    std::vector<bool> attributed(sentences.size(), false);
    for (const Found& f : found) {
        attributed[f.sentence] = true;
    }

    std::vector<Attribution> out;
    out.reserve(found.size());
    for (const Found& f : found) {
        Attribution a;
        a.source = bytes_of(view, f.source);
        a.cue = bytes_of(view, f.cue);
        a.content = bytes_of(view, f.content);
        a.sentence = f.sentence;
        a.vague = vague_source(view, f.source);

        std::uint32_t first = f.sentence;
        std::uint32_t last = f.sentence;
        if (!f.content.empty()) {
            first = std::min(first, owner(f.content.first));
            last = std::max(last, owner(f.content.last - 1));
            // A quotation the content runs into may close in a later sentence ("… that there
            // “was no evidence. On review, no pattern was detected.”"): all of it is the source's.
            std::size_t k = f.content.last - 1;
            if (quotes.inside(k)) {
                while (k + 1 < view.size() && quotes.inside(k + 1)) {
                    ++k;
                }
                last = std::max(last, owner(k));
            }
        }
        const std::uint32_t next = last + 1;
        if (next < sentences.size() && sentences[next].block == sentences[last].block &&
            continues_source(view, quotes, sentences[next], attributed[next])) {
            last = next;
            // A continued quotation may run over several sentences.
            if (const auto quote = quotes.opened_at(sentences[next].first_token)) {
                last = std::max(last, owner(quote->close));
            }
        }
        for (std::uint32_t s = first; s <= last; ++s) {
            a.supports.push_back(s);
        }
        out.push_back(std::move(a));
    }
    std::stable_sort(out.begin(), out.end(), [](const Attribution& x, const Attribution& y) {
        return x.cue.start < y.cue.start;
    });
    return out;
}

} // namespace parallax::detail::evidence
