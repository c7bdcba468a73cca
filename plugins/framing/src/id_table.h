#pragma once
// Dense ids for the keys a draft's analysis meets again and again (its distinct words, the
// hashes of its n-grams): an open-addressing map (tsl::robin_map) from key to id, with the keys
// kept in a vector by id. Much cheaper per lookup than std::unordered_map with std::string keys
// (no node per key, no allocation), which matters because the framing rules look up every word.

#include "parallax/word_hash.h"

#include <tsl/robin_map.h>

#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>
#include <utility>
#include <vector>

namespace parallax::framing {

namespace detail {

template <typename Word> Word load(const char* bytes) {
    Word word;
    std::memcpy(&word, bytes, sizeof word);
    return word;
}

/// a == b, inline: equal hashes nearly always mean equal words, so their bytes are compared in
/// full; a word of four to sixteen bytes as two overlapping loads from each end, not through a
/// call to memcmp.
inline bool same_bytes(std::string_view a, std::string_view b) {
    const std::size_t n = a.size();
    if (n != b.size()) {
        return false;
    }
    if (n >= 8 && n <= 16) {
        return load<std::uint64_t>(a.data()) == load<std::uint64_t>(b.data()) &&
               load<std::uint64_t>(a.data() + n - 8) == load<std::uint64_t>(b.data() + n - 8);
    }
    if (n >= 4 && n < 8) {
        return load<std::uint32_t>(a.data()) == load<std::uint32_t>(b.data()) &&
               load<std::uint32_t>(a.data() + n - 4) == load<std::uint32_t>(b.data() + n - 4);
    }
    return a == b;
}

} // namespace detail

/// Gives each distinct key (a std::uint64_t, or a std::string_view whose bytes outlive the
/// table) the next id from 0, in order of first insertion. A caller that looks one key up in
/// several tables (a word in the draft's and in the lexicons') hashes it once with hash() and
/// passes the hash along.
template <typename Key> class IdTable {
public:
    static constexpr std::uint32_t kNone = UINT32_MAX;

    explicit IdTable(std::size_t expected = 0) { reserve(expected); }

    static std::uint64_t hash(std::string_view key) noexcept { return word_hash(key); }
    static std::uint64_t hash(std::uint64_t key) noexcept { return XXH3_64bits(&key, sizeof key); }

    /// The id of `key`, and whether it was added now. `hash` must be hash(key).
    std::pair<std::uint32_t, bool> insert(Key key, std::uint64_t hash) {
        const auto [it, added] =
            ids_.try_emplace(Hashed{key, hash}, static_cast<std::uint32_t>(keys_.size()));
        if (added) {
            keys_.push_back(key);
        }
        return {it->second, added};
    }
    std::pair<std::uint32_t, bool> insert(Key key) { return insert(key, hash(key)); }

    /// The id of `key`, or kNone. `hash` must be hash(key).
    std::uint32_t find(Key key, std::uint64_t hash) const {
        const auto it = ids_.find(Hashed{key, hash});
        return it == ids_.end() ? kNone : it->second;
    }
    std::uint32_t find(Key key) const { return find(key, hash(key)); }

    const Key& key(std::uint32_t id) const { return keys_[id]; }
    std::size_t size() const { return keys_.size(); }

    void clear() {
        keys_.clear();
        ids_.clear();
    }

    void reserve(std::size_t count) {
        keys_.reserve(count);
        ids_.reserve(count);
    }

private:
    /// A key with its whole hash: a probe compares the hashes before the keys' bytes, and a
    /// rehash reads the hash instead of computing it again.
    struct Hashed {
        Key key;
        std::uint64_t hash = 0;
        bool operator==(const Hashed& other) const {
            return hash == other.hash && same_key(key, other.key);
        }
    };

    static bool same_key(std::uint64_t a, std::uint64_t b) { return a == b; }
    static bool same_key(std::string_view a, std::string_view b) {
        return detail::same_bytes(a, b);
    }

    struct StoredHash {
        std::size_t operator()(const Hashed& hashed) const noexcept { return hashed.hash; }
    };

    std::vector<Key> keys_; // by id
    tsl::robin_map<Hashed, std::uint32_t, StoredHash> ids_;
};

/// Ids for keys below a bound known up front (a Document's WordIds, the common words' forms),
/// of which a draft uses few: a slot per key, written before it is read, and a bit per key that
/// says whether it was. Only the bits are cleared when the table is made, not four bytes per key
/// (a draft uses a few hundred of the ten thousand common words).
class SparseIds {
public:
    static constexpr std::uint32_t kNone = UINT32_MAX;

    explicit SparseIds(std::size_t keys = 0)
        : ids_(std::make_unique_for_overwrite<std::uint32_t[]>(keys)), set_((keys + 63) / 64, 0),
          keys_(keys) {}

    /// The id of `key` (below keys()), or kNone when none was set.
    std::uint32_t find(std::uint32_t key) const {
        return (set_[key / 64] >> (key % 64)) & 1U ? ids_[key] : kNone;
    }
    void set(std::uint32_t key, std::uint32_t id) {
        ids_[key] = id;
        set_[key / 64] |= std::uint64_t{1} << (key % 64);
    }
    std::size_t keys() const { return keys_; }

private:
    std::unique_ptr<std::uint32_t[]> ids_; // by key; read only where its bit is set
    std::vector<std::uint64_t> set_;       // a bit per key
    std::size_t keys_ = 0;
};

} // namespace parallax::framing
