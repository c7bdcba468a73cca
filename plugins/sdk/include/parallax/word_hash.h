#pragma once
// The hash behind every word list and word table: the words, stems and phrases that plugins
// look up many times per token. libstdc++'s std::hash<std::string_view> (_Hash_bytes) was a
// tenth of a whole `check`; xxHash's XXH3, inlined, hashes a 2-12 byte word in a few
// instructions. Unseeded: not for keys an attacker could choose to collide.

#define XXH_INLINE_ALL
#include <xxhash.h>

#include <cstdint>
#include <string_view>

namespace parallax {

/// Hashes the bytes of `text`; equal texts hash alike, whatever holds them.
inline std::uint64_t word_hash(std::string_view text) noexcept {
    return XXH3_64bits(text.data(), text.size());
}

} // namespace parallax
