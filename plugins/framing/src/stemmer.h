#pragma once
// The Snowball English stemmer the SDK gives tokens, for words the plugin stems itself: lexicon
// entries, and possessives the SDK leaves whole ("NATO’s" -> "nato").

#include <memory>
#include <string>
#include <string_view>

struct sb_stemmer;

namespace parallax::framing {

/// Not thread-safe: make one per thread or per check.
class Stemmer {
public:
    Stemmer();
    std::string stem(std::string_view folded_word);

private:
    struct Deleter {
        void operator()(sb_stemmer* stemmer) const;
    };
    std::unique_ptr<sb_stemmer, Deleter> stemmer_;
};

/// `folded` without a trailing possessive ("’s", "'s", or a bare "’"/"'" after an s), or
/// `folded` itself.
std::string_view strip_possessive(std::string_view folded);

} // namespace parallax::framing
