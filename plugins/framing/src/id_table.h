#pragma once
// Dense ids for the keys a draft's analysis meets again and again (its distinct words, the
// hashes of its n-grams): an open-addressing map (tsl::robin_map) from key to id, with the keys
// kept in a vector by id. Much cheaper per lookup than std::unordered_map with std::string keys
// (no node per key, no allocation), which matters because the framing rules look up every word.

#include "parallax/word_hash.h"

#include <tsl/robin_map.h>

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace parallax::framing {

namespace detail {

struct IdKeyHash {
    std::size_t operator()(std::string_view key) const noexcept { return word_hash(key); }
    std::size_t operator()(std::uint64_t key) const noexcept {
        return XXH3_64bits(&key, sizeof key);
    }
};

} // namespace detail

/// Gives each distinct key (a std::uint64_t, or a std::string_view whose bytes outlive the
/// table) the next id from 0, in order of first insertion.
template <typename Key> class IdTable {
public:
    static constexpr std::uint32_t kNone = UINT32_MAX;

    explicit IdTable(std::size_t expected = 0) { reserve(expected); }

    /// The id of `key`, and whether it was added now.
    std::pair<std::uint32_t, bool> insert(Key key) {
        const auto [it, added] = ids_.try_emplace(key, static_cast<std::uint32_t>(keys_.size()));
        if (added) {
            keys_.push_back(key);
        }
        return {it->second, added};
    }

    /// The id of `key`, or kNone.
    std::uint32_t find(Key key) const {
        const auto it = ids_.find(key);
        return it == ids_.end() ? kNone : it->second;
    }

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
    std::vector<Key> keys_; // by id
    // The hash is kept with each entry: a probe compares it before the key's bytes.
    tsl::robin_map<Key, std::uint32_t, detail::IdKeyHash, std::equal_to<Key>,
                   std::allocator<std::pair<Key, std::uint32_t>>, true>
        ids_;
};

} // namespace parallax::framing
