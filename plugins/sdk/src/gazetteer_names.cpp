// Name normalisation and the name index.
#include "gazetteer_index.h"

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

std::string normalise_word(std::string_view word) {
    if (normalises_to_itself(word)) {
        return std::string(word);
    }
    std::string folded;
    const bool ascii =
        std::ranges::all_of(word, [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (ascii) {
        // Case folding of ASCII is lowercasing A-Z; no need for ICU.
        folded.reserve(word.size());
        for (const char c : word) {
            folded.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
        }
    } else {
        icu::UnicodeString::fromUTF8(
            icu::StringPiece(word.data(), static_cast<std::int32_t>(word.size())))
            .foldCase()
            .toUTF8String(folded);
    }
    std::string out;
    out.reserve(folded.size());
    for (std::size_t i = 0; i < folded.size(); ++i) {
        if (folded[i] == '\xE2' && folded.compare(i, 3, "\xE2\x80\x99") == 0) { // ’
            out.push_back('\'');
            i += 2;
        } else if (folded[i] != '.') {
            out.push_back(folded[i]);
        }
    }
    if (out.size() > 2 && out.ends_with("'s")) {
        out.resize(out.size() - 2);
    } else if (out.size() > 1 && out.back() == '\'') {
        out.pop_back();
    }
    return out;
}

std::vector<std::string> name_words(std::string_view name) {
    std::vector<std::string> words;
    std::string current;
    auto flush = [&] {
        if (!current.empty()) {
            std::string word = normalise_word(current);
            if (!word.empty()) {
                words.push_back(std::move(word));
            }
            current.clear();
        }
    };
    for (std::size_t i = 0; i < name.size(); ++i) {
        if (name[i] == ' ' || name[i] == '-') {
            flush();
        } else if (name.compare(i, 3, "\xE2\x80\x93") == 0) { // –
            flush();
            i += 2;
        } else {
            current.push_back(name[i]);
        }
    }
    flush();
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

void Gazetteer::Index::sort() {
    for (auto& [word, entries] : by_first_word) {
        std::stable_sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
            return a.words.size() > b.words.size();
        });
    }
}

} // namespace parallax
