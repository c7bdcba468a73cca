#include "parallax/text.h"

#include "utf8.h"

#include <algorithm>
#include <cstring>

namespace parallax {

namespace {

using detail::decode_utf8;

std::uint32_t u32(std::size_t n) {
    return static_cast<std::uint32_t>(n);
}

std::uint32_t units_of(const detail::Decoded& d, PositionEncoding encoding) {
    return encoding == PositionEncoding::Utf8 ? d.length : d.utf16_units;
}

/// Appends the start of every line that begins inside `text` (just after a '\n') to `out`,
/// offset by `base`.
void scan_line_starts(std::string_view text, std::uint32_t base, std::vector<ByteOffset>& out) {
    const char* data = text.data();
    const char* end = data + text.size();
    for (const char* p = data; p < end;) {
        const void* found = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
        if (found == nullptr) {
            break;
        }
        const char* nl = static_cast<const char*>(found);
        out.emplace_back(base + u32(nl - data) + 1);
        p = nl + 1;
    }
}

} // namespace

Text::Text(std::string content) : content_(std::move(content)) {
    starts_.emplace_back(0);
    scan_line_starts(content_, 0, starts_);
}

ByteOffset Text::line_start(LineNumber line) const {
    if (line.value >= starts_.size()) {
        return end();
    }
    return starts_[line.value];
}

ByteOffset Text::line_end(LineNumber line) const {
    if (line.value >= starts_.size()) {
        return end();
    }
    if (line.value + 1 == starts_.size()) {
        return end();
    }
    std::uint32_t stop = starts_[line.value + 1].value - 1; // the '\n'
    if (stop > starts_[line.value].value && content_[stop - 1] == '\r') {
        --stop;
    }
    return ByteOffset{stop};
}

LineNumber Text::line_of(ByteOffset offset) const {
    const ByteOffset clamped{std::min(offset.value, end().value)};
    const auto it = std::upper_bound(starts_.begin(), starts_.end(), clamped);
    return LineNumber{u32(it - starts_.begin()) - 1};
}

Position Text::position_of(ByteOffset offset, PositionEncoding encoding) const {
    const std::uint32_t target = std::min(offset.value, end().value);
    const LineNumber line = line_of(ByteOffset{target});
    const std::uint32_t stop = std::min(target, line_end(line).value);
    std::uint32_t column = 0;
    std::size_t i = line_start(line).value;
    while (i < stop) {
        const auto d = decode_utf8(content_, i);
        if (i + d.length > stop) {
            break; // `offset` is inside this character: map it to the character's start
        }
        column += units_of(d, encoding);
        i += d.length;
    }
    return Position{line, column};
}

PositionRange Text::range_of(ByteRange range, PositionEncoding encoding) const {
    return PositionRange{position_of(range.start, encoding), position_of(range.end, encoding)};
}

ByteOffset Text::offset_of(Position position, PositionEncoding encoding) const {
    if (position.line.value >= starts_.size()) {
        return end();
    }
    // A column may point past a line's trailing "\r" (clients that split lines only at "\n",
    // such as Neovim, treat it as content), but never past its "\n".
    const std::uint32_t stop = position.line.value + 1 < starts_.size()
                                   ? starts_[position.line.value + 1].value - 1
                                   : end().value;
    std::size_t i = line_start(position.line).value;
    std::uint32_t column = 0;
    while (i < stop && column < position.character) {
        const auto d = decode_utf8(content_, i);
        column += units_of(d, encoding);
        i += d.length; // a column inside a character maps to the character's end
    }
    return ByteOffset{u32(std::min<std::size_t>(i, stop))};
}

bool Text::contains(Position position, PositionEncoding encoding) const {
    if (position.line.value >= starts_.size()) {
        return false;
    }
    const ByteRange line{line_start(position.line), line_end(position.line)};
    return position.character <= length_in(slice(line), encoding);
}

std::optional<TextEdit> Text::replace(PositionRange range, std::string_view replacement,
                                      PositionEncoding encoding) {
    if (range.end < range.start) {
        return std::nullopt;
    }
    const ByteOffset start = offset_of(range.start, encoding);
    const ByteOffset old_end = offset_of(range.end, encoding);
    if (old_end < start) {
        return std::nullopt;
    }
    auto point = [this](ByteOffset offset) {
        const LineNumber line = line_of(offset);
        return Position{line, offset.value - line_start(line).value};
    };
    TextEdit edit;
    edit.start = start;
    edit.old_end = old_end;
    edit.new_end = ByteOffset{start.value + u32(replacement.size())};
    edit.start_point = point(start);
    edit.old_end_point = point(old_end);

    content_.replace(start.value, old_end.value - start.value, replacement);

    // Line starts: those whose '\n' was replaced go, the replacement's come in, later ones shift.
    const auto first_removed =
        std::upper_bound(starts_.begin(), starts_.end(), start); // starts > start
    const auto last_removed = std::upper_bound(first_removed, starts_.end(), old_end);
    std::vector<ByteOffset> inserted;
    scan_line_starts(replacement, start.value, inserted);
    const std::int64_t delta =
        static_cast<std::int64_t>(replacement.size()) - (old_end.value - start.value);
    for (auto it = last_removed; it != starts_.end(); ++it) {
        it->value = static_cast<std::uint32_t>(it->value + delta);
    }
    const auto at = starts_.erase(first_removed, last_removed);
    starts_.insert(at, inserted.begin(), inserted.end());

    edit.new_end_point = point(edit.new_end);
    return edit;
}

std::uint32_t length_in(std::string_view text, PositionEncoding encoding) {
    if (encoding == PositionEncoding::Utf8) {
        return u32(text.size());
    }
    std::uint32_t units = 0;
    for (std::size_t i = 0; i < text.size();) {
        const auto d = decode_utf8(text, i);
        units += d.utf16_units;
        i += d.length;
    }
    return units;
}

bool is_valid_utf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        // Prose is mostly ASCII: skip it eight bytes at a time.
        std::uint64_t word = 0;
        if (i + sizeof word <= text.size()) {
            std::memcpy(&word, text.data() + i, sizeof word);
            if ((word & 0x8080808080808080ULL) == 0) {
                i += sizeof word;
                continue;
            }
        }
        if (static_cast<unsigned char>(text[i]) < 0x80) {
            ++i;
            continue;
        }
        const auto d = decode_utf8(text, i);
        if (!d.valid) {
            return false;
        }
        i += d.length;
    }
    return true;
}

std::string sanitize_utf8(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto d = decode_utf8(text, i);
        if (d.valid) {
            out.append(text.substr(i, d.length));
        } else {
            out.append("\xEF\xBF\xBD");
        }
        i += d.length;
    }
    return out;
}

} // namespace parallax
