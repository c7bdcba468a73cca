#include "known_sources.h"

#include <unicode/uchar.h>

#include <cstdint>
#include <utility>

namespace parallax::claims {

namespace {

/// The code point at `at` and its length in bytes; an invalid sequence is U+FFFD, one byte long.
std::pair<UChar32, std::size_t> decode(std::string_view text, std::size_t at) {
    const auto lead = static_cast<unsigned char>(text[at]);
    const std::size_t length = lead < 0x80           ? 1
                               : (lead >> 5) == 0x6  ? 2
                               : (lead >> 4) == 0xE  ? 3
                               : (lead >> 3) == 0x1E ? 4
                                                     : 0;
    if (length == 0 || at + length > text.size()) {
        return {0xFFFD, 1};
    }
    if (length == 1) {
        return {lead, 1};
    }
    UChar32 c = lead & (0x7F >> length);
    for (std::size_t k = 1; k < length; ++k) {
        const auto trail = static_cast<unsigned char>(text[at + k]);
        if ((trail & 0xC0) != 0x80) {
            return {0xFFFD, 1};
        }
        c = (c << 6) | (trail & 0x3F);
    }
    return {c, length};
}

void append_utf8(std::string& out, UChar32 c) {
    const auto cp = static_cast<std::uint32_t>(c);
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

/// `text` with each code point simply case-folded (one code point for one, so that offsets map
/// back), and for each byte of the result the offset of the byte in `text` it came from.
struct Folded {
    std::string text;
    std::vector<std::uint32_t> origin;
};

Folded fold(std::string_view text) {
    Folded out;
    for (std::size_t i = 0; i < text.size();) {
        const auto [c, length] = decode(text, i);
        const std::size_t before = out.text.size();
        append_utf8(out.text, u_foldCase(c, U_FOLD_CASE_DEFAULT));
        out.origin.insert(out.origin.end(), out.text.size() - before,
                          static_cast<std::uint32_t>(i));
        i += length;
    }
    return out;
}

/// Whether the code point ending just before `at` is a letter or digit.
bool word_before(std::string_view text, std::size_t at) {
    std::size_t start = at;
    while (start > 0 && at - start < 4) {
        --start;
        if ((static_cast<unsigned char>(text[start]) & 0xC0) != 0x80) {
            break;
        }
    }
    return start < at && u_isalnum(decode(text, start).first);
}

/// Whether the code point starting at `at` is a letter or digit.
bool word_at(std::string_view text, std::size_t at) {
    return at < text.size() && u_isalnum(decode(text, at).first);
}

std::string_view trim(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) {
        return {};
    }
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

} // namespace

KnownSources::KnownSources(std::span<const std::string> names) {
    for (const std::string& name : names) {
        if (const std::string_view trimmed = trim(name); !trimmed.empty()) {
            names_.push_back(fold(trimmed).text);
        }
    }
}

std::optional<ByteRange> KnownSources::find_in(const Document& document,
                                               const Sentence& sentence) const {
    if (names_.empty()) {
        return std::nullopt;
    }
    const Folded text = fold(document.slice(sentence.range));
    for (const std::string& name : names_) {
        for (std::size_t at = text.text.find(name); at != std::string::npos;
             at = text.text.find(name, at + 1)) {
            const std::size_t end = at + name.size();
            if (word_before(text.text, at) || word_at(text.text, end)) {
                continue; // part of a longer word: "IISS" in "IISSUE"
            }
            const std::uint32_t base = sentence.range.start.value;
            const std::uint32_t stop =
                end < text.origin.size() ? text.origin[end] : sentence.range.size();
            return ByteRange{ByteOffset{base + text.origin[at]}, ByteOffset{base + stop}};
        }
    }
    return std::nullopt;
}

} // namespace parallax::claims
