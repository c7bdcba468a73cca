#include "phrase_matcher.h"

#include <algorithm>

namespace parallax::framing {

namespace {

template <typename Bucket, typename Candidate>
void add_to(std::vector<Bucket>& by_key, std::uint32_t key, const Candidate& candidate) {
    if (by_key.size() <= key) {
        by_key.resize(key + 1);
    }
    by_key[key].add(candidate);
}

/// A bit for a stem's phrase key in a 64-bit set.
std::uint64_t key_bit(std::uint32_t key) {
    return std::uint64_t{1} << (key % 64);
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
        const auto any_parts = static_cast<std::uint32_t>(
            std::count_if(parts.begin(), parts.end(),
                          [](const Part& part) { return part.kind == Part::Kind::Any; }));
        const auto part_count = static_cast<std::uint32_t>(parts.size());
        const Candidate candidate{
            .entry = i, .last = parts.back(), .fewest = part_count - any_parts, .most = part_count};
        // An entry that opens on "*" never matches: no word's stem is "*".
        const Part& first = parts.front();
        switch (first.kind) {
        case Part::Kind::Stem:
            add_to(by_first_stem_, first.key, candidate);
            break;
        case Part::Kind::Form:
            add_to(by_first_form_, first.key, candidate);
            break;
        case Part::Kind::Name:
            by_first_name_.add(candidate);
            break;
        case Part::Kind::Any:
            break;
        }
    }
}

void PhraseMatcher::Bucket::add(const Candidate& candidate) {
    candidates.push_back(candidate);
    ends_on_stems = ends_on_stems && candidate.last.kind == Part::Kind::Stem;
    if (ends_on_stems) {
        last_stems |= key_bit(candidate.last.key);
        nearest_end = std::min(nearest_end, candidate.fewest - 1);
        farthest_end = std::max(farthest_end, candidate.most);
    }
}

bool PhraseMatcher::Bucket::may_end_near(const DraftWords& words, std::uint32_t word,
                                         std::uint32_t end) const {
    // For a bucket of one or two entries, trying each is as quick.
    constexpr std::size_t kMinEntries = 3;
    if (!ends_on_stems || candidates.size() < kMinEntries) {
        return true;
    }
    const auto all = words.words();
    std::uint64_t near = 0;
    for (std::uint32_t w = word + nearest_end; w < std::min(word + farthest_end, end); ++w) {
        const std::uint32_t key = words.facts(all[w]).phrase_key;
        near |= key == kNoPhraseKey ? 0 : key_bit(key);
    }
    return (near & last_stems) != 0;
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

bool PhraseMatcher::may_end_near(const DraftWords& words, const Candidate& candidate,
                                 std::uint32_t word, std::uint32_t end) {
    if (candidate.last.kind == Part::Kind::Any) {
        return true;
    }
    const auto all = words.words();
    const std::uint32_t to = std::min(word + candidate.most, end);
    for (std::uint32_t w = word + candidate.fewest - 1; w < to; ++w) {
        if (word_matches(words, all[w], candidate.last)) {
            return true;
        }
    }
    return false;
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
    const bool opens_on_names = !by_first_name_.candidates.empty();
    for (std::uint32_t w = begin; w < end;) {
        if (!all[w].opens_phrase && !(all[w].name && opens_on_names)) {
            ++w; // no entry opens on this word
            continue;
        }
        std::uint32_t best_end = 0;
        std::uint32_t best_entry = 0;
        const auto try_entries = [&](const Bucket& bucket) {
            if (!bucket.may_end_near(words, w, end)) {
                return;
            }
            for (const Candidate& candidate : bucket.candidates) {
                if (!may_end_near(words, candidate, w, end)) {
                    continue;
                }
                const std::vector<Part>& parts = parts_[candidate.entry];
                const std::uint32_t found = candidate.has_any() ? match(words, parts, 0, w, end)
                                                                : match_fixed(words, parts, w, end);
                if (found > best_end) {
                    best_end = found;
                    best_entry = candidate.entry;
                }
            }
        };
        const auto try_key = [&](const std::vector<Bucket>& by_first, std::uint32_t key) {
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
