#include "stock_phrase_fixes.h"

#include "parallax/casing.h"

#include <fmt/format.h>

#include <optional>
#include <string_view>

namespace parallax::framing {

namespace {

/// The words the entry's "*" matched, as [first, end) indexes into DraftWords::words().
struct Wildcard {
    std::uint32_t first = 0;
    std::uint32_t end = 0;
};

/// Whether the draft's words `word`..`end` are the entry's words from `part` on, in the form
/// the lexicon writes them; records what a "*" matched.
bool same_form(const DraftWords& words, const PhraseEntry& entry, std::size_t part,
               std::uint32_t word, std::uint32_t end, Wildcard& wildcard) {
    if (part == entry.words.size()) {
        return word == end;
    }
    const std::string& expected = entry.words[part];
    if (expected == "*") {
        if (word < end && same_form(words, entry, part + 1, word + 1, end, wildcard)) {
            wildcard = {.first = word, .end = word + 1};
            return true;
        }
        wildcard = {.first = word, .end = word};
        return same_form(words, entry, part + 1, word, end, wildcard);
    }
    if (word == end) {
        return false;
    }
    const Word& w = words.words()[word];
    const bool matches = expected == "<name>" ? w.name
                         : expected.starts_with('=')
                             ? words.folded(w) == std::string_view(expected).substr(1)
                             : words.folded(w) == expected;
    return matches && same_form(words, entry, part + 1, word + 1, end, wildcard);
}

/// `alternative` with its "*" standing for `filler` (and the space before it dropped when
/// `filler` is empty).
std::string fill_wildcard(std::string_view alternative, std::string_view filler) {
    const std::size_t star = alternative.find('*');
    if (star == std::string_view::npos) {
        return std::string(alternative);
    }
    std::string_view before = alternative.substr(0, star);
    std::string_view after = alternative.substr(star + 1);
    if (filler.empty()) {
        while (!before.empty() && before.back() == ' ') {
            before.remove_suffix(1);
        }
        if (before.empty()) {
            while (!after.empty() && after.front() == ' ') {
                after.remove_prefix(1);
            }
        }
    }
    return fmt::format("{}{}{}", before, filler, after);
}

bool is_blank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/// The replacement that takes the phrase out of its sentence and leaves the sentence well
/// punctuated: ", in today's world," goes with one of its commas, "in today's world, " at the
/// start of a sentence with its comma and the next word capitalised, " going forward." with the
/// space before it.
Replacement deletion(const DraftWords& words, const PhraseMatch& match, ByteRange phrase) {
    const std::string_view all = words.document().text().view();
    const std::uint32_t sentence = words.words()[match.first_word].sentence;
    const ByteRange bounds = words.document().sentences()[sentence].range;
    std::uint32_t left = phrase.start.value; // start of the blanks before the phrase
    while (left > bounds.start.value && is_blank(all[left - 1])) {
        --left;
    }
    const char before = left > bounds.start.value ? all[left - 1] : '\0';
    const char after = phrase.end.value < all.size() ? all[phrase.end.value] : '\0';
    const bool starts_clause = left == phrase.start.value || before == '(';
    if (after == ',' && before == ',') { // "The alliance, in today's world, faces"
        return {.range = {ByteOffset{left - 1}, ByteOffset{phrase.end.value + 1}}, .text = ""};
    }
    if (after == ',' || (starts_clause && is_blank(after))) {
        // "In today's world, the alliance": the phrase, its comma and blanks go, and the next
        // word takes the phrase's capital.
        std::uint32_t next = phrase.end.value + (after == ',' ? 1U : 0U);
        while (next < all.size() && is_blank(all[next])) {
            ++next;
        }
        const std::uint32_t following = match.last_word + 1;
        const auto sentence_words = words.words();
        if (following < sentence_words.size() && sentence_words[following].sentence == sentence) {
            const ByteRange word = words.document().tokens()[sentence_words[following].token].range;
            if (word.start.value == next) {
                const std::string_view matched = words.document().slice(phrase);
                return {.range = {phrase.start, word.end},
                        .text = match_case(matched, words.document().slice(word))};
            }
        }
        return {.range = {phrase.start, ByteOffset{next}}, .text = ""};
    }
    // "threats going forward." or "faces, going forward, a threat": the phrase and what
    // separated it from the word before.
    const std::uint32_t from = before == ',' ? left - 1 : left;
    return {.range = {ByteOffset{from}, phrase.end}, .text = ""};
}

} // namespace

std::vector<Fix> stock_phrase_fixes(const DraftWords& words, const PhraseEntry& entry,
                                    const PhraseMatch& match) {
    std::vector<Fix> fixes;
    Wildcard wildcard;
    if (entry.alternatives.empty() ||
        !same_form(words, entry, 0, match.first_word, match.last_word + 1, wildcard)) {
        return fixes;
    }
    const auto all = words.words();
    const ByteRange phrase = words.range(all[match.first_word], all[match.last_word]);
    const std::string_view matched = words.document().slice(phrase);
    const std::string filler =
        wildcard.first < wildcard.end
            ? words.text(words.range(all[wildcard.first], all[wildcard.end - 1]))
            : std::string();
    for (const std::string& alternative : entry.alternatives) {
        if (alternative.empty()) {
            fixes.push_back({.title = fmt::format("Delete \u201c{}\u201d", words.text(phrase)),
                             .replacements = {deletion(words, match, phrase)}});
            continue;
        }
        const std::string text = match_case(matched, fill_wildcard(alternative, filler));
        fixes.push_back({.title = fmt::format("Replace with \u201c{}\u201d", text),
                         .replacements = {{.range = phrase, .text = text}}});
    }
    return fixes;
}

} // namespace parallax::framing
