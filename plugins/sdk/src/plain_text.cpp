// Plain text: blocks separated by blank lines; a short first line without final punctuation is
// the title.

#include "internal.h"

namespace parallax::detail {

namespace {

constexpr std::uint32_t kMaxTitleBytes = 120;

bool is_blank(std::string_view line) {
    return line.find_first_not_of(" \t\r\f\v") == std::string_view::npos;
}

ByteRange trimmed(std::string_view text, ByteRange range) {
    std::uint32_t start = range.start.value;
    std::uint32_t end = range.end.value;
    auto space = [&](std::uint32_t i) {
        const char c = text[i];
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
    };
    while (start < end && space(start)) {
        ++start;
    }
    while (end > start && space(end - 1)) {
        --end;
    }
    return {ByteOffset{start}, ByteOffset{end}};
}

} // namespace

Parsed parse_plain_text(std::string_view text) {
    Parsed parsed;
    std::size_t pos = 0;
    std::size_t block_start = std::string_view::npos;
    std::size_t block_lines = 0;
    auto close_block = [&](std::size_t end) {
        if (block_start == std::string_view::npos) {
            return;
        }
        RawBlock block;
        block.range = trimmed(text, {ByteOffset{static_cast<std::uint32_t>(block_start)},
                                     ByteOffset{static_cast<std::uint32_t>(end)}});
        const std::string_view content = text.substr(block.range.start.value, block.range.size());
        const char last = content.empty() ? '.' : content.back();
        if (parsed.blocks.empty() && block_lines == 1 && content.size() < kMaxTitleBytes &&
            last != '.' && last != '!' && last != '?') {
            block.kind = BlockKind::Heading;
            block.heading_level = 1;
        }
        parsed.blocks.push_back(std::move(block));
        block_start = std::string_view::npos;
        block_lines = 0;
    };
    while (pos < text.size()) {
        std::size_t nl = text.find('\n', pos);
        const std::size_t line_end = nl == std::string_view::npos ? text.size() : nl;
        const std::size_t next = nl == std::string_view::npos ? text.size() : nl + 1;
        if (is_blank(text.substr(pos, line_end - pos))) {
            close_block(pos);
        } else {
            if (block_start == std::string_view::npos) {
                block_start = pos;
            }
            ++block_lines;
        }
        pos = next;
    }
    close_block(text.size());
    return parsed;
}

} // namespace parallax::detail
