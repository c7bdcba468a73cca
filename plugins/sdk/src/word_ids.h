#pragma once
// The WordIds of one Document build. A word of the common-words table (common_stems.h) has its
// index there as its id, and the stem the table gives; a short form (short_form_index) has an id
// after those; every other case-folded form gets the next id from there (common_words().size()),
// in order of first appearance, and its Snowball stem (when a word token has it) is worked out
// once. Each token's form is hashed once or twice (a short form not at all), and its stem copied
// rather than looked up again.

#include "common_stems.h"

#include "parallax/document.h"
#include "parallax/lexicon.h"
#include "parallax/word_hash.h"

#include <tsl/robin_map.h>

#include <cstdint>
#include <memory_resource>
#include <optional>
#include <string_view>
#include <vector>

namespace parallax::detail {

class WordIds {
public:
    /// `expected`: about how many distinct words outside the table the build will meet (room
    /// made up front). `previous_count`: the word_count() of the Document reused blocks come
    /// from, if any.
    explicit WordIds(std::size_t expected = 0, std::uint32_t previous_count = 0);

    /// Sets token.word, and for a word token token.stem, from token.folded.
    void assign(Token& token);

    /// For a token copied from the previous Document (a reused block): its id there becomes its
    /// id here; its stem is kept. Each previous id is looked up here once, however many tokens
    /// have it.
    void reassign(Token& token);

    /// The Document's word_count(): the table's words and the others met so far.
    std::uint32_t size() const { return first_own_ + static_cast<std::uint32_t>(forms_.size()); }

private:
    static constexpr std::uint32_t kNone = UINT32_MAX;

    /// The id of a case-folded form outside the table, added when new.
    std::uint32_t own_id(std::string_view folded);
    /// The stem of the form with id `id`, outside the table, worked out on first need.
    std::string_view own_stem(std::uint32_t id);
    /// A copy of `text` that lives as long as this object.
    std::string_view keep(std::string_view text);

    /// A form with its whole hash: a probe compares hashes before bytes, and a rehash reads the
    /// hash instead of computing it again.
    struct Hashed {
        std::string_view form;
        std::uint64_t hash = 0;
        bool operator==(const Hashed& other) const {
            return hash == other.hash && form == other.form;
        }
    };
    struct StoredHash {
        std::size_t operator()(const Hashed& hashed) const noexcept { return hashed.hash; }
    };

    const CommonStems& common_;
    const std::uint32_t first_own_; // common_words().size(): the first id of a Document's own
    // Forms and stems outside the table are copied here, once each: no allocation per word.
    std::pmr::monotonic_buffer_resource arena_;
    tsl::robin_map<Hashed, std::uint32_t, StoredHash> ids_; // form -> id - first_own_
    std::vector<std::string_view> forms_;                   // by id - first_own_
    std::vector<std::optional<std::string_view>> stems_;    // likewise; set once met as a word
    std::optional<Stemmer> stemmer_;                        // made on first need
    std::vector<std::uint32_t> previous_; // previous id - first_own_ -> id here, for reassign()
};

} // namespace parallax::detail
