#pragma once
// The perspectives plugin's word lists (plugins/data/lexicons/perspectives), compiled in and
// parsed once.

#include "parallax/lexicon.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <initializer_list>
#include <string_view>

namespace parallax::perspectives {

/// Which word shapes (first byte, last byte, length) a set of words has: a few instructions
/// tell that a word is in none of them, so most tokens skip hashing. Never rejects a member.
class WordShapes {
public:
    void add(std::string_view word) {
        if (!word.empty()) {
            by_first_[byte(word.front())] |= length_bit(word);
            by_last_[byte(word.back())] |= length_bit(word);
        }
    }
    void add(const WordShapes& other) {
        for (std::size_t i = 0; i < by_first_.size(); ++i) {
            by_first_[i] |= other.by_first_[i];
            by_last_[i] |= other.by_last_[i];
        }
    }
    /// False when no added word could be `word`.
    bool may_contain(std::string_view word) const {
        return !word.empty() && (by_first_[byte(word.front())] & by_last_[byte(word.back())] &
                                 length_bit(word)) != 0;
    }

private:
    static std::size_t byte(char c) { return static_cast<unsigned char>(c); }
    /// One bit per length; every length from 31 on shares the last.
    static std::uint32_t length_bit(std::string_view word) {
        return std::uint32_t{1} << std::min<std::size_t>(word.size(), 31);
    }

    std::array<std::uint32_t, 256> by_first_{}; // lengths of the words starting with each byte
    std::array<std::uint32_t, 256> by_last_{};  // lengths of the words ending with each byte
};

/// A set of case-folded words, one per line of a lexicon file; "#" starts a comment line.
class WordSet {
public:
    explicit WordSet(std::string_view text);
    /// The words of all the given sets.
    static WordSet union_of(std::initializer_list<const WordSet*> sets);
    bool contains(std::string_view word) const {
        return shapes_.may_contain(word) && words_.contains(word);
    }

private:
    WordSet() = default;

    StringSet words_;
    WordShapes shapes_;
};

struct Lexicon {
    WordSet collective_nouns;
    WordSet collective_pronouns;
    WordSet regional_adjectives;
    WordSet quantifiers;
    WordSet region_words;
    WordSet subject_openers;
    WordSet naming_introducers;
    WordSet pronouns;
};

/// The embedded lexicon, loaded on first use.
const Lexicon& lexicon();

} // namespace parallax::perspectives
