#include "parallax/text.h"

#include <gtest/gtest.h>

#include <array>
#include <random>
#include <string>
#include <vector>

namespace parallax {
namespace {

constexpr auto U8 = PositionEncoding::Utf8;
constexpr auto U16 = PositionEncoding::Utf16;

Position pos(std::uint32_t line, std::uint32_t character) {
    return Position{LineNumber{line}, character};
}

TEST(Text, HeaderExample) {
    const Text t("a\n\xF0\x9F\x98\x80"
                 "b");
    EXPECT_EQ(t.position_of(ByteOffset{6}, U16), pos(1, 2));
    EXPECT_EQ(t.position_of(ByteOffset{6}, U8), pos(1, 4));
    EXPECT_EQ(t.offset_of(pos(1, 2), U16), ByteOffset{6});
}

TEST(Text, LinesAndCrlf) {
    const Text t("ab\r\ncd\n\nef");
    ASSERT_EQ(t.line_count(), 4U);
    EXPECT_EQ(t.line_start(LineNumber{1}), ByteOffset{4});
    EXPECT_EQ(t.line_end(LineNumber{0}), ByteOffset{2});
    EXPECT_EQ(t.line_end(LineNumber{2}), ByteOffset{7});
    EXPECT_EQ(t.line_end(LineNumber{3}), ByteOffset{10});
    // The "\r\n" belongs to line 0; both of its bytes map to the end of line 0's content.
    EXPECT_EQ(t.line_of(ByteOffset{3}), LineNumber{0});
    EXPECT_EQ(t.position_of(ByteOffset{2}, U16), pos(0, 2));
    EXPECT_EQ(t.position_of(ByteOffset{3}, U16), pos(0, 2));
    EXPECT_EQ(t.position_of(ByteOffset{4}, U16), pos(1, 0));
    // Columns past the content clamp to just before the "\n" (a client that splits lines at
    // "\n" alone sees the "\r" as content), lines past the end to the text's end.
    EXPECT_EQ(t.offset_of(pos(0, 99), U16), ByteOffset{3});
    EXPECT_EQ(t.offset_of(pos(9, 0), U16), ByteOffset{10});
    EXPECT_TRUE(t.contains(pos(0, 2), U16));
    EXPECT_FALSE(t.contains(pos(0, 3), U16));
    EXPECT_FALSE(t.contains(pos(4, 0), U16));
}

TEST(Text, LoneCarriageReturnIsNotALineBreak) {
    const Text t("a\rb\nc");
    EXPECT_EQ(t.line_count(), 2U);
    EXPECT_EQ(t.position_of(ByteOffset{2}, U16), pos(0, 2));
}

TEST(Text, AstralAndCombiningCharacters) {
    // "e" + U+0301 (2 bytes), U+20AC (3 bytes), U+1F600 (4 bytes).
    const Text t("e\xCC\x81\xE2\x82\xAC\xF0\x9F\x98\x80x");
    EXPECT_EQ(t.position_of(ByteOffset{3}, U16), pos(0, 2));
    EXPECT_EQ(t.position_of(ByteOffset{6}, U16), pos(0, 3));
    EXPECT_EQ(t.position_of(ByteOffset{10}, U16), pos(0, 5));
    // An offset inside a character maps to its start.
    EXPECT_EQ(t.position_of(ByteOffset{8}, U16), pos(0, 3));
    EXPECT_EQ(t.position_of(ByteOffset{8}, U8), pos(0, 6));
    // A column inside a character maps to its end.
    EXPECT_EQ(t.offset_of(pos(0, 4), U16), ByteOffset{10});
    EXPECT_EQ(t.offset_of(pos(0, 7), U8), ByteOffset{10});
    EXPECT_EQ(length_in(t.view(), U16), 6U);
    EXPECT_EQ(length_in(t.view(), U8), 11U);
}

TEST(Text, InvalidBytesCountOneUnitEach) {
    const std::string s = "\xFF\xC3"
                          "A\xE2\x82";
    EXPECT_EQ(length_in(s, U16), 5U);
    EXPECT_FALSE(is_valid_utf8(s));
    EXPECT_TRUE(is_valid_utf8("plain \xC3\xA9"));
    EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80")); // a surrogate
    EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));     // overlong
    EXPECT_EQ(sanitize_utf8("a\xFF"
                            "b"),
              "a\xEF\xBF\xBD"
              "b");
    EXPECT_EQ(sanitize_utf8("ok \xE2\x82\xAC"), "ok \xE2\x82\xAC");
    const Text t(s);
    EXPECT_EQ(t.position_of(ByteOffset{3}, U16), pos(0, 3));
}

// is_valid_utf8 skips ASCII eight bytes at a time: a bad byte or a character cut short must be
// found wherever it falls, after ASCII runs of every length.
TEST(Text, InvalidBytesAreFoundAfterAsciiRunsOfAnyLength) {
    for (std::size_t run = 0; run < 20; ++run) {
        const std::string ascii(run, 'a');
        EXPECT_TRUE(is_valid_utf8(ascii + "\xC3\xA9" + ascii)) << run;
        EXPECT_TRUE(is_valid_utf8(ascii + "\xF0\x9F\x98\x80")) << run;
        EXPECT_FALSE(is_valid_utf8(ascii + "\xFF" + ascii)) << run;
        EXPECT_FALSE(is_valid_utf8(ascii + "\xE2\x82")) << run; // cut short at the end
        EXPECT_FALSE(is_valid_utf8(ascii + "\xE2\x82" + ascii + "xx")) << run; // and inside
        EXPECT_FALSE(is_valid_utf8(ascii + "\x80" + ascii)) << run; // a lone continuation
    }
}

TEST(Text, RangeOf) {
    const Text t("one\ntwo");
    EXPECT_EQ(t.range_of({ByteOffset{1}, ByteOffset{5}}, U16),
              (PositionRange{pos(0, 1), pos(1, 1)}));
    EXPECT_EQ(t.slice({ByteOffset{4}, ByteOffset{99}}), "two");
}

TEST(Text, ReplaceReturnsTreeSitterEdit) {
    Text t("hello\r\nw\xC3\xB6rld\nend");
    const auto edit = t.replace({pos(1, 1), pos(1, 2)}, "o\nX", U16);
    ASSERT_TRUE(edit.has_value());
    EXPECT_EQ(t.str(), "hello\r\nwo\nXrld\nend");
    EXPECT_EQ(edit->start, ByteOffset{8});
    EXPECT_EQ(edit->old_end, ByteOffset{10});
    EXPECT_EQ(edit->new_end, ByteOffset{11});
    EXPECT_EQ(edit->start_point, pos(1, 1));
    EXPECT_EQ(edit->old_end_point, pos(1, 3));
    EXPECT_EQ(edit->new_end_point, pos(2, 1));
    EXPECT_EQ(t.line_count(), 4U);
    EXPECT_EQ(t.line_start(LineNumber{3}), ByteOffset{15});
}

TEST(Text, ReplaceRefusesReversedRange) {
    Text t("abc\ndef");
    EXPECT_FALSE(t.replace({pos(1, 1), pos(0, 2)}, "x", U16).has_value());
    EXPECT_FALSE(t.replace({pos(0, 2), pos(0, 1)}, "x", U16).has_value());
    EXPECT_EQ(t.str(), "abc\ndef");
}

TEST(Text, ReplaceJoinsLines) {
    Text t("a\nb\nc\nd");
    ASSERT_TRUE(t.replace({pos(0, 1), pos(2, 0)}, "", U8));
    EXPECT_EQ(t.str(), "ac\nd");
    EXPECT_EQ(t.line_count(), 2U);
    EXPECT_EQ(t.line_start(LineNumber{1}), ByteOffset{3});
}

// --- property tests against a slow reference --------------------------------------------------

/// One character of a byte string: its bytes and UTF-16 length (invalid bytes: 1 byte, 1 unit).
struct RefChar {
    std::size_t start;
    std::size_t length;
    std::uint32_t units;
};

std::vector<RefChar> ref_chars(const std::string& s, std::size_t from, std::size_t to) {
    std::vector<RefChar> out;
    std::size_t i = from;
    while (i < to) {
        const auto b = static_cast<unsigned char>(s[i]);
        std::size_t n = b < 0x80         ? 1
                        : (b >> 5) == 6  ? 2
                        : (b >> 4) == 14 ? 3
                        : (b >> 3) == 30 ? 4
                                         : 0;
        bool ok = n > 0 && i + n <= to;
        std::uint32_t cp = n == 1 ? b : n == 2 ? (b & 0x1Fu) : n == 3 ? (b & 0x0Fu) : (b & 0x07u);
        for (std::size_t k = 1; ok && k < n; ++k) {
            const auto c = static_cast<unsigned char>(s[i + k]);
            ok = (c & 0xC0) == 0x80;
            cp = (cp << 6) | (c & 0x3Fu);
        }
        if (ok) {
            const std::uint32_t min = n == 1 ? 0 : n == 2 ? 0x80 : n == 3 ? 0x800 : 0x10000;
            ok = cp >= min && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
        }
        if (!ok) {
            n = 1;
        }
        out.push_back({i, n, ok && n == 4 ? 2u : 1u});
        i += n;
    }
    return out;
}

struct RefLine {
    std::size_t start;
    std::size_t content_end; // before "\r\n" or "\n"
    std::size_t break_at;    // before "\n": how far a column may reach
};

std::vector<RefLine> ref_lines(const std::string& s) {
    std::vector<RefLine> lines;
    std::size_t start = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\n') {
            lines.push_back({start, i > start && s[i - 1] == '\r' ? i - 1 : i, i});
            start = i + 1;
        }
    }
    lines.push_back({start, s.size(), s.size()});
    return lines;
}

Position ref_position(const std::string& s, std::size_t offset, PositionEncoding enc) {
    offset = std::min(offset, s.size());
    const auto lines = ref_lines(s);
    std::size_t line = 0;
    while (line + 1 < lines.size() && lines[line + 1].start <= offset) {
        ++line;
    }
    const std::size_t stop = std::min(offset, lines[line].content_end);
    std::uint32_t col = 0;
    for (const RefChar& c : ref_chars(s, lines[line].start, lines[line].content_end)) {
        if (c.start + c.length > stop) {
            break;
        }
        col += enc == U8 ? static_cast<std::uint32_t>(c.length) : c.units;
    }
    return pos(static_cast<std::uint32_t>(line), col);
}

/// tree-sitter's point of an offset: line, and raw byte column (a "\r" is a byte like any other).
Position ref_point(const std::string& s, std::size_t offset) {
    const auto lines = ref_lines(s);
    std::size_t line = 0;
    while (line + 1 < lines.size() && lines[line + 1].start <= offset) {
        ++line;
    }
    return pos(static_cast<std::uint32_t>(line),
               static_cast<std::uint32_t>(offset - lines[line].start));
}

std::size_t ref_offset(const std::string& s, Position p, PositionEncoding enc) {
    const auto lines = ref_lines(s);
    if (p.line.value >= lines.size()) {
        return s.size();
    }
    const RefLine& line = lines[p.line.value];
    std::uint32_t col = 0;
    std::size_t at = line.start;
    for (const RefChar& c : ref_chars(s, line.start, line.break_at)) {
        if (col >= p.character) {
            break;
        }
        col += enc == U8 ? static_cast<std::uint32_t>(c.length) : c.units;
        at = c.start + c.length;
    }
    return at;
}

constexpr std::array<const char*, 20> kPieces = {"a",
                                                 "Z",
                                                 " ",
                                                 ".",
                                                 "\xC3\xA9",
                                                 "\xE2\x82\xAC",
                                                 "\xF0\x9D\x84\x9E",
                                                 "\xF0\x9F\x98\x80",
                                                 "e\xCC\x81",
                                                 "\r\n",
                                                 "\r",
                                                 "\n",
                                                 "\xFF",
                                                 "\xC3",
                                                 "\xE2\x82",
                                                 "\xED\xA0\x80",
                                                 "\xC0\xAF",
                                                 "\xF4\x90\x80\x80",
                                                 "\xF0\x9F",
                                                 "word"};

std::string random_text(std::mt19937& rng, int max_pieces) {
    std::uniform_int_distribution<int> count(0, max_pieces);
    std::uniform_int_distribution<std::size_t> piece(0, kPieces.size() - 1);
    std::string s;
    for (int n = count(rng); n > 0; --n) {
        s += kPieces[piece(rng)];
    }
    return s;
}

Position random_position(std::mt19937& rng, const std::string& s) {
    const auto lines = static_cast<std::uint32_t>(ref_lines(s).size());
    std::uniform_int_distribution<std::uint32_t> line(0, lines);
    std::uniform_int_distribution<std::uint32_t> col(0, 14);
    return pos(line(rng), col(rng));
}

TEST(TextProperty, ConversionsMatchReference) {
    std::mt19937 rng(12345);
    for (int iteration = 0; iteration < 3000; ++iteration) {
        const std::string s = random_text(rng, 14);
        const Text t(s);
        ASSERT_EQ(t.line_count(), ref_lines(s).size());
        std::uniform_int_distribution<std::uint32_t> offset(
            0, static_cast<std::uint32_t>(s.size()) + 2);
        for (int k = 0; k < 8; ++k) {
            const auto enc = k % 2 == 0 ? U16 : U8;
            const std::uint32_t o = offset(rng);
            ASSERT_EQ(t.position_of(ByteOffset{o}, enc), ref_position(s, o, enc))
                << "offset " << o << " iteration " << iteration;
            const Position p = random_position(rng, s);
            ASSERT_EQ(t.offset_of(p, enc).value, ref_offset(s, p, enc))
                << "line " << p.line.value << " col " << p.character << " iteration " << iteration;
            // Round trip: the position of an offset maps back to the start of its character.
            const Position q = t.position_of(ByteOffset{o}, enc);
            ASSERT_EQ(t.position_of(t.offset_of(q, enc), enc), q);
        }
    }
}

TEST(TextProperty, ReplaceMatchesReference) {
    std::mt19937 rng(12345);
    for (int round = 0; round < 200; ++round) {
        std::string ref = random_text(rng, 12);
        Text t(ref);
        for (int step = 0; step < 20; ++step) {
            const auto enc = step % 2 == 0 ? U16 : U8;
            const Position a = random_position(rng, ref);
            const Position b = random_position(rng, ref);
            const std::string replacement = random_text(rng, 4);
            const auto edit = t.replace({a, b}, replacement, enc);
            if (b < a) {
                ASSERT_FALSE(edit.has_value());
                ASSERT_EQ(t.str(), ref);
                continue;
            }
            ASSERT_TRUE(edit.has_value());
            const std::size_t start = ref_offset(ref, a, enc);
            const std::size_t end = ref_offset(ref, b, enc);
            ASSERT_LE(start, end);
            ASSERT_EQ(edit->start.value, start);
            ASSERT_EQ(edit->old_end.value, end);
            ASSERT_EQ(edit->start_point, ref_point(ref, start));
            ASSERT_EQ(edit->old_end_point, ref_point(ref, end));
            ref.replace(start, end - start, replacement);
            ASSERT_EQ(t.str(), ref);
            ASSERT_EQ(edit->new_end.value, start + replacement.size());
            ASSERT_EQ(edit->new_end_point.line,
                      ref_position(ref, start + replacement.size(), U8).line);
            const auto lines = ref_lines(ref);
            ASSERT_EQ(t.line_count(), lines.size());
            for (std::uint32_t i = 0; i < lines.size(); ++i) {
                ASSERT_EQ(t.line_start(LineNumber{i}).value, lines[i].start);
                ASSERT_EQ(t.line_end(LineNumber{i}).value, lines[i].content_end);
            }
        }
    }
}

} // namespace
} // namespace parallax
