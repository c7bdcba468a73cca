#pragma once
// UTF-8 decoding shared by the SDK: strict (no overlongs, surrogates or code points past
// U+10FFFF), and forgiving in that each invalid byte decodes as a one-byte "character".

#include <cstdint>
#include <string_view>

namespace parallax::detail {

struct Decoded {
    std::uint32_t length = 1;      // bytes consumed, 1-4
    std::uint32_t utf16_units = 1; // 2 for astral code points, 1 otherwise
    bool valid = true;
    char32_t code_point = 0xFFFD; // U+FFFD for an invalid byte
};

inline bool is_continuation(unsigned char byte) {
    return (byte & 0xC0U) == 0x80U;
}

/// Decodes the character starting at `text[i]` (i < text.size()).
inline Decoded decode_utf8(std::string_view text, std::size_t i) {
    const auto b0 = static_cast<unsigned char>(text[i]);
    if (b0 < 0x80U) {
        return {1, 1, true, b0};
    }
    const std::size_t left = text.size() - i;
    auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[i + k]); };
    if (b0 >= 0xC2U && b0 <= 0xDFU) {
        if (left >= 2 && is_continuation(byte(1))) {
            return {2, 1, true, static_cast<char32_t>(((b0 & 0x1FU) << 6) | (byte(1) & 0x3FU))};
        }
    } else if (b0 >= 0xE0U && b0 <= 0xEFU) {
        if (left >= 3) {
            const unsigned char b1 = byte(1);
            const unsigned char lo = b0 == 0xE0U ? 0xA0U : 0x80U;
            const unsigned char hi = b0 == 0xEDU ? 0x9FU : 0xBFU;
            if (b1 >= lo && b1 <= hi && is_continuation(byte(2))) {
                return {3, 1, true,
                        static_cast<char32_t>(((b0 & 0x0FU) << 12) | ((b1 & 0x3FU) << 6) |
                                              (byte(2) & 0x3FU))};
            }
        }
    } else if (b0 >= 0xF0U && b0 <= 0xF4U) {
        if (left >= 4) {
            const unsigned char b1 = byte(1);
            const unsigned char lo = b0 == 0xF0U ? 0x90U : 0x80U;
            const unsigned char hi = b0 == 0xF4U ? 0x8FU : 0xBFU;
            if (b1 >= lo && b1 <= hi && is_continuation(byte(2)) && is_continuation(byte(3))) {
                return {4, 2, true,
                        static_cast<char32_t>(((b0 & 0x07U) << 18) | ((b1 & 0x3FU) << 12) |
                                              ((byte(2) & 0x3FU) << 6) | (byte(3) & 0x3FU))};
            }
        }
    }
    return {1, 1, false, 0xFFFD};
}

} // namespace parallax::detail
