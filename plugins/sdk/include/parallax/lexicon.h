#pragma once
// Word lists as data: the format of the files under plugins/data/lexicons, and the stemmer that
// makes a listed word and a Document token agree.
//
//     for (std::string_view entry : parallax::lexicon_entries(embedded::hedges())) { ... }
//     parallax::Stemmer stemmer;
//     stemmer.stem("tensions") == "tension"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct sb_stemmer;

namespace parallax {

/// The entries of a word-list file: one per line, trimmed; blank lines and lines starting with
/// "#" (comments) skipped. The views point into `text`.
std::vector<std::string_view> lexicon_entries(std::string_view text);

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
