#pragma once
// LSP positions (line, UTF-16 column) of the many byte offsets a report writes for one text.
// Text::position_of decodes a line from its start for every offset, and the lines of prose
// drafts are whole paragraphs: that cost more than the rest of the JSON report. A report asks
// for offsets mostly in increasing order and often on one line, so this cursor counts only the
// bytes between the previous offset and the next.

#include "parallax/text.h"

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

namespace parallax {

/// Gives what Text::position_of(offset, PositionEncoding::Utf16) gives, for offsets in any
/// order; fastest when they increase. The Text must outlive the cursor.
class Utf16Cursor {
public:
    explicit Utf16Cursor(const Text& text) : text_(text) {}

    Position position_of(ByteOffset offset) {
        const std::uint32_t target = std::min(offset.value, text_.end().value);
        if (target < line_start_ || target >= next_line_start_) {
            move_to_line(text_.line_of(ByteOffset{target}));
        }
        if (!line_valid_) {
            // Invalid bytes decode one by one, each its own unit: Text knows how.
            return text_.position_of(ByteOffset{target}, PositionEncoding::Utf16);
        }
        const std::string_view bytes = text_.view();
        // An offset past the line's content counts to its end; one inside a character, to the
        // character's start.
        std::uint32_t stop = std::min(target, line_end_);
        while (stop > line_start_ && stop < bytes.size() && is_continuation(bytes[stop])) {
            --stop;
        }
        if (stop < byte_ && stop - line_start_ < byte_ - stop) {
            byte_ = line_start_; // nearer the line's start than the previous offset
            column_ = 0;
        }
        if (stop >= byte_) {
            column_ += utf16_units(bytes.substr(byte_, stop - byte_));
        } else {
            column_ -= utf16_units(bytes.substr(stop, byte_ - stop));
        }
        byte_ = stop;
        return Position{line_, column_};
    }

    PositionRange range_of(ByteRange range) {
        const Position start = position_of(range.start);
        return PositionRange{start, position_of(range.end)};
    }

private:
    enum class Validity : std::uint8_t { Unknown, Valid, Invalid };

    static bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0U) == 0x80U; }

    /// UTF-16 units of valid UTF-8 that starts and ends on character boundaries: one per
    /// character, two for a four-byte one.
    static std::uint32_t utf16_units(std::string_view valid) {
        std::uint32_t units = 0;
        for (const char c : valid) {
            const auto byte = static_cast<unsigned char>(c);
            units += ((byte & 0xC0U) != 0x80U ? 1U : 0U) + (byte >= 0xF0U ? 1U : 0U);
        }
        return units;
    }

    void move_to_line(LineNumber line) {
        line_ = line;
        line_start_ = text_.line_start(line).value;
        line_end_ = text_.line_end(line).value;
        next_line_start_ = line.value + 1 < text_.line_count()
                               ? text_.line_start(LineNumber{line.value + 1}).value
                               : std::uint64_t{text_.end().value} + 1;
        byte_ = line_start_;
        column_ = 0;
        // Each line is checked once, when first met: a character of a valid line ends on it.
        if (validity_.empty()) {
            validity_.assign(text_.line_count(), Validity::Unknown);
        }
        Validity& validity = validity_[line.value];
        if (validity == Validity::Unknown) {
            validity = is_valid_utf8(text_.view().substr(line_start_, line_end_ - line_start_))
                           ? Validity::Valid
                           : Validity::Invalid;
        }
        line_valid_ = validity == Validity::Valid;
    }

    const Text& text_;
    std::vector<Validity> validity_; // by line, filled as lines are met
    bool line_valid_ = false;        // whether line_ is valid UTF-8
    LineNumber line_;
    std::uint32_t line_start_ = 0;
    std::uint64_t next_line_start_ = 0; // past the end for the last line; 0 before the first use
    std::uint32_t line_end_ = 0;
    std::uint32_t byte_ = 0;   // a character boundary on line_, where column_ was counted to
    std::uint32_t column_ = 0; // UTF-16 units from line_start_ to byte_
};

} // namespace parallax
