#include "parallax/lexicon.h"

#include <libstemmer.h>

namespace parallax {

std::vector<std::string_view> lexicon_entries(std::string_view text) {
    constexpr std::string_view blanks = " \t\r";
    std::vector<std::string_view> entries;
    while (!text.empty()) {
        const std::size_t eol = text.find('\n');
        std::string_view line = text.substr(0, eol);
        text.remove_prefix(eol == std::string_view::npos ? text.size() : eol + 1);
        const std::size_t first = line.find_first_not_of(blanks);
        if (first == std::string_view::npos) {
            continue;
        }
        line = line.substr(first, line.find_last_not_of(blanks) - first + 1);
        if (!line.starts_with('#')) {
            entries.push_back(line);
        }
    }
    return entries;
}

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

} // namespace parallax
