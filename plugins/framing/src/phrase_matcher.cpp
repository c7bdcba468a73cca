#include "phrase_matcher.h"

namespace parallax::framing {

PhraseMatcher::PhraseMatcher(const std::vector<PhraseEntry>& entries) : entries_(entries) {
    for (std::uint32_t i = 0; i < entries_.size(); ++i) {
        const std::string& first = entries_[i].stems.front();
        if (first.starts_with('=')) {
            by_first_form_[first.substr(1)].push_back(i);
        } else {
            by_first_stem_[first].push_back(i);
        }
    }
}

bool PhraseMatcher::word_matches(const DraftWords& words, const Word& word,
                                 const std::string& part) {
    if (part == "<name>") {
        return word.name;
    }
    if (part.starts_with('=')) {
        return words.folded(word) == std::string_view(part).substr(1);
    }
    return words.stem(word.id) == part;
}

std::uint32_t PhraseMatcher::match(const DraftWords& words, const PhraseEntry& entry,
                                   std::size_t part, std::uint32_t word, std::uint32_t end) const {
    if (part == entry.stems.size()) {
        return word;
    }
    const auto all = words.words();
    // Every word after the first must follow its predecessor without a break.
    const auto continues = [&](std::uint32_t w) { return w < end && (part == 0 || all[w].joined); };
    if (entry.stems[part] == "*") {
        if (continues(word)) {
            if (const std::uint32_t found = match(words, entry, part + 1, word + 1, end)) {
                return found;
            }
        }
        return match(words, entry, part + 1, word, end);
    }
    if (!continues(word) || !word_matches(words, all[word], entry.stems[part])) {
        return 0;
    }
    return match(words, entry, part + 1, word + 1, end);
}

std::vector<PhraseMatch> PhraseMatcher::find(const DraftWords& words,
                                             std::uint32_t sentence) const {
    std::vector<PhraseMatch> matches;
    const std::uint32_t begin = words.first_word(sentence);
    const std::uint32_t end = words.first_word(sentence + 1);
    const auto all = words.words();
    for (std::uint32_t w = begin; w < end;) {
        std::uint32_t best_end = 0;
        std::uint32_t best_entry = 0;
        const auto try_key = [&](const StringMap<std::vector<std::uint32_t>>& by_first,
                                 std::string_view key) {
            const auto it = by_first.find(key);
            if (it == by_first.end()) {
                return;
            }
            for (std::uint32_t index : it->second) {
                const std::uint32_t found = match(words, entries_[index], 0, w, end);
                if (found > best_end) {
                    best_end = found;
                    best_entry = index;
                }
            }
        };
        try_key(by_first_stem_, words.stem(all[w].id));
        try_key(by_first_form_, words.folded(all[w]));
        if (all[w].name) {
            try_key(by_first_stem_, "<name>");
        }
        if (best_end == 0) {
            ++w;
            continue;
        }
        matches.push_back({.entry = best_entry, .first_word = w, .last_word = best_end - 1});
        w = best_end;
    }
    return matches;
}

} // namespace parallax::framing
