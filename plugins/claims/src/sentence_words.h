#pragma once
// One sentence's tokens as the claims rules read them: case-folded forms and stems, whether a
// token is capitalised, whether it lies inside quotation marks. Accessors take any index and
// answer "nothing" past either end, so that patterns can look ahead and behind freely.

#include "lexicon.h"

#include "parallax/document.h"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>
#include <string_view>
#include <vector>

namespace parallax::claims {

/// Quotation state carried from one sentence of a block to the next.
struct QuoteState {
    bool open = false;
    bool single = false; // opened by a single mark (‘): a straight apostrophe may close it
};

/// The lexicon membership (lexicon::membership) of a Document's tokens, worked out once per
/// distinct word rather than once per token (a draft repeats its words, and each lookup hashes
/// the word and its stem), and for the common words (parallax/common_words.h) once per process.
class WordMemberships {
public:
    explicit WordMemberships(const Document& document);
    /// lexicon::membership(token.folded, token.stem), for a token of the Document.
    Membership of(const Token& token) {
        // A form met as a word has its stem; met as punctuation or a number, none.
        const std::size_t kind = token.kind == TokenKind::Word ? 1 : 0;
        if (token.word.value < common_count_) {
            return common_[2 * std::size_t{token.word.value} + kind];
        }
        const std::size_t slot = 2 * std::size_t{token.word.value - common_count_} + kind;
        if (known_[slot] == 0) {
            sets_[slot] = lexicon::membership(token.folded, token.stem);
            known_[slot] = 1;
        }
        return sets_[slot];
    }

private:
    std::span<const Membership> common_; // by 2 * word id + whether the token is a word
    std::uint32_t common_count_ = 0;
    std::vector<Membership> sets_;    // likewise for the other words, from common_count_ up
    std::vector<std::uint8_t> known_; // by the slot of sets_: 1 once it holds the membership
};

class SentenceWords {
public:
    /// `quotes` is the state at the start of the sentence; it is updated to the state at its end.
    /// `memberships` is the Document's, shared by its sentences.
    SentenceWords(const Document& document, const Sentence& sentence, QuoteState& quotes,
                  WordMemberships& memberships);

    std::ptrdiff_t size() const { return size_; }

    // Inline, and read from facts worked out once per token in the constructor: the rules call
    // these for every token they look at, many times over.
    std::string_view folded(std::ptrdiff_t i) const {
        return valid(i) ? at(i).folded : std::string_view();
    }
    std::string_view stem(std::ptrdiff_t i) const {
        return valid(i) ? at(i).stem : std::string_view();
    }
    /// The token as written.
    std::string_view text(std::ptrdiff_t i) const {
        return valid(i) ? at(i).text : std::string_view();
    }
    bool is_word(std::ptrdiff_t i) const { return valid(i) && at(i).kind == TokenKind::Word; }
    bool is_punct(std::ptrdiff_t i) const {
        return valid(i) &&
               (at(i).kind == TokenKind::Punctuation || at(i).kind == TokenKind::Symbol);
    }
    /// True for "," ";" ":" "—" "(" ")" and the like: punctuation that ends a phrase.
    bool is_break(std::ptrdiff_t i) const { return valid(i) && at(i).is_break; }
    bool quoted(std::ptrdiff_t i) const { return valid(i) && at(i).quoted; }
    /// Whether any word of the sentence is inside quotation marks.
    bool has_quotation() const { return has_quotation_; }
    /// A word that starts with an uppercase letter.
    bool capitalized(std::ptrdiff_t i) const { return valid(i) && at(i).capitalized; }
    /// Capitalised and not merely because it opens the sentence: a name, most likely.
    bool looks_like_name(std::ptrdiff_t i) const;
    /// The first word of the sentence.
    bool initial(std::ptrdiff_t i) const { return i == first_word_; }

    bool in(const WordSet& set, std::ptrdiff_t i) const {
        if (!valid(i)) {
            return false;
        }
        const Word& word = at(i);
        return set.in_membership() ? set.contains(word.membership)
                                   : set.contains(word.folded, word.stem);
    }
    /// Whether the token belongs to any of the lexicon's sets in `sets` (see union_of).
    bool in_any(const Membership& sets, std::ptrdiff_t i) const {
        return valid(i) && (at(i).membership.sets & sets.sets) != 0;
    }
    /// Whether some token of the sentence (quoted or not) belongs to any of the lexicon's sets in
    /// `sets`: a rule whose patterns all start at such a token skips a sentence without one.
    bool any_in(const Membership& sets) const { return (all_sets_.sets & sets.sets) != 0; }
    /// Whether a phrase of `list` may start at some token of the sentence.
    bool may_contain(const PhraseList& list) const { return list.may_start(all_sets_); }
    /// Whether some token of the sentence starts with a digit ("2024", "1,500", "5th").
    bool has_digits() const { return any_in(lexicon::digit_led()); }
    /// Whether a phrase of `list` may start at token `i` (a cheap test before matching it).
    bool may_start(const PhraseList& list, std::ptrdiff_t i) const {
        return valid(i) && list.may_start(at(i).membership);
    }
    bool is(std::ptrdiff_t i, std::string_view folded_form) const {
        const std::string_view f = folded(i);
        // memcmp with the length of the word asked for, a literal whose length the compiler
        // knows: a compare or two inline rather than a call.
        return f.size() == folded_form.size() &&
               (folded_form.empty() ||
                std::memcmp(f.data(), folded_form.data(), folded_form.size()) == 0);
    }

    /// Bytes from the start of token `first` to the end of token `last`.
    ByteRange range(std::ptrdiff_t first, std::ptrdiff_t last) const;
    /// The sentence text from token `first` to token `last`, as written.
    std::string_view slice(std::ptrdiff_t first, std::ptrdiff_t last) const;

private:
    /// What the rules ask of one token.
    struct Word {
        std::string_view folded;
        std::string_view stem;
        std::string_view text; // as written
        Membership membership; // which lexicon sets it belongs to
        TokenKind kind = TokenKind::Word;
        bool quoted = false;
        bool capitalized = false;
        bool is_break = false;
    };

    bool valid(std::ptrdiff_t i) const { return i >= 0 && i < size(); }
    const Word& at(std::ptrdiff_t i) const { return words_[static_cast<std::size_t>(i)]; }

    const Document& document_;
    std::span<const Token> tokens_;
    std::vector<Word> words_;
    std::ptrdiff_t size_ = 0; // words_.size(), kept: every accessor compares with it
    std::ptrdiff_t first_word_ = -1;
    bool has_quotation_ = false;
    Membership all_sets_; // the union of the tokens' memberships
};

} // namespace parallax::claims
