#pragma once
// The perspectives plugin's word lists (plugins/data/lexicons/perspectives), compiled in and
// parsed once.

#include "parallax/lexicon.h"

#include <initializer_list>
#include <string_view>

namespace parallax::perspectives {

/// A set of case-folded words, one per line of a lexicon file; "#" starts a comment line.
class WordSet {
public:
    explicit WordSet(std::string_view text);
    /// The words of all the given sets.
    static WordSet union_of(std::initializer_list<const WordSet*> sets);
    bool contains(std::string_view word) const { return words_.contains(word); }

private:
    WordSet() = default;

    StringSet words_;
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
