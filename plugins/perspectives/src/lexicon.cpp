#include "lexicon.h"

namespace parallax::embedded {
std::string_view perspectives_collective_nouns();
std::string_view perspectives_collective_pronouns();
std::string_view perspectives_regional_adjectives();
std::string_view perspectives_quantifiers();
std::string_view perspectives_region_words();
std::string_view perspectives_subject_openers();
std::string_view perspectives_naming_introducers();
std::string_view perspectives_pronouns();
} // namespace parallax::embedded

namespace parallax::perspectives {

WordSet::WordSet(std::string_view text) {
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        std::string_view line = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) {
            line.remove_suffix(1);
        }
        if (!line.empty() && line.front() != '#') {
            words_.emplace(line);
            shapes_.add(line);
        }
    }
}

WordSet WordSet::union_of(std::initializer_list<const WordSet*> sets) {
    WordSet all;
    for (const WordSet* set : sets) {
        all.words_.insert(set->words_.begin(), set->words_.end());
        all.shapes_.add(set->shapes_);
    }
    return all;
}

const Lexicon& lexicon() {
    static const Lexicon words{WordSet(embedded::perspectives_collective_nouns()),
                               WordSet(embedded::perspectives_collective_pronouns()),
                               WordSet(embedded::perspectives_regional_adjectives()),
                               WordSet(embedded::perspectives_quantifiers()),
                               WordSet(embedded::perspectives_region_words()),
                               WordSet(embedded::perspectives_subject_openers()),
                               WordSet(embedded::perspectives_naming_introducers()),
                               WordSet(embedded::perspectives_pronouns())};
    return words;
}

} // namespace parallax::perspectives
