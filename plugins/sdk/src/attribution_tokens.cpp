#include "attribution_tokens.h"

#include "utf8.h"

#include <unicode/uchar.h>

namespace parallax::detail::evidence {

bool TokenView::capitalized(std::size_t i) const {
    const std::string_view t = text(i);
    if (t.empty() || !word(i)) {
        return false;
    }
    const auto c = static_cast<unsigned char>(t.front());
    if (c < 0x80U) {
        return c >= 'A' && c <= 'Z';
    }
    const Decoded d = decode_utf8(t, 0);
    return u_isupper(static_cast<UChar32>(d.code_point)) != 0;
}

bool TokenView::named(std::size_t i) const {
    if (!capitalized(i)) {
        return false;
    }
    const Token& t = tokens_[i];
    return !lexicon_.determiners.contains(t) && !lexicon_.vague_quantifiers.contains(t) &&
           !lexicon_.clause_words.contains(t) && !lexicon_.noun_phrase_links.contains(t) &&
           !lexicon_.pronouns.contains_folded(bare(i)) && !lexicon_.verb_fillers.contains(t);
}

bool TokenView::possessive(std::size_t i) const {
    const std::string_view f = folded(i);
    return f.ends_with("'s") || f.ends_with("\u2019s") ||
           (i + 1 < size() && adjacent(i, i + 1) && f.ends_with('s') &&
            (text(i + 1) == "'" || text(i + 1) == "\u2019") &&
            (i + 2 >= size() || !adjacent(i + 1, i + 2)));
}

std::string_view TokenView::bare(std::size_t i) const {
    std::string_view f = folded(i);
    const std::size_t straight = f.find('\'');
    const std::size_t curly = f.find("\u2019");
    const std::size_t cut = std::min(straight, curly);
    return cut == std::string_view::npos ? f : f.substr(0, cut);
}

bool TokenView::pronoun(std::size_t i) const {
    return word(i) && lexicon_.pronouns.contains_folded(bare(i));
}

bool TokenView::adverb(std::size_t i) const {
    const std::string_view f = folded(i);
    return lowercase(i) && f.size() > 4 && f.ends_with("ly") && !f.ends_with("ply");
}

QuoteMark TokenView::quote(std::size_t i) const {
    // Every mark is punctuation; most tokens are words, turned away before their text is read.
    if (tokens_[i].kind == TokenKind::Word || tokens_[i].kind == TokenKind::Number) {
        return QuoteMark::None;
    }
    const std::string_view t = text(i);
    if (t == "\u201C" || t == "\u00AB" || t == "``") {
        return QuoteMark::Open;
    }
    if (t == "\u201D" || t == "\u00BB") {
        return QuoteMark::Close;
    }
    if (t == "\"") {
        return QuoteMark::Either;
    }
    // Two apostrophes in a row stand for a double quotation mark in some newswire styles.
    if (t == "'" && i + 1 < size() && adjacent(i, i + 1) && text(i + 1) == "'") {
        return QuoteMark::Either;
    }
    if (t == "'" && i > 0 && adjacent(i - 1, i) && text(i - 1) == "'") {
        return QuoteMark::Second;
    }
    return QuoteMark::None;
}

bool TokenView::separator(std::size_t i) const {
    const std::string_view t = text(i);
    return t == "," || t == ";" || t == "\u2014" || t == "\u2013" || t == "-" || t == "--";
}

} // namespace parallax::detail::evidence
