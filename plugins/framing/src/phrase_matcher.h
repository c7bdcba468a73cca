#pragma once
// Finds lexicon phrases (stock phrases, loaded labels) in a sentence's words, by stem. The
// words of a match follow each other with no breaking punctuation between; a "*" in an entry
// stands for any one word or none ("navigating * complexities"), "<name>" for a proper name and
// "=word" for that exact case-folded form. Entries are compiled to phrase keys (StemFacts,
// FormFacts), so matching compares numbers.

#include "draft_words.h"
#include "lexicon.h"

#include <cstdint>
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
    /// One word of an entry.
    struct Part {
        enum class Kind { Stem, Form, Name, Any };
        Kind kind = Kind::Stem;
        std::uint32_t key = kNoPhraseKey; // the phrase key of a Stem or Form
    };

    /// An entry as the words that open it see it: what its last word must be, and how many
    /// words a match has at least (its parts but "*") and at most (all its parts).
    struct Candidate {
        std::uint32_t entry = 0;
        Part last;
        std::uint32_t fewest = 0;
        std::uint32_t most = 0;
        bool has_any() const { return fewest < most; }
    };

    /// The entries that open on one word, and what their last words can be: when each ends on
    /// a stem, a bit per stem (its phrase key modulo 64), so that a bucket of many entries ("a"
    /// opens a dozen stock phrases) is passed over at once where no word near can end one.
    struct Bucket {
        std::vector<Candidate> candidates;
        bool ends_on_stems = true;
        std::uint64_t last_stems = 0;
        std::uint32_t nearest_end = UINT32_MAX; // the fewest words of a match, less one
        std::uint32_t farthest_end = 0;         // the most words of a match
        void add(const Candidate& candidate);
        /// Whether some entry may end near `word`: a quick, not exact, test.
        bool may_end_near(const DraftWords& words, std::uint32_t word, std::uint32_t end) const;
    };

    /// Index one past the last word of `entry` matched from `word`, or 0 when it does not match.
    std::uint32_t match(const DraftWords& words, const std::vector<Part>& entry, std::size_t part,
                        std::uint32_t word, std::uint32_t end) const;
    /// match() from the first part for an entry without "*": one word per part, no search.
    static std::uint32_t match_fixed(const DraftWords& words, const std::vector<Part>& entry,
                                     std::uint32_t word, std::uint32_t end);
    static bool word_matches(const DraftWords& words, const Word& word, const Part& part);
    /// A quick test before match(): whether the last word of the candidate's entry is found
    /// where a match from `word` would end. Most tries fail on it ("a" opens many stock
    /// phrases).
    static bool may_end_near(const DraftWords& words, const Candidate& candidate,
                             std::uint32_t word, std::uint32_t end);

    const std::vector<PhraseEntry>& entries_;
    std::vector<std::vector<Part>> parts_; // by entry
    /// Entries by their first part: a stem, an exact form or a name (by phrase key).
    std::vector<Bucket> by_first_stem_;
    std::vector<Bucket> by_first_form_;
    Bucket by_first_name_;
};

} // namespace parallax::framing
