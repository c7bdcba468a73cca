#include "lexicon.h"

#include "possessive.h"

#include <cctype>

namespace parallax::framing {

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) {
        s.remove_prefix(1);
    }
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) {
        s.remove_suffix(1);
    }
    return s;
}

/// Words of an entry: split at spaces and hyphens, apostrophes kept ("today's").
std::vector<std::string> words_of(std::string_view entry) {
    std::vector<std::string> words;
    std::string current;
    for (char c : entry) {
        if (c == ' ' || c == '-') {
            if (!current.empty()) {
                words.push_back(std::move(current));
                current.clear();
            }
        } else {
            current.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
        }
    }
    if (!current.empty()) {
        words.push_back(std::move(current));
    }
    return words;
}

StemSet stem_set(std::string_view file) {
    Stemmer stemmer;
    StemSet set;
    for (std::string_view entry : lexicon_entries(file)) {
        set.insert(stemmer.stem(entry));
    }
    return set;
}

/// The parts of `list` between " | ", trimmed.
std::vector<std::string_view> bar_separated(std::string_view list) {
    std::vector<std::string_view> parts;
    while (!list.empty()) {
        const std::size_t bar = list.find('|');
        parts.push_back(trim(list.substr(0, bar)));
        list.remove_prefix(bar == std::string_view::npos ? list.size() : bar + 1);
    }
    return parts;
}

/// What an editor would write instead: "(delete)" is the empty string; an empty part (a stray
/// "|") is no alternative.
std::vector<std::string> replacements_of(std::string_view list) {
    std::vector<std::string> out;
    for (std::string_view alternative : bar_separated(list)) {
        if (alternative == "(delete)") {
            out.emplace_back();
        } else if (!alternative.empty()) {
            out.emplace_back(alternative);
        }
    }
    return out;
}

std::vector<PhraseEntry> phrase_entries(std::string_view file) {
    Stemmer stemmer;
    std::vector<PhraseEntry> entries;
    std::uint32_t family = 0;
    for (std::string_view line : lexicon_entries(file)) {
        // "variant | variant => alternative | alternative"
        const std::size_t arrow = line.find("=>");
        const std::vector<std::string> alternatives = arrow == std::string_view::npos
                                                          ? std::vector<std::string>()
                                                          : replacements_of(line.substr(arrow + 2));
        for (std::string_view entry : bar_separated(line.substr(0, arrow))) {
            PhraseEntry phrase{.text = std::string(entry),
                               .stems = {},
                               .words = {},
                               .family = family,
                               .alternatives = alternatives};
            for (const std::string& word : words_of(entry)) {
                const bool literal = word == "*" || word == "<name>" || word.starts_with('=');
                phrase.stems.push_back(literal ? word : stemmer.stem(strip_possessive(word)));
                phrase.words.emplace_back(literal ? std::string_view(word)
                                                  : strip_possessive(word));
            }
            if (!phrase.stems.empty()) {
                entries.push_back(std::move(phrase));
            }
        }
        ++family;
    }
    return entries;
}

} // namespace

namespace lexicon {

const StemSet& function_words() {
    static const StemSet set = [] {
        StemSet words;
        for (std::string_view entry : lexicon_entries(embedded::framing_function_words())) {
            words.insert(std::string(entry));
        }
        return words;
    }();
    return set;
}

const StemSet& generic_stems() {
    static const StemSet set = stem_set(embedded::framing_generic_nouns());
    return set;
}

const std::vector<std::string>& modifier_endings() {
    static const std::vector<std::string> endings = [] {
        std::vector<std::string> out;
        for (std::string_view entry : lexicon_entries(embedded::framing_modifier_endings())) {
            out.emplace_back(entry);
        }
        return out;
    }();
    return endings;
}

const StemSet& authority_label_stems() {
    static const StemSet set = stem_set(embedded::framing_authority_labels());
    return set;
}

const StemSet& neutral_label_stems() {
    static const StemSet set = stem_set(embedded::framing_neutral_labels());
    return set;
}

const std::vector<PhraseEntry>& loaded_labels() {
    static const std::vector<PhraseEntry> entries =
        phrase_entries(embedded::framing_loaded_labels());
    return entries;
}

const StemSet& reporting_verb_stems() {
    static const StemSet set = stem_set(embedded::framing_reporting_verbs());
    return set;
}

const std::vector<PhraseEntry>& stock_phrases() {
    static const std::vector<PhraseEntry> entries =
        phrase_entries(embedded::framing_stock_phrases());
    return entries;
}

} // namespace lexicon
} // namespace parallax::framing
