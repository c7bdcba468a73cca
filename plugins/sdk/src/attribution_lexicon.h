#pragma once
// The word lists the attribution finder reasons with, loaded once from the data files under
// plugins/data/lexicons/evidence/ (embedded at build time; each file says what it is for).

#include "parallax/document.h"
#include "parallax/lexicon.h"

#include <tsl/robin_map.h>
#include <tsl/robin_set.h>

#include <algorithm>
#include <bitset>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace parallax::detail::evidence {

/// A set of words searchable by a view of a token's text. Open addressing with each word's hash
/// kept beside it: a lookup, which nearly always misses, compares hashes and reads no word.
using HashedWordSet = tsl::robin_set<std::string, StringHash, std::equal_to<>,
                                     std::allocator<std::string>, /*StoreHash=*/true>;

/// The word lists (and phrase lists' first words) a case-folded form is in, one bit each: what
/// the finder asks of every token, worked out once per word (see TokenView::in) instead of
/// hashing the token's form for every list it asks about.
using WordClasses = std::uint32_t;

namespace word_class {
/// Bits for what no one list says: a cue's first word (Lexicon::cue_words), a reporting
/// verb's base form, a pronoun once a contraction is cut off ("he's" -> "he"), a colon, and a
/// form a quotation mark may have (TokenView::quote decides).
inline constexpr WordClasses kCueWord = 1U << 0U;
inline constexpr WordClasses kReportingBase = 1U << 1U;
inline constexpr WordClasses kBarePronoun = 1U << 2U;
inline constexpr WordClasses kColon = 1U << 3U;
inline constexpr WordClasses kQuoteMark = 1U << 4U;
/// The first bit the Lexicon gives a list. The last bit stays free.
inline constexpr unsigned kFirstListBit = 5;
inline constexpr unsigned kLastListBit = 30;
} // namespace word_class

/// A case-folded form without a contraction: "he's" -> "he", "they’ve" -> "they".
inline std::string_view bare_form(std::string_view folded) {
    if (std::ranges::none_of(folded, [](char c) { return c == '\'' || c == '\xE2'; })) {
        return folded; // no apostrophe, straight or curly (U+2019 starts with E2)
    }
    const std::size_t straight = folded.find('\'');
    const std::size_t curly = folded.find("\u2019");
    const std::size_t cut = std::min(straight, curly);
    return cut == std::string_view::npos ? folded : folded.substr(0, cut);
}

/// A set of words, matched on a token's case-folded form. In an inflected list each entry also
/// stands for its regular verb and plural forms ("argue": argues, argued, arguing) — not for
/// its derivations ("insist" is not "insistence", which a Snowball stem would conflate); an entry
/// written "=word" stands for itself only. In an exact list every entry stands for itself.
class WordList {
public:
    enum class Match { Inflected, Exact };
    WordList(Match match, std::string_view lexicon_text);

    bool contains(const Token& token) const {
        return token.kind == TokenKind::Word && words_.contains(token.folded);
    }
    bool contains_folded(std::string_view folded) const { return words_.contains(folded); }
    /// Whether the token is an entry's base form ("say", not "says" or "said"): present tense
    /// that agrees only with a plural or I/we/you/they, or follows an auxiliary.
    bool base_form(const Token& token) const { return bases_.contains(token.folded); }
    /// Every word form the list matches.
    const HashedWordSet& words() const { return words_; }
    /// The entries' base forms (an inflected list's only).
    const HashedWordSet& bases() const { return bases_; }

    /// The list's bit in WordClasses, given by the Lexicon that holds it (0 otherwise).
    WordClasses bit() const { return bit_; }
    void set_bit(WordClasses bit) { bit_ = bit; }

private:
    HashedWordSet words_;
    HashedWordSet bases_;
    WordClasses bit_ = 0;
};

/// Multi-word phrases, matched word by word on case-folded tokens.
class PhraseList {
public:
    explicit PhraseList(std::string_view lexicon_text);
    /// Number of tokens of the longest phrase starting at tokens[at], or 0. Inline: asked of
    /// every token, and most are turned away by their first byte and length.
    std::size_t match(std::span<const Token> tokens, std::size_t at) const {
        if (at >= tokens.size() || !may_start(tokens[at].folded)) {
            return 0;
        }
        return longest_from(tokens, at);
    }
    /// Adds the first word of every phrase to `out`.
    void add_first_words(HashedWordSet& out) const;

    /// The bit in WordClasses of the phrases' first words, given by the Lexicon that holds the
    /// list (0 otherwise).
    WordClasses bit() const { return bit_; }
    void set_bit(WordClasses bit) { bit_ = bit; }

private:
    /// Whether a phrase may start with `word`: its first byte and length are those of some
    /// phrase's first word.
    bool may_start(std::string_view word) const {
        return !word.empty() && first_bytes_.test(static_cast<unsigned char>(word.front())) &&
               first_lengths_.test(std::min(word.size(), first_lengths_.size() - 1));
    }
    std::size_t longest_from(std::span<const Token> tokens, std::size_t at) const;

    std::vector<std::vector<std::string>> phrases_;
    // Indexes into phrases_, by first word; each word's hash kept, as in HashedWordSet.
    tsl::robin_map<std::string, std::vector<std::size_t>, StringHash, std::equal_to<>,
                   std::allocator<std::pair<std::string, std::vector<std::size_t>>>,
                   /*StoreHash=*/true>
        by_first_word_;
    std::bitset<256> first_bytes_;
    std::bitset<64> first_lengths_; // lengths of 63 bytes and more share the last bit
    WordClasses bit_ = 0;
};

/// Word forms with their classes, searchable by view.
using HashedClassMap =
    tsl::robin_map<std::string, WordClasses, StringHash, std::equal_to<>,
                   std::allocator<std::pair<std::string, WordClasses>>, /*StoreHash=*/true>;

struct Lexicon {
    WordList reporting_verbs;
    WordList finding_verbs;
    WordList evidence_nouns;
    WordList control_verbs;
    WordList vague_agents;
    WordList vague_quantifiers;
    WordList anchorless_modifiers;
    WordList pronouns;
    WordList determiners;
    WordList verb_fillers;
    WordList be_forms;
    WordList clause_words;
    WordList noun_phrase_links;
    WordList titles;
    WordList time_words;
    WordList time_openers;
    WordList participle_openers;
    WordList shares;
    WordList named_only_verbs;
    WordList authoring_verbs;
    WordList work_nouns;
    WordList trailing_verbs;
    PhraseList attribution_phrases;
    PhraseList statement_phrases;
    PhraseList phrasal_cues;
    PhraseList false_cues;
    /// Every word a reporting cue can start with: the reporting, finding, named-only and
    /// trailing verbs and the first words of phrasal cues. Most words are none of them, and one
    /// lookup here spares the five a cue needs.
    HashedWordSet cue_words;

    /// The classes of every form that has any.
    HashedClassMap classes;
    /// The classes of each common word (parallax/common_words.h), by its WordId: most tokens'
    /// classes are read here, with no lookup at all.
    std::vector<WordClasses> common_classes;

    /// The classes of a case-folded form: one lookup for every list.
    WordClasses classes_of(std::string_view folded) const;
};

/// The lexicon, loaded on first use.
const Lexicon& lexicon();

} // namespace parallax::detail::evidence
