#include "sentence_words.h"

namespace parallax::claims {

namespace {

enum class Quote { None, Open, Close, Toggle };

Quote quote_kind(std::string_view text) {
    if (text == "\u201c" || text == "\u2018" || text == "\u00ab") {
        return Quote::Open;
    }
    if (text == "\u201d" || text == "\u2019" || text == "\u00bb") {
        return Quote::Close;
    }
    if (text == "\"") {
        return Quote::Toggle;
    }
    return Quote::None;
}

} // namespace

SentenceWords::SentenceWords(const Document& document, const Sentence& sentence, QuoteState& quotes)
    : document_(document), tokens_(document.tokens_of(sentence)) {
    quoted_.resize(tokens_.size());
    membership_.reserve(tokens_.size());
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
        const Token& token = tokens_[i];
        membership_.push_back(lexicon::membership(token.folded, token.stem));
        if (token.kind != TokenKind::Word && token.kind != TokenKind::Number) {
            const std::string_view mark = document_.slice(token.range);
            switch (quote_kind(mark)) {
            case Quote::Open:
                quotes.open = true;
                quotes.single = mark == "\u2018";
                break;
            case Quote::Close:
                quotes.open = false;
                break;
            case Quote::Toggle:
                quotes.open = !quotes.open;
                quotes.single = false;
                break;
            case Quote::None:
                // Mixed typography: ‘term' opens with a curly mark and closes with a straight one.
                if (mark == "'" && quotes.open && quotes.single) {
                    quotes.open = false;
                }
                break;
            }
            quoted_[i] = quotes.open;
            continue;
        }
        if (first_word_ < 0 && token.kind == TokenKind::Word) {
            first_word_ = static_cast<std::ptrdiff_t>(i);
        }
        quoted_[i] = quotes.open;
    }
}

std::string_view SentenceWords::text(std::ptrdiff_t i) const {
    return valid(i) ? document_.slice(tokens_[static_cast<std::size_t>(i)].range)
                    : std::string_view();
}

bool SentenceWords::is_punct(std::ptrdiff_t i) const {
    return valid(i) && (tokens_[static_cast<std::size_t>(i)].kind == TokenKind::Punctuation ||
                        tokens_[static_cast<std::size_t>(i)].kind == TokenKind::Symbol);
}

bool SentenceWords::is_break(std::ptrdiff_t i) const {
    if (!is_punct(i)) {
        return false;
    }
    const std::string_view t = text(i);
    return quote_kind(t) == Quote::None && t != "'" && t != "-" && t != "\u2010" && t != "&";
}

bool SentenceWords::quoted(std::ptrdiff_t i) const {
    return valid(i) && quoted_[static_cast<std::size_t>(i)];
}

bool SentenceWords::has_quotation() const {
    for (std::ptrdiff_t i = 0; i < size(); ++i) {
        if (is_word(i) && quoted(i)) {
            return true;
        }
    }
    return false;
}

bool SentenceWords::capitalized(std::ptrdiff_t i) const {
    const std::string_view t = text(i);
    return is_word(i) && !t.empty() && t.front() >= 'A' && t.front() <= 'Z';
}

bool SentenceWords::looks_like_name(std::ptrdiff_t i) const {
    if (!capitalized(i)) {
        return false;
    }
    if (!initial(i)) {
        return true;
    }
    // Sentence-initial: a name unless it is a word the rules know as ordinary English.
    using namespace lexicon;
    return !(in(quantifiers(), i) || in(quantifier_pronouns(), i) ||
             in(singular_indefinites(), i) || in(definite_determiners(), i) ||
             in(bare_agents(), i) || in(collective_agents(), i) || in(pronouns(), i) ||
             in(clause_words(), i) || in(report_nouns(), i) || in(report_modifiers(), i) ||
             in(opinion_triggers(), i) || in(verb_fillers(), i) || in(hearsay_adverbs(), i) ||
             is(i, "there") || is(i, "in") || is(i, "according"));
}

bool SentenceWords::in(const WordSet& set, std::ptrdiff_t i) const {
    if (!valid(i)) {
        return false;
    }
    return set.in_membership() ? set.contains(membership_[static_cast<std::size_t>(i)])
                               : set.contains(folded(i), stem(i));
}

ByteRange SentenceWords::range(std::ptrdiff_t first, std::ptrdiff_t last) const {
    return ByteRange{tokens_[static_cast<std::size_t>(first)].range.start,
                     tokens_[static_cast<std::size_t>(last)].range.end};
}

std::string_view SentenceWords::slice(std::ptrdiff_t first, std::ptrdiff_t last) const {
    return document_.slice(range(first, last));
}

} // namespace parallax::claims
