#include "stemmer.h"

#include <libstemmer.h>

namespace parallax::framing {

void Stemmer::Deleter::operator()(sb_stemmer* stemmer) const {
    sb_stemmer_delete(stemmer);
}

Stemmer::Stemmer() : stemmer_(sb_stemmer_new("english", "UTF_8")) {}

std::string Stemmer::stem(std::string_view folded_word) {
    if (!stemmer_) {
        return std::string(folded_word);
    }
    const sb_symbol* stem =
        sb_stemmer_stem(stemmer_.get(), reinterpret_cast<const sb_symbol*>(folded_word.data()),
                        static_cast<int>(folded_word.size()));
    if (stem == nullptr) {
        return std::string(folded_word);
    }
    return std::string(reinterpret_cast<const char*>(stem),
                       static_cast<std::size_t>(sb_stemmer_length(stemmer_.get())));
}

std::string_view strip_possessive(std::string_view folded) {
    for (std::string_view suffix : {std::string_view("\u2019s"), std::string_view("'s")}) {
        if (folded.size() > suffix.size() && folded.ends_with(suffix)) {
            return folded.substr(0, folded.size() - suffix.size());
        }
    }
    for (std::string_view suffix : {std::string_view("s\u2019"), std::string_view("s'")}) {
        if (folded.size() > suffix.size() && folded.ends_with(suffix)) {
            return folded.substr(0, folded.size() - suffix.size() + 1);
        }
    }
    return folded;
}

} // namespace parallax::framing
