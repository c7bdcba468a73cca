#pragma once
// Word lists as data: the format of the files under plugins/data/lexicons, and the stemmer that
// makes a listed word and a Document token agree.
//
//     for (std::string_view entry : parallax::lexicon_entries(embedded::hedges())) { ... }
//     parallax::Stemmer stemmer;
//     stemmer.stem("tensions") == "tension"

#include "parallax/word_hash.h"

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

struct sb_stemmer;

namespace parallax {

/// The entries of a word-list file: one per line, trimmed; blank lines and lines starting with
/// "#" (comments) skipped. The views point into `text`.
std::vector<std::string_view> lexicon_entries(std::string_view text);

/// Hashes a std::string and a std::string_view alike, so that a set or map keyed by strings can
/// be searched with a view of a token's text without building a std::string for each lookup.
/// word_hash() is several times cheaper than std::hash on words.
struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const noexcept { return word_hash(text); }
};

/// A set of words searchable by std::string_view.
using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;
/// A map from words searchable by std::string_view.
template <typename Value>
using StringMap = std::unordered_map<std::string, Value, StringHash, std::equal_to<>>;

/// The Snowball English stemmer that fills Token::stem. Not thread-safe: make one per thread or
/// per use.
class Stemmer {
public:
    Stemmer();
    /// The stem of a case-folded word (the word itself when the stemmer is unavailable).
    std::string stem(std::string_view folded_word);

private:
    struct Deleter {
        void operator()(sb_stemmer* stemmer) const;
    };
    std::unique_ptr<sb_stemmer, Deleter> stemmer_;
};

} // namespace parallax
