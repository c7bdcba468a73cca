#pragma once
// Offsets and positions: the one place where UTF-8 bytes, UTF-16 code units and lines meet.
// Files and tree-sitter speak UTF-8 bytes; LSP speaks UTF-16 code units unless UTF-8 is
// negotiated. Each unit has its own type so that they cannot be mixed up silently.

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parallax {

/// A strongly typed index: `ByteOffset{3} + 1` is not a thing, `ByteOffset{3}.value + 1` is.
template <class Tag> struct StrongIndex {
    std::uint32_t value = 0;
    constexpr StrongIndex() = default;
    constexpr explicit StrongIndex(std::uint32_t v) : value(v) {}
    constexpr auto operator<=>(const StrongIndex&) const = default;
};

struct ByteOffsetTag {};
struct LineNumberTag {};
/// UTF-8 byte offset into a document's text.
using ByteOffset = StrongIndex<ByteOffsetTag>;
/// 0-based line number.
using LineNumber = StrongIndex<LineNumberTag>;

/// A half-open range of bytes, [start, end).
struct ByteRange {
    ByteOffset start;
    ByteOffset end;
    constexpr std::uint32_t size() const { return end.value - start.value; }
    constexpr bool contains(ByteOffset o) const { return start <= o && o < end; }
    constexpr bool overlaps(ByteRange o) const { return start < o.end && o.start < end; }
    constexpr bool operator==(const ByteRange&) const = default;
};

/// How the `character` of a Position is counted.
enum class PositionEncoding { Utf8, Utf16 };

/// A position as LSP sends it: 0-based line, and a column counted in the session's encoding
/// (UTF-8 bytes or UTF-16 code units).
struct Position {
    LineNumber line;
    std::uint32_t character = 0;
    constexpr auto operator<=>(const Position&) const = default;
};

struct PositionRange {
    Position start;
    Position end;
    constexpr bool operator==(const PositionRange&) const = default;
};

/// Where an edit landed, in bytes and (line, byte column) points: what tree-sitter's
/// `ts_tree_edit` needs to reuse the previous parse.
struct TextEdit {
    ByteOffset start;
    ByteOffset old_end;
    ByteOffset new_end;
    Position start_point;   // character counted in UTF-8 bytes
    Position old_end_point; // character counted in UTF-8 bytes
    Position new_end_point; // character counted in UTF-8 bytes
};

/// A document's text with its line index: conversions between byte offsets and positions,
/// and edits. Lines end at "\n"; a "\r\n" pair belongs to the line it ends. Invalid UTF-8
/// bytes count as one unit each, so that any byte string converts without error.
///
///     Text t("a\n😀b");
///     t.position_of(ByteOffset{6}, PositionEncoding::Utf16) == Position{LineNumber{1}, 2}
class Text {
public:
    Text() : Text(std::string{}) {}
    explicit Text(std::string content);

    const std::string& str() const { return content_; }
    std::string_view view() const { return content_; }
    /// The bytes of `range`, clamped to the text. Inline: plugins slice tokens very often.
    std::string_view slice(ByteRange range) const {
        const std::uint32_t size = end().value;
        const std::uint32_t start = range.start.value < size ? range.start.value : size;
        const std::uint32_t stop =
            range.end.value < start ? start : (range.end.value < size ? range.end.value : size);
        return {content_.data() + start, stop - start};
    }
    ByteOffset end() const { return ByteOffset{static_cast<std::uint32_t>(content_.size())}; }

    std::uint32_t line_count() const { return static_cast<std::uint32_t>(starts_.size()); }
    ByteOffset line_start(LineNumber line) const;
    /// End of the line's content, before its "\r\n" or "\n".
    ByteOffset line_end(LineNumber line) const;
    /// The line holding a byte offset.
    LineNumber line_of(ByteOffset offset) const;

    /// Position of a byte offset; an offset inside a multi-byte character maps to its start.
    Position position_of(ByteOffset offset, PositionEncoding encoding) const;
    PositionRange range_of(ByteRange range, PositionEncoding encoding) const;

    /// Byte offset of a position. Out-of-range positions are clamped as the LSP spec asks: a
    /// line past the end maps to the end of the text, a column past the end of the line to just
    /// before its "\n" (after a "\r", which clients that split lines at "\n" alone count as
    /// content); a column inside a character maps to that character's end.
    ByteOffset offset_of(Position position, PositionEncoding encoding) const;

    /// True when the position lies within the text (line exists, column within the line).
    bool contains(Position position, PositionEncoding encoding) const;

    /// Replaces the text between two positions (clamped as offset_of does; a reversed range is
    /// refused with std::nullopt and leaves the text unchanged).
    std::optional<TextEdit> replace(PositionRange range, std::string_view replacement,
                                    PositionEncoding encoding);

private:
    std::string content_;
    std::vector<ByteOffset> starts_;
};

/// Length of `text` in the given encoding's units.
std::uint32_t length_in(std::string_view text, PositionEncoding encoding);

/// Whether `text` is valid UTF-8.
bool is_valid_utf8(std::string_view text);

/// Replaces each invalid UTF-8 sequence with U+FFFD.
std::string sanitize_utf8(std::string_view text);

} // namespace parallax
