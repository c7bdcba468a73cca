#include "parallax/protocol/json_writer.h"

#include <nlohmann/json.hpp>

namespace parallax::protocol {
namespace {

using nlohmann::json;

/// Whether `s` is UTF-8 as nlohmann's serializer accepts it (RFC 3629: no overlong forms, no
/// surrogates, nothing above U+10FFFF). Its own check: the protocol knows nothing of the SDK.
bool is_strict_utf8(std::string_view s) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
    for (std::size_t i = 0; i < s.size();) {
        std::uint64_t eight = 0;
        if (i + sizeof eight <= s.size()) {
            std::memcpy(&eight, s.data() + i, sizeof eight);
            if ((eight & 0x8080808080808080ULL) == 0) {
                i += sizeof eight; // prose is mostly ASCII
                continue;
            }
        }
        const unsigned char lead = byte(i);
        if (lead < 0x80) {
            ++i;
            continue;
        }
        // The second byte's range depends on the lead; later ones are 0x80..0xBF.
        std::size_t length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80;
            high = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return false;
        }
        if (i + length > s.size() || byte(i + 1) < low || byte(i + 1) > high)
            return false;
        for (std::size_t k = 2; k < length; ++k) {
            if ((byte(i + k) & 0xC0U) != 0x80U)
                return false;
        }
        i += length;
    }
    return true;
}

/// Whether any of eight bytes needs an escape: a control character, '"' or '\\'. Each test is
/// exact for the word as a whole (bytes from 0x80 never count as below 0x20).
bool needs_escape(std::uint64_t eight) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
    constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
    const auto has_byte_below = [](std::uint64_t word, std::uint64_t bound) {
        return ((word - kOnes * bound) & ~word & kHighBits) != 0;
    };
    return has_byte_below(eight, 0x20) || has_byte_below(eight ^ (kOnes * '"'), 1) ||
           has_byte_below(eight ^ (kOnes * '\\'), 1);
}

} // namespace

void JsonWriter::string(std::string_view s) {
    if (!is_strict_utf8(s)) {
        // Invalid UTF-8 is rare: nlohmann replaces it with U+FFFD as it always did.
        out_.append(json(s).dump(-1, ' ', false, json::error_handler_t::replace));
        return;
    }
    out_.push_back('"');
    // Runs of characters that need no escape are appended whole, found eight bytes at a time.
    std::size_t run = 0;
    for (std::size_t i = 0; i < s.size();) {
        std::uint64_t eight = 0;
        if (i + sizeof eight <= s.size()) {
            std::memcpy(&eight, s.data() + i, sizeof eight);
            if (!needs_escape(eight)) {
                i += sizeof eight;
                continue;
            }
        }
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '"' && c != '\\') {
            ++i;
            continue;
        }
        out_.append(s.substr(run, i - run));
        escape(static_cast<char>(c));
        run = ++i;
    }
    out_.append(s.substr(run));
    out_.push_back('"');
}

void JsonWriter::string_array(const std::vector<std::string>& strings) {
    out_.push_back('[');
    for (std::size_t i = 0; i < strings.size(); ++i) {
        if (i > 0)
            out_.push_back(',');
        string(strings[i]);
    }
    out_.push_back(']');
}

void JsonWriter::number(std::int64_t n) {
    char digits[24];
    out_.append(digits, std::to_chars(std::begin(digits), std::end(digits), n).ptr);
}

void JsonWriter::number(double n) {
    out_.append(json(n).dump());
}

void JsonWriter::escape(char c) {
    switch (c) {
    case '"':
        out_.append("\\\"");
        break;
    case '\\':
        out_.append("\\\\");
        break;
    case '\b':
        out_.append("\\b");
        break;
    case '\f':
        out_.append("\\f");
        break;
    case '\n':
        out_.append("\\n");
        break;
    case '\r':
        out_.append("\\r");
        break;
    case '\t':
        out_.append("\\t");
        break;
    default: {
        constexpr std::string_view hex = "0123456789abcdef";
        out_.append("\\u00");
        out_.push_back(hex[static_cast<unsigned char>(c) >> 4U]);
        out_.push_back(hex[static_cast<unsigned char>(c) & 0xFU]);
    }
    }
}

} // namespace parallax::protocol
