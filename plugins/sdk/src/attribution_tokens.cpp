#include "attribution_tokens.h"

#include "utf8.h"

#include <unicode/uchar.h>

namespace parallax::detail::evidence {

namespace {

/// The classes of every token: a common word's from the Lexicon's table, any other's looked up
/// once per Document (by its WordId) however often it occurs.
std::vector<WordClasses> classes_of_tokens(const Document& doc, const Lexicon& lexicon) {
    constexpr WordClasses kUnknown = ~WordClasses{0};
    const std::span<const WordClasses> common = lexicon.common_classes;
    const auto tokens = doc.tokens();
    std::vector<WordClasses> own(
        doc.word_count() > common.size() ? doc.word_count() - common.size() : 0, kUnknown);
    std::vector<WordClasses> out(tokens.size());
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const Token& token = tokens[i];
        const std::uint32_t id = token.word.value;
        if (id < common.size()) {
            out[i] = common[id];
            continue;
        }
        if (id - common.size() >= own.size()) {
            out[i] = lexicon.classes_of(token.folded); // not numbered by this Document
            continue;
        }
        WordClasses& known = own[id - common.size()];
        if (known == kUnknown) {
            known = lexicon.classes_of(token.folded);
        }
        out[i] = known;
    }
    return out;
}

} // namespace

TokenView::TokenView(const Document& doc)
    : doc_(doc), tokens_(doc.tokens()), lexicon_(evidence::lexicon()),
      classes_(classes_of_tokens(doc, lexicon_)) {}

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
    // A capitalised token is a word: its classes say all.
    const WordClasses not_names = lexicon_.determiners.bit() | lexicon_.vague_quantifiers.bit() |
                                  lexicon_.clause_words.bit() | lexicon_.noun_phrase_links.bit() |
                                  word_class::kBarePronoun | lexicon_.verb_fillers.bit();
    return (classes_[i] & not_names) == 0;
}

bool TokenView::possessive(std::size_t i) const {
    const std::string_view f = folded(i);
    return f.ends_with("'s") || f.ends_with("\u2019s") ||
           (i + 1 < size() && adjacent(i, i + 1) && f.ends_with('s') &&
            (text(i + 1) == "'" || text(i + 1) == "\u2019") &&
            (i + 2 >= size() || !adjacent(i + 1, i + 2)));
}

std::string_view TokenView::bare(std::size_t i) const {
    return bare_form(folded(i));
}

bool TokenView::pronoun(std::size_t i) const {
    return word(i) && (classes_[i] & word_class::kBarePronoun) != 0;
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
    // Every mark starts with one of these bytes: ` " ' or the lead byte of « » (C2) or “ ” (E2).
    const char lead = t.empty() ? '\0' : t.front();
    if (lead != '`' && lead != '"' && lead != '\'' && lead != '\xC2' && lead != '\xE2') {
        return QuoteMark::None;
    }
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
