#pragma once
// One sentence's tokens as the claims rules read them: case-folded forms and stems, whether a
// token is capitalised, whether it lies inside quotation marks. Accessors take any index and
// answer "nothing" past either end, so that patterns can look ahead and behind freely.

#include "lexicon.h"

#include "parallax/document.h"

#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

namespace parallax::claims {

/// Quotation state carried from one sentence of a block to the next.
struct QuoteState {
    bool open = false;
    bool single = false; // opened by a single mark (‘): a straight apostrophe may close it
};

class SentenceWords {
public:
    /// `quotes` is the state at the start of the sentence; it is updated to the state at its end.
    SentenceWords(const Document& document, const Sentence& sentence, QuoteState& quotes);

    std::ptrdiff_t size() const { return static_cast<std::ptrdiff_t>(tokens_.size()); }

    // Inline: the rules call these for every token they look at, many times over.
    std::string_view folded(std::ptrdiff_t i) const {
        return valid(i) ? std::string_view(tokens_[static_cast<std::size_t>(i)].folded)
                        : std::string_view();
    }
    std::string_view stem(std::ptrdiff_t i) const {
        return valid(i) ? std::string_view(tokens_[static_cast<std::size_t>(i)].stem)
                        : std::string_view();
    }
    /// The token as written.
    std::string_view text(std::ptrdiff_t i) const;
    bool is_word(std::ptrdiff_t i) const {
        return valid(i) && tokens_[static_cast<std::size_t>(i)].kind == TokenKind::Word;
    }
    bool is_punct(std::ptrdiff_t i) const;
    /// True for "," ";" ":" "—" "(" ")" and the like: punctuation that ends a phrase.
    bool is_break(std::ptrdiff_t i) const;
    bool quoted(std::ptrdiff_t i) const;
    /// Whether any word of the sentence is inside quotation marks.
    bool has_quotation() const;
    /// Starts with an uppercase letter.
    bool capitalized(std::ptrdiff_t i) const;
    /// Capitalised and not merely because it opens the sentence: a name, most likely.
    bool looks_like_name(std::ptrdiff_t i) const;
    /// The first word of the sentence.
    bool initial(std::ptrdiff_t i) const { return i == first_word_; }

    bool in(const WordSet& set, std::ptrdiff_t i) const;
    bool is(std::ptrdiff_t i, std::string_view folded_form) const {
        return folded(i) == folded_form;
    }

    /// Bytes from the start of token `first` to the end of token `last`.
    ByteRange range(std::ptrdiff_t first, std::ptrdiff_t last) const;
    /// The sentence text from token `first` to token `last`, as written.
    std::string_view slice(std::ptrdiff_t first, std::ptrdiff_t last) const;

private:
    bool valid(std::ptrdiff_t i) const { return i >= 0 && i < size(); }

    const Document& document_;
    std::span<const Token> tokens_;
    std::vector<bool> quoted_;
    std::vector<Membership> membership_; // per token: which lexicon sets it belongs to
    std::ptrdiff_t first_word_ = -1;
};

} // namespace parallax::claims
