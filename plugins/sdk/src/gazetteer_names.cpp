// Name normalisation and the name index.
#include "gazetteer_index.h"

#include "parallax/common_words.h"

#include <unicode/unistr.h>

#include <algorithm>

namespace parallax {
namespace gazetteer_detail {

std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = text.find(separator, start);
        out.push_back(text.substr(start, end == std::string_view::npos ? end : end - start));
        if (end == std::string_view::npos) {
            return out;
        }
        start = end + 1;
    }
}

bool normalises_to_itself(std::string_view word) {
    return std::ranges::none_of(word, [](char c) {
        return static_cast<unsigned char>(c) >= 0x80 || (c >= 'A' && c <= 'Z') || c == '.' ||
               c == '\'';
    });
}

namespace {

/// ASCII but for curly apostrophes (U+2019, E2 80 99), as most words that are not their own
/// normalised form are ("Japan’s", "U.S.").
bool ascii_but_apostrophes(std::string_view word) {
    for (std::size_t i = 0; i < word.size(); ++i) {
        if (static_cast<unsigned char>(word[i]) < 0x80) {
            continue;
        }
        if (word.compare(i, 3, "\xE2\x80\x99") != 0) {
            return false;
        }
        i += 2;
    }
    return true;
}

} // namespace

namespace {

/// A possessive ending comes off a normalised word: "japan's" -> "japan", "philippines'" ->
/// "philippines".
void drop_possessive(std::string& word) {
    if (word.size() > 2 && word.ends_with("'s")) {
        word.resize(word.size() - 2);
    } else if (word.size() > 1 && word.back() == '\'') {
        word.pop_back();
    }
}

} // namespace

std::string normalise_word(std::string_view word) {
    if (normalises_to_itself(word)) {
        return std::string(word);
    }
    std::string out;
    out.reserve(word.size());
    if (ascii_but_apostrophes(word)) {
        // Case folding of ASCII is lowercasing A-Z, and leaves "’" as it is: no need for ICU,
        // and one pass folds, drops dots and respells "’".
        for (std::size_t i = 0; i < word.size(); ++i) {
            const char c = word[i];
            if (c == '\xE2') { // ’, the only non-ASCII character here
                out.push_back('\'');
                i += 2;
            } else if (c != '.') {
                out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
            }
        }
        drop_possessive(out);
        return out;
    }
    std::string folded;
    icu::UnicodeString::fromUTF8(
        icu::StringPiece(word.data(), static_cast<std::int32_t>(word.size())))
        .foldCase()
        .toUTF8String(folded);
    for (std::size_t i = 0; i < folded.size(); ++i) {
        if (folded[i] == '\xE2' && folded.compare(i, 3, "\xE2\x80\x99") == 0) { // ’
            out.push_back('\'');
            i += 2;
        } else if (folded[i] != '.') {
            out.push_back(folded[i]);
        }
    }
    drop_possessive(out);
    return out;
}

std::vector<std::string> name_words(std::string_view name) {
    std::vector<std::string> words;
    // The words are the runs of bytes between separators.
    std::size_t start = 0;
    auto flush = [&](std::size_t end) {
        if (end > start) {
            std::string word = normalise_word(name.substr(start, end - start));
            if (!word.empty()) {
                words.push_back(std::move(word));
            }
        }
    };
    for (std::size_t i = 0; i < name.size(); ++i) {
        if (name[i] == ' ' || name[i] == '-') {
            flush(i);
            start = i + 1;
        } else if (name[i] == '\xE2' && name.compare(i, 3, "\xE2\x80\x93") == 0) { // –
            flush(i);
            i += 2;
            start = i + 1;
        }
    }
    flush(name.size());
    return words;
}

} // namespace gazetteer_detail

namespace {

/// Written in capitals ("USA", "U.S.A.", "DPRK"): at least two letters, none lower case.
bool is_abbreviation(std::string_view name) {
    int letters = 0;
    for (const char c : name) {
        if (c >= 'a' && c <= 'z') {
            return false;
        }
        letters += (c >= 'A' && c <= 'Z') ? 1 : 0;
    }
    return letters >= 2 && name.find(' ') == std::string_view::npos;
}

} // namespace

void Gazetteer::Index::add(std::string_view name, PlaceKind kind, MentionForm form, std::string id,
                           bool source_only) {
    NameEntry entry;
    entry.words = gazetteer_detail::name_words(name);
    if (!source_only && entry.words.size() > 1 && entry.words.front() == "the") {
        entry.words.erase(entry.words.begin()); // "the Caribbean": the article is not the name
    }
    if (entry.words.empty()) {
        return;
    }
    auto& bucket = by_first_word[entry.words.front()];
    for (const auto& existing : bucket) {
        if (existing.words == entry.words && existing.source_only == source_only) {
            return;
        }
    }
    entry.kind = kind;
    entry.abbreviation = is_abbreviation(name);
    entry.form = entry.abbreviation && form == MentionForm::Name ? MentionForm::Abbreviation : form;
    entry.id = std::move(id);
    entry.source_only = source_only;
    first_bytes.set(static_cast<unsigned char>(entry.words.front().front()));
    add_first_word(entry.words.front());
    bucket.push_back(std::move(entry));
}

const std::vector<NameEntry>& Gazetteer::Index::entries_beginning(std::string_view folded) const {
    if (!may_begin(folded)) {
        return no_entries_;
    }
    std::string respelled;
    const std::string_view word =
        gazetteer_detail::normalises_to_itself(folded)
            ? folded
            : std::string_view(respelled = gazetteer_detail::normalise_word(folded));
    if (!may_be_first_word(word)) {
        return no_entries_;
    }
    const auto it = by_first_word.find(word);
    return it == by_first_word.end() ? no_entries_ : it->second;
}

void Gazetteer::Index::index_common_words() {
    const auto common = common_words();
    common_first_words.reserve(common.size());
    for (const CommonWord& word : common) {
        common_first_words.push_back(&entries_beginning(word.folded));
    }
}

void Gazetteer::Index::sort() {
    for (auto& [word, entries] : by_first_word) {
        if (entries.size() < 2) {
            continue; // most words begin one entry: nothing to sort
        }
        std::stable_sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
            return a.words.size() > b.words.size();
        });
    }
}

} // namespace parallax
