#pragma once
// Finds lexicon phrases (stock phrases, loaded labels) in a sentence's words, by stem. The
// words of a match follow each other with no breaking punctuation between; a "*" in an entry
// stands for any one word or none ("navigating * complexities"), "<name>" for a proper name and
// "=word" for that exact case-folded form.

#include "draft_words.h"
#include "lexicon.h"

#include <cstdint>
#include <string>
#include <vector>

namespace parallax::framing {

struct PhraseMatch {
    std::uint32_t entry = 0;      // index into the matcher's entries
    std::uint32_t first_word = 0; // indexes into DraftWords::words()
    std::uint32_t last_word = 0;
};

class PhraseMatcher {
public:
    explicit PhraseMatcher(const std::vector<PhraseEntry>& entries);

    /// The longest match at each word, left to right, without overlaps.
    std::vector<PhraseMatch> find(const DraftWords& words, std::uint32_t sentence) const;
    const PhraseEntry& entry(std::uint32_t index) const { return entries_[index]; }

private:
    /// Index one past the last word of `entry` matched from `word`, or 0 when it does not match.
    std::uint32_t match(const DraftWords& words, const PhraseEntry& entry, std::size_t part,
                        std::uint32_t word, std::uint32_t end) const;
    static bool word_matches(const DraftWords& words, const Word& word, const std::string& part);

    const std::vector<PhraseEntry>& entries_;
    /// Entries by their first part: a stem or "<name>" ...
    StringMap<std::vector<std::uint32_t>> by_first_stem_;
    /// ... or an exact form ("=word", kept here without the "=").
    StringMap<std::vector<std::uint32_t>> by_first_form_;
};

} // namespace parallax::framing
