#include "term_set.h"

#include <re2/re2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <initializer_list>

namespace parallax::rulepacks {

namespace {

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/// A literal term as a regular expression: its words quoted, any run of spaces matching any run
/// of white space (a term may wrap across lines, or be held together by no-break spaces), and '
/// matching ’ too.
std::string token_regex(std::string_view token) {
    std::string out;
    std::size_t i = 0;
    while (i < token.size()) {
        if (is_space(token[i])) {
            while (i < token.size() && is_space(token[i])) {
                ++i;
            }
            out += "[\\s\\x{00A0}]+"; // a no-break space is a space too
        } else if (token[i] == '\'' || token.substr(i, 3) == "\u2019") {
            out += "['\u2019]";
            i += token[i] == '\'' ? 1 : 3;
        } else {
            std::size_t j = i;
            while (j < token.size() && !is_space(token[j]) && token[j] != '\'' &&
                   token.substr(j, 3) != "\u2019") {
                ++j;
            }
            out += RE2::QuoteMeta(re2::StringPiece(token.data() + i, j - i));
            i = j;
        }
    }
    return out;
}

std::string trimmed(std::string_view s) {
    while (!s.empty() && is_space(s.front())) {
        s.remove_prefix(1);
    }
    while (!s.empty() && is_space(s.back())) {
        s.remove_suffix(1);
    }
    return std::string(s);
}

bool contains_any(std::string_view text, std::initializer_list<std::string_view> parts) {
    return std::ranges::any_of(
        parts, [&](std::string_view part) { return text.find(part) != std::string_view::npos; });
}

/// RE2's own words for what went wrong, with the usual surprise spelled out: RE2 has no
/// backreferences or lookaround, which is what keeps matching linear in time.
std::string describe(const RE2& regex, std::string_view pattern) {
    std::string message = "invalid RE2 pattern: " + regex.error();
    const auto code = regex.error_code();
    const bool backreference = contains_any(
        pattern, {"\\1", "\\2", "\\3", "\\4", "\\5", "\\6", "\\7", "\\8", "\\9", "\\k<", "(?P="});
    if (backreference && (code == RE2::ErrorBadEscape || code == RE2::ErrorBadNamedCapture)) {
        message += " (RE2 does not support backreferences such as \\1: they cannot be matched "
                   "in linear time)";
    } else if (contains_any(pattern, {"(?=", "(?!", "(?<=", "(?<!"})) {
        message += " (RE2 does not support lookahead or lookbehind such as (?= or (?<=)";
    } else if (code == RE2::ErrorPatternTooLarge) {
        message += " (the compiled pattern is too large: split it into several patterns)";
    }
    return message;
}

/// The code point before `at` and the one starting at `at`, or 0 at either end.
UChar32 previous_code_point(std::string_view text, std::size_t at) {
    if (at == 0) {
        return 0;
    }
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
    auto i = static_cast<std::int32_t>(at);
    UChar32 c = 0;
    U8_PREV(bytes, 0, i, c);
    return c;
}

UChar32 code_point_at(std::string_view text, std::size_t at) {
    if (at >= text.size()) {
        return 0;
    }
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
    auto i = static_cast<std::int32_t>(at);
    UChar32 c = 0;
    U8_NEXT(bytes, i, static_cast<std::int32_t>(text.size()), c);
    return c;
}

bool is_word_char(UChar32 c) {
    return c > 0 && u_isalnum(c);
}

/// A token must not begin or end inside a word: "Kiev" is not in "Kievan".
bool word_bounded(std::string_view text, std::size_t start, std::size_t end) {
    if (is_word_char(code_point_at(text, start)) &&
        is_word_char(previous_code_point(text, start))) {
        return false;
    }
    return !(is_word_char(previous_code_point(text, end)) &&
             is_word_char(code_point_at(text, end)));
}

std::size_t next_char(std::string_view text, std::size_t at) {
    ++at;
    while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) {
        ++at;
    }
    return at;
}

} // namespace

TermSet::TermSet() = default;
TermSet::TermSet(TermSet&&) noexcept = default;
TermSet& TermSet::operator=(TermSet&&) noexcept = default;
TermSet::~TermSet() = default;

std::variant<TermSet, TermError> TermSet::build(const std::vector<std::string>& tokens,
                                                const std::vector<std::string>& patterns,
                                                bool ignore_case) {
    RE2::Options options;
    options.set_encoding(RE2::Options::EncodingUTF8);
    options.set_case_sensitive(!ignore_case);
    options.set_log_errors(false);
    TermSet set;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const std::string token = trimmed(tokens[i]);
        if (token.empty()) {
            return TermError{false, static_cast<std::uint32_t>(i), "a token cannot be empty"};
        }
        auto regex = std::make_unique<RE2>(token_regex(token), options);
        if (!regex->ok()) {
            return TermError{false, static_cast<std::uint32_t>(i),
                             "cannot match this token: " + regex->error()};
        }
        set.terms_.push_back({std::move(regex), true});
    }
    for (std::size_t i = 0; i < patterns.size(); ++i) {
        auto regex = std::make_unique<RE2>(patterns[i], options);
        if (!regex->ok()) {
            return TermError{true, static_cast<std::uint32_t>(i), describe(*regex, patterns[i])};
        }
        if (RE2::FullMatch("", *regex)) {
            return TermError{true, static_cast<std::uint32_t>(i),
                             "the pattern matches the empty string, so it would match everywhere"};
        }
        set.terms_.push_back({std::move(regex), false});
    }
    return set;
}

std::vector<TermMatch> TermSet::find(std::string_view text, std::uint32_t base) const {
    std::vector<TermMatch> all;
    const re2::StringPiece piece(text.data(), text.size());
    for (std::size_t t = 0; t < terms_.size(); ++t) {
        const Term& term = terms_[t];
        std::size_t at = 0;
        while (at <= text.size()) {
            re2::StringPiece found;
            if (!term.regex->Match(piece, at, text.size(), RE2::UNANCHORED, &found, 1)) {
                break;
            }
            const auto start = static_cast<std::size_t>(found.data() - text.data());
            const std::size_t end = start + found.size();
            // An empty match (a pattern such as \b) or a token inside a word: look further on.
            if (found.empty() || (term.word_bounded && !word_bounded(text, start, end))) {
                at = next_char(text, start);
                continue;
            }
            all.push_back({base + static_cast<std::uint32_t>(start),
                           base + static_cast<std::uint32_t>(end), static_cast<std::uint32_t>(t)});
            at = end;
        }
    }
    // Leftmost, then longest, then the earlier term.
    std::ranges::sort(all, [](const TermMatch& a, const TermMatch& b) {
        if (a.start != b.start) {
            return a.start < b.start;
        }
        if (a.end != b.end) {
            return a.end > b.end;
        }
        return a.term < b.term;
    });
    std::vector<TermMatch> kept;
    for (const TermMatch& match : all) {
        if (kept.empty() || match.start >= kept.back().end) {
            kept.push_back(match);
        }
    }
    return kept;
}

} // namespace parallax::rulepacks
