// Offsets and positions: a random text (any bytes: invalid UTF-8 counts one unit a byte), then
// random edits through Text::replace in UTF-8 or UTF-16 columns. After every step the text must
// agree with a plain string spliced at the offsets offset_of gave, the incremental line index
// with a fresh one, and positions and offsets must convert back and forth.
#include "fuzz_check.h"

#include "parallax/text.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>

namespace {

using namespace parallax;
using parallax::fuzz::require;

// Bounds the quadratic checks so that each input stays fast.
constexpr std::uint32_t kMaxCheckedBytes = 2048;

Position utf8_point(const Text& text, ByteOffset offset) {
    const LineNumber line = text.line_of(offset);
    return Position{line, offset.value - text.line_start(line).value};
}

void check_text(const Text& text, PositionEncoding encoding) {
    const Text fresh(text.str());
    require(fresh.line_count() == text.line_count(), "line count matches a fresh index");
    for (std::uint32_t l = 0; l < text.line_count() && l < kMaxCheckedBytes; ++l) {
        const LineNumber line{l};
        require(fresh.line_start(line) == text.line_start(line), "line starts match");
        require(fresh.line_end(line) == text.line_end(line), "line ends match");
        require(text.line_start(line) <= text.line_end(line), "a line starts before it ends");
    }

    const std::uint32_t size = std::min(text.end().value, kMaxCheckedBytes);
    Position previous{};
    for (std::uint32_t o = 0; o <= size; ++o) {
        const ByteOffset offset{o};
        const Position position = text.position_of(offset, encoding);
        require(previous <= position, "position_of is monotonic");
        previous = position;
        require(position.line == text.line_of(offset), "position_of agrees with line_of");
        require(text.contains(position, encoding), "a text contains the positions of its offsets");
        const ByteOffset back = text.offset_of(position, encoding);
        require(back <= offset, "an offset maps back to its character's start");
        require(text.position_of(back, encoding) == position, "position -> offset round trip");
    }

    // Clamping: whatever a client sends lands inside the text.
    const Position far{LineNumber{text.line_count() + 3}, 1000};
    require(text.offset_of(far, encoding) == text.end(), "a line past the end clamps to the end");
    if (text.view().find('\n') == std::string::npos) {
        require(text.position_of(text.end(), encoding).character ==
                    length_in(text.view(), encoding),
                "the end of a one-line text is its length");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider in(data, size);
    const PositionEncoding encoding =
        in.ConsumeBool() ? PositionEncoding::Utf8 : PositionEncoding::Utf16;
    Text text(in.ConsumeRandomLengthString(1024));
    require(is_valid_utf8(sanitize_utf8(text.view())), "sanitize_utf8 gives valid UTF-8");
    check_text(text, encoding);

    for (int step = 0; step < 16 && in.remaining_bytes() > 0; ++step) {
        auto position = [&] {
            const auto line = in.ConsumeIntegralInRange<std::uint32_t>(0, text.line_count() + 1);
            return Position{LineNumber{line}, in.ConsumeIntegralInRange<std::uint32_t>(0, 300)};
        };
        const PositionRange range{position(), position()};
        const std::string replacement = in.ConsumeRandomLengthString(64);

        const std::string before = text.str();
        const ByteOffset start = text.offset_of(range.start, encoding);
        const ByteOffset end = text.offset_of(range.end, encoding);
        const auto edit = text.replace(range, replacement, encoding);
        if (range.end < range.start || end < start) {
            require(!edit.has_value(), "a reversed range is refused");
            require(text.str() == before, "a refused edit leaves the text alone");
            continue;
        }
        require(edit.has_value(), "a forward range is accepted");
        const std::string expected =
            before.substr(0, start.value) + replacement + before.substr(end.value);
        require(text.str() == expected, "replace splices at the offsets offset_of gives");
        require(edit->start == start && edit->old_end == end, "the edit names the old range");
        require(edit->new_end.value == start.value + replacement.size(), "the edit's new end");
        require(edit->start_point == utf8_point(text, edit->start), "the edit's start point");
        require(edit->new_end_point == utf8_point(text, edit->new_end), "the edit's new end point");
        check_text(text, encoding);
    }
    return 0;
}
