#pragma once
// The gazetteer's name index: every name, alias, demonym, capital, metonym, outlet and leader, as
// the normalised words the matcher compares with a Document's tokens. Private to the SDK.

#include "parallax/gazetteer.h"
#include "parallax/lexicon.h"
#include "parallax/word_hash.h"

#include <tsl/robin_set.h>

#include <bitset>
#include <functional>
#include <memory>
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

/// A set of words held elsewhere, searched by view: open addressing with each word's hash kept,
/// so that a lookup (nearly always a miss) compares hashes and reads no word.
struct WordViewHash {
    std::size_t operator()(std::string_view word) const noexcept { return word_hash(word); }
};
using WordViewSet = tsl::robin_set<std::string_view, WordViewHash, std::equal_to<>,
                                   std::allocator<std::string_view>, /*StoreHash=*/true>;

struct Gazetteer::Index {
    /// Views of the Gazetteer's word lists (offices, event nouns, ambiguous names), which many
    /// tokens of every draft are looked up in; the lists stay sorted for the other readers.
    WordViewSet office_words;
    WordViewSet event_nouns;
    WordViewSet ambiguous_names;

    /// Entries by their first word, longest first.
    StringMap<std::vector<NameEntry>> by_first_word; // searchable by a view of a token's text
    /// The bytes that first words start with: a token whose normalised form starts with
    /// another (",", "(", "7") begins no name, and needs neither normalising nor a lookup.
    std::bitset<256> first_bytes;

    /// Whether a token with this case-folded form may begin an entry. Its normalised form
    /// (normalise_word) starts with its first byte after any dots, "’" written as "'".
    bool may_begin(std::string_view folded) const {
        const std::size_t first = folded.find_first_not_of('.');
        if (first == std::string_view::npos) {
            return false;
        }
        const bool curly = folded[first] == '\xE2' && folded.compare(first, 3, "\xE2\x80\x99") == 0;
        return first_bytes.test(curly ? '\'' : static_cast<unsigned char>(folded[first]));
    }

    /// Whether a normalised word may be the first word of an entry: a Bloom filter of the first
    /// words, which turns away nearly every capitalised word that begins no name ("The",
    /// "President") before the map is searched. No false negatives.
    bool may_be_first_word(std::string_view word) const {
        const std::uint64_t hash = word_hash(word);
        return first_word_bit(hash) && first_word_bit(hash >> 32U);
    }

    /// The entries whose first word is the normalised form of a case-folded word: none for most
    /// words.
    const std::vector<NameEntry>& entries_beginning(std::string_view folded) const;
    /// entries_beginning() of each common word (parallax/common_words.h), by its WordId: most
    /// tokens' entries are read here, without normalising or hashing.
    std::vector<const std::vector<NameEntry>*> common_first_words;
    /// Fills common_first_words, once every entry is indexed.
    void index_common_words();

    /// Adds an entry unless the same words are already indexed (earlier sources win).
    void add(std::string_view name, PlaceKind kind, MentionForm form, std::string id,
             bool source_only = false);
    void sort();

private:
    std::vector<NameEntry> no_entries_;
    static constexpr std::size_t kFilterBits = 1U << 16U;
    std::bitset<kFilterBits> first_word_filter_;

    bool first_word_bit(std::uint64_t hash) const {
        return first_word_filter_.test(hash & (kFilterBits - 1));
    }
    void add_first_word(std::string_view word) {
        const std::uint64_t hash = word_hash(word);
        first_word_filter_.set(hash & (kFilterBits - 1));
        first_word_filter_.set((hash >> 32U) & (kFilterBits - 1));
    }
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
inline bool is_hyphen(std::string_view token) {
    if (token.size() == 1) {
        return token.front() == '-';
    }
    // U+2010 hyphen, U+2011 non-breaking hyphen, U+2013 en dash.
    return token.size() == 3 && token.starts_with("\xE2\x80") &&
           (token[2] == '\x90' || token[2] == '\x91' || token[2] == '\x93');
}

/// "\t"- and "|"-separated fields.
std::vector<std::string_view> split(std::string_view text, char separator);

} // namespace gazetteer_detail
} // namespace parallax
