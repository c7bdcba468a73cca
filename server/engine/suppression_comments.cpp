#include "suppression_comments.h"

#include <algorithm>
#include <array>
#include <utility>

namespace parallax {
namespace {

constexpr std::string_view kOpen = "<!--";
constexpr std::string_view kClose = "-->";
constexpr std::string_view kPrefix = "parallax-";

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::string_view trim(std::string_view text) {
    while (!text.empty() && is_space(text.front())) {
        text.remove_prefix(1);
    }
    while (!text.empty() && is_space(text.back())) {
        text.remove_suffix(1);
    }
    return text;
}

ByteOffset advance(ByteOffset at, std::size_t bytes) {
    return ByteOffset{at.value + static_cast<std::uint32_t>(bytes)};
}

/// The directive keyword at the start of `text` (after "parallax-"), and its length. Longest
/// keywords first: "disable-next-line" before "disable".
std::optional<std::pair<SuppressionComment::Kind, std::size_t>> keyword(std::string_view text) {
    using Kind = SuppressionComment::Kind;
    static const std::array<std::pair<std::string_view, Kind>, 4> keywords{{
        {"disable-next-line", Kind::DisableNextLine},
        {"disable-file", Kind::DisableFile},
        {"disable", Kind::Disable},
        {"enable", Kind::Enable},
    }};
    for (const auto& [word, kind] : keywords) {
        if (text.starts_with(word) && (text.size() == word.size() || is_space(text[word.size()]))) {
            return std::pair{kind, word.size()};
        }
    }
    return std::nullopt;
}

/// Rule names separated by commas or spaces, each with its range (`at` is where `text` starts).
std::vector<SuppressionComment::RuleName> rule_names(std::string_view text, ByteOffset at) {
    std::vector<SuppressionComment::RuleName> names;
    std::size_t i = 0;
    while (i < text.size()) {
        if (text[i] == ',' || is_space(text[i])) {
            ++i;
            continue;
        }
        const std::size_t start = i;
        while (i < text.size() && text[i] != ',' && !is_space(text[i])) {
            ++i;
        }
        names.push_back({std::string(text.substr(start, i - start)),
                         ByteRange{advance(at, start), advance(at, i)}});
    }
    return names;
}

void add_comments_in(std::string_view text, ByteOffset at, std::vector<SuppressionComment>& out) {
    std::size_t from = 0;
    while (true) {
        const std::size_t open = text.find(kOpen, from);
        if (open == std::string_view::npos) {
            return;
        }
        const std::size_t close = text.find(kClose, open + kOpen.size());
        if (close == std::string_view::npos) {
            return;
        }
        const std::size_t end = close + kClose.size();
        if (auto comment =
                parse_suppression_comment(text.substr(open, end - open), advance(at, open))) {
            out.push_back(std::move(*comment));
        }
        from = end;
    }
}

} // namespace

std::optional<SuppressionComment> parse_suppression_comment(std::string_view text, ByteOffset at) {
    if (text.size() < kOpen.size() + kClose.size() || !text.starts_with(kOpen) ||
        !text.ends_with(kClose)) {
        return std::nullopt;
    }
    const std::string_view body =
        text.substr(kOpen.size(), text.size() - kOpen.size() - kClose.size());
    const std::string_view directive = trim(body);
    if (!directive.starts_with(kPrefix)) {
        return std::nullopt;
    }
    const auto kind = keyword(directive.substr(kPrefix.size()));
    if (!kind) {
        return std::nullopt;
    }
    SuppressionComment comment;
    comment.kind = kind->first;
    comment.range = ByteRange{at, advance(at, text.size())};
    // Offsets below are relative to `text`.
    const std::size_t rest_start =
        static_cast<std::size_t>(directive.data() - text.data()) + kPrefix.size() + kind->second;
    const std::string_view rest = text.substr(rest_start, text.size() - kClose.size() - rest_start);
    // Rule ids use single hyphens, so the first "--" starts the reason.
    const std::size_t separator = rest.find("--");
    comment.rules = rule_names(rest.substr(0, separator), advance(at, rest_start));
    if (separator != std::string_view::npos) {
        const std::string_view reason = trim(rest.substr(separator + 2));
        if (!reason.empty()) {
            comment.reason = std::string(reason);
        }
    }
    return comment;
}

std::vector<SuppressionComment> find_suppression_comments(const Document& document) {
    std::vector<SuppressionComment> out;
    const Text& text = document.text();
    if (document.format() == DocumentFormat::PlainText) {
        // No parser sets comments aside in plain text: a comment must have its line to itself.
        for (std::uint32_t line = 0; line < text.line_count(); ++line) {
            const ByteOffset start = text.line_start(LineNumber{line});
            const std::string_view content = text.slice({start, text.line_end(LineNumber{line})});
            // Leading ">" too: quoted text, e-mail style (an editor's "suppress" action keeps it).
            std::string_view trimmed = trim(content);
            while (trimmed.starts_with('>')) {
                trimmed = trim(trimmed.substr(1));
            }
            if (trimmed.starts_with(kOpen) && trimmed.ends_with(kClose)) {
                const auto offset = static_cast<std::size_t>(trimmed.data() - content.data());
                if (auto comment = parse_suppression_comment(trimmed, advance(start, offset))) {
                    out.push_back(std::move(*comment));
                }
            }
        }
        return out;
    }
    // HTML blocks and inline HTML start with "<"; code blocks, inline code and front matter
    // never do (an indented code block's range starts with its indentation).
    for (const ByteRange excluded : document.excluded()) {
        const std::string_view slice = document.slice(excluded);
        if (slice.starts_with('<')) {
            add_comments_in(slice, excluded.start, out);
        }
    }
    std::ranges::sort(out, {}, [](const SuppressionComment& c) { return c.range.start; });
    const auto [first, last] =
        std::ranges::unique(out, {}, [](const SuppressionComment& c) { return c.range.start; });
    out.erase(first, last);
    return out;
}

} // namespace parallax
