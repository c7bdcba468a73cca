#pragma once
// The gazetteer's name index: every name, alias, demonym, capital, metonym, outlet and leader, as
// the normalised words the matcher compares with a Document's tokens. Private to the SDK.

#include "parallax/gazetteer.h"
#include "parallax/lexicon.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace parallax {

struct NameEntry {
    std::vector<std::string> words; // normalised ("people", "republic", "of", "china")
    PlaceKind kind = PlaceKind::Country;
    MentionForm form = MentionForm::Name;
    std::string id;            // ISO code or grouping name
    bool abbreviation = false; // written in capitals: matches only text written in capitals
    bool source_only = false;  // an outlet or a leader: resolves sources, is no mention
};

struct Gazetteer::Index {
    /// Entries by their first word, longest first.
    StringMap<std::vector<NameEntry>> by_first_word; // searchable by a view of a token's text

    /// Adds an entry unless the same words are already indexed (earlier sources win).
    void add(std::string_view name, PlaceKind kind, MentionForm form, std::string id,
             bool source_only = false);
    void sort();
};

namespace gazetteer_detail {

/// Case-folds a word and drops what varies between spellings of one name: dots ("U.S."),
/// a possessive ending ("Japan's", "Japan’s", "Philippines'") and curly apostrophes.
std::string normalise_word(std::string_view word);

/// Whether normalise_word(word) == word: lower-case ASCII without dots or apostrophes, as most
/// words are.
bool normalises_to_itself(std::string_view word);

/// Splits a name into normalised words at spaces and hyphens ("Asia-Pacific" -> asia, pacific).
std::vector<std::string> name_words(std::string_view name);

/// Whether a token is a hyphen or dash, which names skip ("Asia-Pacific" = "Asia Pacific").
bool is_hyphen(std::string_view token);

/// "\t"- and "|"-separated fields.
std::vector<std::string_view> split(std::string_view text, char separator);

} // namespace gazetteer_detail
} // namespace parallax
