#include "phrase_matcher.h"

#include <algorithm>

namespace parallax::framing {

namespace {

void add_to(std::vector<std::vector<std::uint32_t>>& by_key, std::uint32_t key,
            std::uint32_t entry) {
    if (by_key.size() <= key) {
        by_key.resize(key + 1);
    }
    by_key[key].push_back(entry);
}

} // namespace

PhraseMatcher::PhraseMatcher(const std::vector<PhraseEntry>& entries) : entries_(entries) {
    for (std::uint32_t i = 0; i < entries_.size(); ++i) {
        std::vector<Part>& parts = parts_.emplace_back();
        for (const std::string& word : entries_[i].stems) {
            if (word == "*") {
                parts.push_back({.kind = Part::Kind::Any});
            } else if (word == "<name>") {
                parts.push_back({.kind = Part::Kind::Name});
            } else if (word.starts_with('=')) {
                parts.push_back(
                    {.kind = Part::Kind::Form, .key = lexicon::phrase_form_key(word.substr(1))});
            } else {
                parts.push_back({.kind = Part::Kind::Stem, .key = lexicon::phrase_stem_key(word)});
            }
        }
        has_any_.push_back(std::any_of(parts.begin(), parts.end(), [](const Part& part) {
            return part.kind == Part::Kind::Any;
        }));
        // An entry that opens on "*" never matches: no word's stem is "*".
        const Part& first = parts.front();
        switch (first.kind) {
        case Part::Kind::Stem:
            add_to(by_first_stem_, first.key, i);
            break;
        case Part::Kind::Form:
            add_to(by_first_form_, first.key, i);
            break;
        case Part::Kind::Name:
            by_first_name_.push_back(i);
            break;
        case Part::Kind::Any:
            break;
        }
    }
}

bool PhraseMatcher::word_matches(const DraftWords& words, const Word& word, const Part& part) {
    switch (part.kind) {
    case Part::Kind::Name:
        return word.name;
    case Part::Kind::Form:
        return words.form_facts(word).phrase_key == part.key;
    case Part::Kind::Stem:
        return words.facts(word).phrase_key == part.key;
    case Part::Kind::Any:
        break;
    }
    return true;
}

std::uint32_t PhraseMatcher::match(const DraftWords& words, const std::vector<Part>& entry,
                                   std::size_t part, std::uint32_t word, std::uint32_t end) const {
    if (part == entry.size()) {
        return word;
    }
    const auto all = words.words();
    // Every word after the first must follow its predecessor without a break.
    const auto continues = [&](std::uint32_t w) { return w < end && (part == 0 || all[w].joined); };
    if (entry[part].kind == Part::Kind::Any) {
        if (continues(word)) {
            if (const std::uint32_t found = match(words, entry, part + 1, word + 1, end)) {
                return found;
            }
        }
        return match(words, entry, part + 1, word, end);
    }
    if (!continues(word) || !word_matches(words, all[word], entry[part])) {
        return 0;
    }
    return match(words, entry, part + 1, word + 1, end);
}

std::uint32_t PhraseMatcher::match_fixed(const DraftWords& words, const std::vector<Part>& entry,
                                         std::uint32_t word, std::uint32_t end) {
    if (entry.size() > end - word) {
        return 0;
    }
    const auto all = words.words();
    for (std::size_t part = 0; part < entry.size(); ++part, ++word) {
        // Every word after the first must follow its predecessor without a break.
        if ((part > 0 && !all[word].joined) || !word_matches(words, all[word], entry[part])) {
            return 0;
        }
    }
    return word;
}

std::vector<PhraseMatch> PhraseMatcher::find(const DraftWords& words,
                                             std::uint32_t sentence) const {
    std::vector<PhraseMatch> matches;
    const std::uint32_t begin = words.first_word(sentence);
    const std::uint32_t end = words.first_word(sentence + 1);
    const auto all = words.words();
    for (std::uint32_t w = begin; w < end;) {
        if (!all[w].phrase_word && !all[w].name) {
            ++w; // no entry opens on this word
            continue;
        }
        std::uint32_t best_end = 0;
        std::uint32_t best_entry = 0;
        const auto try_entries = [&](const std::vector<std::uint32_t>& candidates) {
            for (std::uint32_t index : candidates) {
                const std::uint32_t found = has_any_[index]
                                                ? match(words, parts_[index], 0, w, end)
                                                : match_fixed(words, parts_[index], w, end);
                if (found > best_end) {
                    best_end = found;
                    best_entry = index;
                }
            }
        };
        const auto try_key = [&](const std::vector<std::vector<std::uint32_t>>& by_first,
                                 std::uint32_t key) {
            if (key < by_first.size()) {
                try_entries(by_first[key]);
            }
        };
        // In this order, so that of equally long matches the same entry wins as always.
        try_key(by_first_stem_, words.facts(all[w]).phrase_key);
        try_key(by_first_form_, words.form_facts(all[w]).phrase_key);
        if (all[w].name) {
            try_entries(by_first_name_);
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
