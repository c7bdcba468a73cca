#pragma once
// A sentence's tokens as the attribution finder sees them: word classes from the evidence
// lexicon, capitalisation, quotation marks and punctuation, by token index into the Document.

#include "attribution_lexicon.h"

#include "parallax/document.h"

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace parallax::detail::evidence {

/// Open and Close marks are curly; Either is straight ("), or the first of two apostrophes ('')
/// some newswires write for one; Second is the second of those two (part of a mark, not one).
enum class QuoteMark { None, Open, Close, Either, Second };

/// A half-open range of token indexes [first, last).
struct TokenSpan {
    std::size_t first = 0;
    std::size_t last = 0;
    bool empty() const { return first >= last; }
    std::size_t size() const { return last - first; }
};

class TokenView {
public:
    explicit TokenView(const Document& doc);

    const Document& doc() const { return doc_; }
    const Lexicon& lex() const { return lexicon_; }
    const Token& at(std::size_t i) const { return tokens_[i]; }
    std::size_t size() const { return tokens_.size(); }
    std::span<const Token> tokens() const { return tokens_; }

    std::string_view text(std::size_t i) const { return doc_.slice(tokens_[i].range); }
    std::string_view folded(std::size_t i) const { return tokens_[i].folded; }
    bool word(std::size_t i) const { return tokens_[i].kind == TokenKind::Word; }
    bool is(std::size_t i, std::string_view folded) const { return tokens_[i].folded == folded; }

    /// The word lists token i's form is in (word_class), whatever the token's kind.
    WordClasses classes(std::size_t i) const { return classes_[i]; }
    /// Whether token i is a word of `list`: list.contains(at(i)), read from its classes.
    bool in(std::size_t i, const WordList& list) const {
        return word(i) && (classes_[i] & list.bit()) != 0;
    }
    /// list.match(tokens(), i), with a token no phrase of the list starts with turned away by
    /// its classes.
    std::size_t phrase_at(std::size_t i, const PhraseList& list) const {
        return i < size() && (classes_[i] & list.bit()) != 0 ? list.match(tokens_, i) : 0;
    }

    /// Starts with an upper-case letter ("Japan", "NATO", "Élysée").
    bool capitalized(std::size_t i) const;
    /// A word written in lower case: a reporting verb must be one.
    bool lowercase(std::size_t i) const { return word(i) && !capitalized(i); }
    /// A capitalised word that is a name, not a capitalised function word ("The", "Some", "In").
    bool named(std::size_t i) const;
    /// "Japan's", "ministry’s", "voters'".
    bool possessive(std::size_t i) const;
    /// The folded form without a contraction: "he's" -> "he", "they’ve" -> "they".
    std::string_view bare(std::size_t i) const;
    bool pronoun(std::size_t i) const;
    /// A lowercase word ending in "-ly": an adverb between a source and its verb.
    bool adverb(std::size_t i) const;
    /// Which quotation mark token i is, if any.
    QuoteMark quote(std::size_t i) const;
    /// Sentence-internal punctuation that may separate a trailing attribution: , ; — – -
    bool separator(std::size_t i) const;

    /// Token index just after byte offset `end` in the same sentence, when adjacent.
    bool adjacent(std::size_t left, std::size_t right) const {
        return tokens_[left].range.end == tokens_[right].range.start;
    }

private:
    const Document& doc_;
    std::span<const Token> tokens_;
    const Lexicon& lexicon_;
    std::vector<WordClasses> classes_; // by token
};

} // namespace parallax::detail::evidence
