// Citations found by scanning the prose: bracketed numeric references ("[3]", "[12, 14]") and
// parenthetical author-date references ("(IISS, 2024)", "(Smith 2020)", "(Reuters, March 3)").

#include "internal.h"
#include "utf8.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <cstring>

namespace parallax::detail {

namespace {

constexpr std::size_t kMaxParenthetical = 100;

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_alpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/// Length of a bracketed numeric reference starting at text[i] == '[', or 0.
std::size_t match_bracketed(std::string_view text, std::size_t i, std::size_t end) {
    std::size_t j = i + 1;
    auto digits = [&] {
        const std::size_t from = j;
        while (j < end && is_digit(text[j])) {
            ++j;
        }
        return j > from && j - from <= 4;
    };
    auto spaces = [&] {
        while (j < end && text[j] == ' ') {
            ++j;
        }
    };
    if (!digits()) {
        return 0;
    }
    for (;;) {
        spaces();
        if (j < end && text[j] == ']') {
            return j + 1 - i;
        }
        if (j < end && (text[j] == ',' || text[j] == ';' || text[j] == '-')) {
            ++j;
        } else if (text.substr(j, 3) == "\xE2\x80\x93" && j + 3 <= end) { // en dash
            j += 3;
        } else {
            return 0;
        }
        spaces();
        if (!digits()) {
            return 0;
        }
    }
}

constexpr std::array<std::string_view, 23> kMonths = {
    "January",   "February", "March",    "April",    "May",  "June", "July", "August",
    "September", "October",  "November", "December", "Jan",  "Feb",  "Mar",  "Apr",
    "Jun",       "Jul",      "Aug",      "Sep",      "Sept", "Oct",  "Nov"}; // "Dec" below

constexpr std::array<std::string_view, 26> kNotNames = {
    "In",     "On",      "At",      "By",    "From", "Since",   "Until",  "Before",       "After",
    "During", "The",     "A",       "An",    "As",   "Of",      "For",    "To",           "About",
    "Around", "Through", "Between", "Circa", "Up",   "Roughly", "Nearly", "Approximately"};

bool is_month(std::string_view word) {
    return word == "Dec" || std::find(kMonths.begin(), kMonths.end(), word) != kMonths.end();
}

/// Whether `content` (inside parentheses) reads like "Name, 2024" or "Name, March 3".
bool is_author_date(std::string_view content) {
    const auto first = decode_utf8(content, 0);
    if (!u_isupper(static_cast<UChar32>(first.code_point))) {
        return false;
    }
    std::size_t word_end = 0;
    while (word_end < content.size() && (static_cast<unsigned char>(content[word_end]) >= 0x80U ||
                                         is_alpha(content[word_end]))) {
        ++word_end;
    }
    if (std::find(kNotNames.begin(), kNotNames.end(), content.substr(0, word_end)) !=
        kNotNames.end()) {
        return false;
    }
    std::string_view previous_word;
    for (std::size_t i = word_end; i < content.size();) {
        if (is_digit(content[i])) {
            std::size_t j = i;
            while (j < content.size() && is_digit(content[j])) {
                ++j;
            }
            const std::size_t n = j - i;
            const bool word_boundary = j == content.size() || !is_digit(content[j]);
            if (n == 4 && word_boundary && (content[i] == '1' || content.substr(i, 2) == "20")) {
                return true; // a year
            }
            if (n <= 2 && is_month(previous_word)) {
                return true; // a date
            }
            previous_word = {};
            i = j;
        } else if (is_alpha(content[i])) {
            std::size_t j = i;
            while (j < content.size() && is_alpha(content[j])) {
                ++j;
            }
            previous_word = content.substr(i, j - i);
            i = j;
        } else {
            if (content[i] != ' ' && content[i] != '.') {
                previous_word = {};
            }
            ++i;
        }
    }
    return false;
}

/// Length of a parenthetical reference starting at text[i] == '(', or 0.
std::size_t match_parenthetical(std::string_view text, std::size_t i, std::size_t end) {
    const std::size_t limit = std::min(end, i + kMaxParenthetical);
    for (std::size_t j = i + 1; j < limit; ++j) {
        const char c = text[j];
        if (c == '(' || c == '\n' || c == '[' || c == ']') {
            return 0;
        }
        if (c == ')') {
            const std::string_view content = text.substr(i + 1, j - i - 1);
            return !content.empty() && is_author_date(content) ? j + 1 - i : 0;
        }
    }
    return 0;
}

} // namespace

void scan_citations(std::string_view text, RawBlock& block, std::vector<Citation>& citations) {
    std::vector<ByteRange> taken;
    taken.reserve(block.spans.size() + block.citations.size());
    for (const Span& span : block.spans) {
        taken.push_back(span.range);
    }
    for (const std::uint32_t c : block.citations) {
        taken.push_back(citations[c].range);
    }
    auto free = [&](ByteRange range) {
        return std::none_of(taken.begin(), taken.end(),
                            [&](ByteRange t) { return t.overlaps(range); });
    };

    std::vector<Span> removed;
    const std::size_t end = block.range.end.value;
    // The next "[" and "(" at or after `from`, or `end`: found with memchr, as most of a block
    // holds neither.
    const auto next = [&](char c, std::size_t from) -> std::size_t {
        if (from >= end) {
            return end;
        }
        const void* at = std::memchr(text.data() + from, c, end - from);
        return at != nullptr ? static_cast<std::size_t>(static_cast<const char*>(at) - text.data())
                             : end;
    };
    std::size_t next_bracket = next('[', block.range.start.value);
    std::size_t next_paren = next('(', block.range.start.value);
    for (std::size_t i = std::min(next_bracket, next_paren); i < end;
         i = std::min(next_bracket, next_paren)) {
        const char c = text[i];
        (c == '[' ? next_bracket : next_paren) = next(c, i + 1);
        const std::size_t n =
            c == '[' ? match_bracketed(text, i, end) : match_parenthetical(text, i, end);
        if (n == 0) {
            continue;
        }
        const ByteRange range{ByteOffset{static_cast<std::uint32_t>(i)},
                              ByteOffset{static_cast<std::uint32_t>(i + n)}};
        if (!free(range)) {
            continue;
        }
        Citation citation;
        citation.kind = c == '[' ? Citation::Kind::Bracketed : Citation::Kind::Parenthetical;
        citation.range = range;
        block.citations.push_back(static_cast<std::uint32_t>(citations.size()));
        citations.push_back(std::move(citation));
        if (c == '[') {
            removed.push_back({range, SpanKind::Removed});
        }
        // Go on after the citation.
        next_bracket = next('[', std::max(next_bracket, i + n));
        next_paren = next('(', std::max(next_paren, i + n));
    }
    if (!removed.empty()) {
        block.spans.insert(block.spans.end(), removed.begin(), removed.end());
        std::sort(block.spans.begin(), block.spans.end(),
                  [](const Span& a, const Span& b) { return a.range.start < b.range.start; });
    }
}

} // namespace parallax::detail
