#pragma once
// Random drafts made of real-ish paragraphs (commentary with attributions, quotations,
// citations and Markdown), and random edits of the kinds a writer makes: typing and deleting
// characters, splitting and joining paragraphs, adding markup, citations and whole paragraphs.

#include "parallax/text.h"

#include <array>
#include <cctype>
#include <random>
#include <string>
#include <string_view>

namespace parallax::test {

inline constexpr std::array<std::string_view, 21> kParagraphs = {
    "# Pacific partners and the Atlantic alliance",
    "The alliance's summit communiqué devoted four paragraphs to the Indo-Pacific. According to "
    "the communiqué, NATO will \"deepen practical cooperation\" with Japan and South Korea.",
    "Critics say the move drags Europe into a rivalry it cannot afford. Some analysts believe "
    "the alliance has not thought through what it would do in a crisis over the Taiwan Strait.",
    "Japan's defence ministry said in a statement that it welcomed closer information sharing, "
    "and Australia's foreign minister told reporters the partnership \"adds to\" its ties.",
    "Southeast Asian governments have been quieter. Observers note that Jakarta and Manila weigh "
    "their trade with China against their security ties with the U.S. Navy.",
    "> “We will not be drawn into a bloc,” said Indonesia’s foreign minister, Retno Marsudi. "
    "“Our region is not a chessboard.”",
    "- Defence spending rose 9% in 2023 [3].\n- Exports fell sharply (IISS, 2024).\n- Dr. Kim "
    "disagreed.",
    "Beijing has warned repeatedly that the alliance should *stay out* of Asia, a view echoed by "
    "many within the region, while officials in Canberra see [the pact](https://example.org/pact) "
    "as overdue.",
    "## What the data show",
    "A study by the Lowy Institute found that 62 percent of Australians support the partnership, "
    "but the figure falls to 40 percent among those under 30.[^1]",
    "The minister added: \"Nobody should mistake restraint for weakness.\" He later declined to "
    "say whether `ships` would visit Manila.",
    "It is widely believed that the shift responds to Washington's priorities rather than "
    "Europe's own. Everyone knows the summit changed nothing.",
    "[^1]: Lowy Institute Poll 2024.",
    "| Country | View |\n| --- | --- |\n| Japan | supportive |\n| India | wary |",
    "```\nfenced code here, said nobody\n```",
    "<div>\nhtml block text, said the editor\n</div>",
    "[pact]: https://example.org/pact \"The pact\"\nafter the definition, text",
    "Setext heading text\n-------------------",
    "Country | View\n--- | ---\nJapan | supportive\nlazy row text",
    "## Heading with a closing sequence ##",
    "2024 was a year. Then\n1. First point\n2. Second point\n\n    indented code here",
};

/// Six to ten paragraphs, in a random order, some possibly twice.
inline std::string random_draft(std::mt19937& random) {
    std::uniform_int_distribution<std::size_t> pick(0, kParagraphs.size() - 1);
    const int count = std::uniform_int_distribution<int>(6, 10)(random);
    std::string out;
    for (int i = 0; i < count; ++i) {
        out += std::string(kParagraphs[pick(random)]) + "\n\n";
    }
    return out;
}

struct RandomEdit {
    PositionRange range; // UTF-8 columns
    std::string replacement;
    std::string description;
};

/// A random offset of `text` at a character boundary.
inline std::uint32_t random_offset(const Text& text, std::mt19937& random) {
    const std::string& s = text.str();
    auto at = std::uniform_int_distribution<std::uint32_t>(0, static_cast<std::uint32_t>(s.size()))(
        random);
    while (at > 0 && at < s.size() && (static_cast<unsigned char>(s[at]) & 0xC0U) == 0x80U) {
        --at;
    }
    return at;
}

/// The offset of the next `what` at or after `from` (wrapping around), or npos.
inline std::size_t find_from(const std::string& s, std::string_view what, std::size_t from) {
    const std::size_t at = s.find(what, from);
    return at != std::string::npos ? at : s.find(what);
}

/// The first offset at or after `from` (wrapping around) that follows an ASCII letter.
inline std::size_t letter_before(const std::string& s, std::size_t from) {
    for (std::size_t n = 0; n < s.size(); ++n) {
        const std::size_t at = (from + n) % s.size() + 1;
        if (std::isalpha(static_cast<unsigned char>(s[at - 1])) != 0) {
            return at;
        }
    }
    return from;
}

inline RandomEdit random_edit(const Text& text, std::mt19937& random) {
    const std::string& s = text.str();
    const auto position = [&](std::size_t offset) {
        return text.position_of(ByteOffset{static_cast<std::uint32_t>(offset)},
                                PositionEncoding::Utf8);
    };
    const auto insert = [&](std::size_t at, std::string what, std::string description) {
        const Position p = position(at);
        return RandomEdit{{p, p}, std::move(what), description + " at " + std::to_string(at)};
    };
    const auto replace = [&](std::size_t from, std::size_t to, std::string what,
                             std::string description) {
        return RandomEdit{{position(from), position(to)},
                          std::move(what),
                          description + " [" + std::to_string(from) + "," + std::to_string(to) +
                              ")"};
    };
    static constexpr std::array<std::string_view, 16> kCharacters = {
        "e", "a", " ", ".", ",", "\n", "*", "`", "[", "]", "\"", "“", "#", ">", "é", "😀"};
    static constexpr std::array<std::string_view, 6> kMarkup = {"**", "_",   "`",
                                                                "~~", "<b>", "[^2]"};
    static constexpr std::array<std::string_view, 6> kInserts = {
        " [3]", " (Reuters, March 3)", "[^1]", "# ", "> ", "- "};
    const std::size_t at = random_offset(text, random);
    const std::size_t nl_nl = s.empty() ? std::string::npos : find_from(s, "\n\n", at);
    switch (std::uniform_int_distribution<int>(0, 13)(random)) {
    case 10:
    case 11:
    case 12: {
        // Typing inside a line, as a writer mostly does: after a letter, letters and spaces.
        static constexpr std::array<std::string_view, 6> kTyped = {"e", "s", " ", "an", "t ", "."};
        const std::size_t after = letter_before(s, at);
        const auto what =
            kTyped[std::uniform_int_distribution<std::size_t>(0, kTyped.size() - 1)(random)];
        return insert(after, std::string(what), "type mid-line '" + std::string(what) + "'");
    }
    case 13: {
        const std::size_t after = letter_before(s, at);
        const bool letter_follows =
            after < s.size() && std::isalpha(static_cast<unsigned char>(s[after])) != 0;
        return letter_follows ? replace(after, after + 1, "", "delete mid-line")
                              : insert(after, "o", "type mid-line 'o'");
    }
    case 0:
    case 1: {
        const auto c = kCharacters[std::uniform_int_distribution<std::size_t>(
            0, kCharacters.size() - 1)(random)];
        return insert(at, std::string(c), "type '" + std::string(c) + "'");
    }
    case 2: {
        std::size_t end = at;
        for (int n = std::uniform_int_distribution<int>(1, 6)(random); n > 0 && end < s.size();
             --n) {
            ++end;
            while (end < s.size() && (static_cast<unsigned char>(s[end]) & 0xC0U) == 0x80U) {
                ++end;
            }
        }
        return replace(at, end, "", "delete");
    }
    case 3: {
        const std::size_t space = find_from(s, " ", at);
        return space == std::string::npos ? insert(at, "\n\n", "split")
                                          : replace(space, space + 1, "\n\n", "split");
    }
    case 4:
        return nl_nl == std::string::npos ? insert(at, " ", "type ' '")
                                          : replace(nl_nl, nl_nl + 2, " ", "join");
    case 5: {
        const auto m =
            kMarkup[std::uniform_int_distribution<std::size_t>(0, kMarkup.size() - 1)(random)];
        return insert(at, std::string(m), "markup '" + std::string(m) + "'");
    }
    case 6: {
        const auto what =
            kInserts[std::uniform_int_distribution<std::size_t>(0, kInserts.size() - 1)(random)];
        return insert(at, std::string(what), "insert '" + std::string(what) + "'");
    }
    case 7: {
        const auto p = kParagraphs[std::uniform_int_distribution<std::size_t>(
            0, kParagraphs.size() - 1)(random)];
        const std::size_t where = nl_nl == std::string::npos ? s.size() : nl_nl + 2;
        return insert(where, std::string(p) + "\n\n", "paragraph");
    }
    case 8: {
        if (nl_nl == std::string::npos) {
            return insert(at, "\n\n", "split");
        }
        const std::size_t start = nl_nl + 2;
        const std::size_t end = s.find("\n\n", start);
        if (end == std::string::npos) {
            return insert(at, "e", "type 'e'");
        }
        return insert(start, s.substr(start, end + 2 - start), "duplicate paragraph");
    }
    default: {
        if (nl_nl == std::string::npos) {
            return insert(at, "a", "type 'a'");
        }
        const std::size_t end = s.find("\n\n", nl_nl + 2);
        return replace(nl_nl, end == std::string::npos ? s.size() : end, "", "delete paragraph");
    }
    }
}

} // namespace parallax::test
