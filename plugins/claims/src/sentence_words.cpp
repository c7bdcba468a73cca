#include "sentence_words.h"

#include "parallax/common_words.h"

#include <algorithm>

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

/// Punctuation that ends a phrase: not a quotation mark, an apostrophe, a hyphen or "&".
bool breaks_phrase(std::string_view mark) {
    return quote_kind(mark) == Quote::None && mark != "'" && mark != "-" && mark != "\u2010" &&
           mark != "&";
}

} // namespace

namespace {

/// For each common word, its membership as a non-word token and as a word (with its stem).
std::span<const Membership> common_memberships() {
    static const std::vector<Membership> table = [] {
        std::vector<Membership> out;
        out.reserve(2 * common_words().size());
        for (const CommonWord& word : common_words()) {
            out.push_back(lexicon::membership(word.folded, {}));
            out.push_back(lexicon::membership(word.folded, word.stem));
        }
        return out;
    }();
    return table;
}

} // namespace

WordMemberships::WordMemberships(const Document& document)
    : common_(common_memberships()), common_count_(static_cast<std::uint32_t>(common_.size() / 2)),
      sets_(2 *
            std::size_t{document.word_count() - std::min(document.word_count(), common_count_)}),
      known_(sets_.size(), 0) {}

SentenceWords::SentenceWords(const Document& document, const Sentence& sentence, QuoteState& quotes,
                             WordMemberships& memberships)
    : document_(document), tokens_(document.tokens_of(sentence)) {
    words_.reserve(tokens_.size());
    size_ = static_cast<std::ptrdiff_t>(tokens_.size());
    // Sentence-wide facts gathered in locals, stored once after the loop.
    Membership all_sets;
    bool quotation = false;
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
        const Token& token = tokens_[i];
        Word& word = words_.emplace_back();
        word.folded = token.folded;
        word.stem = token.stem;
        word.membership = memberships.of(token);
        all_sets.sets |= word.membership.sets;
        word.kind = token.kind;
        const std::string_view text = document_.slice(token.range);
        word.text = text;
        const char lead = text.empty() ? '\0' : text.front();
        if (token.kind != TokenKind::Word && token.kind != TokenKind::Number) {
            switch (quote_kind(text)) {
            case Quote::Open:
                quotes.open = true;
                quotes.single = text == "\u2018";
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
                if (text == "'" && quotes.open && quotes.single) {
                    quotes.open = false;
                }
                break;
            }
            word.quoted = quotes.open;
            word.is_break = breaks_phrase(text);
            continue;
        }
        word.quoted = quotes.open;
        if (token.kind == TokenKind::Word) {
            word.capitalized = lead >= 'A' && lead <= 'Z';
            quotation = quotation || word.quoted;
            if (first_word_ < 0) {
                first_word_ = static_cast<std::ptrdiff_t>(i);
            }
        }
    }
    all_sets_ = all_sets;
    has_quotation_ = quotation;
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

ByteRange SentenceWords::range(std::ptrdiff_t first, std::ptrdiff_t last) const {
    return ByteRange{tokens_[static_cast<std::size_t>(first)].range.start,
                     tokens_[static_cast<std::size_t>(last)].range.end};
}

std::string_view SentenceWords::slice(std::ptrdiff_t first, std::ptrdiff_t last) const {
    return document_.slice(range(first, last));
}

} // namespace parallax::claims
