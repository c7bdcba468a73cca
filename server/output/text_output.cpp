#include "text_output.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace parallax {
namespace {

constexpr std::uint32_t kMaxShownColumns =
    100; // wider lines are shown as a window around the finding

bool is_continuation(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

/// Code points in `s`: what a terminal shows as columns, near enough for prose.
std::uint32_t columns(std::string_view s) {
    return static_cast<std::uint32_t>(
        std::count_if(s.begin(), s.end(), [](char c) { return !is_continuation(c); }));
}

/// The byte index of the `n`th code point of `s` (or s.size()).
std::size_t byte_of_column(std::string_view s, std::uint32_t n) {
    std::size_t i = 0;
    for (std::uint32_t seen = 0; i < s.size(); ++i) {
        if (!is_continuation(s[i]) && seen++ == n) {
            return i;
        }
    }
    return s.size();
}

struct Palette {
    bool on;
    std::string_view bold() const { return on ? "\x1b[1m" : ""; }
    std::string_view dim() const { return on ? "\x1b[2m" : ""; }
    std::string_view green() const { return on ? "\x1b[1;32m" : ""; }
    std::string_view reset() const { return on ? "\x1b[0m" : ""; }
    std::string_view severity(Severity s) const {
        if (!on) {
            return "";
        }
        switch (s) {
        case Severity::Error:
            return "\x1b[1;31m";
        case Severity::Warning:
            return "\x1b[1;35m";
        case Severity::Information:
            return "\x1b[1;36m";
        case Severity::Hint:
            return "\x1b[1;34m";
        }
        return "";
    }
};

/// The finding's line, cut to a window around it when long, with the caret underline below.
void write_excerpt(const Text& text, ByteRange range, std::ostream& out, const Palette& palette) {
    const LineNumber line = text.line_of(range.start);
    const std::string_view content = text.slice({text.line_start(line), text.line_end(line)});
    const std::uint32_t line_start = text.line_start(line).value;
    const std::uint32_t first = columns(content.substr(0, range.start.value - line_start));
    const std::uint32_t end_byte = std::min<std::uint32_t>(
        range.end.value - line_start, static_cast<std::uint32_t>(content.size()));
    const std::uint32_t width =
        std::max<std::uint32_t>(1, columns(content.substr(0, end_byte)) - first);

    std::uint32_t window_start = 0;
    const std::uint32_t total = columns(content);
    if (total > kMaxShownColumns && first > kMaxShownColumns / 4) {
        window_start = first - kMaxShownColumns / 4;
    }
    const std::uint32_t window_end = std::min(total, window_start + kMaxShownColumns);
    const std::size_t from = byte_of_column(content, window_start);
    const std::size_t to = byte_of_column(content, window_end);
    const std::string_view lead = window_start > 0 ? "…" : "";
    const std::string_view tail = window_end < total ? "…" : "";

    out << "    " << lead << content.substr(from, to - from) << tail << '\n';
    const std::uint32_t caret_at = first - window_start + (lead.empty() ? 0 : 1);
    const std::uint32_t caret_width = std::min(width, window_end - std::min(window_end, first) + 1);
    out << "    " << std::string(caret_at, ' ') << palette.green() << '^'
        << std::string(caret_width > 1 ? caret_width - 1 : 0, '~') << palette.reset() << '\n';
}

std::string location(const FileReport& report, ByteOffset offset) {
    const Text& text = report.draft->text;
    const LineNumber line = text.line_of(offset);
    const std::uint32_t column = columns(text.slice({text.line_start(line), offset})) + 1;
    return fmt::format("{}:{}:{}", report.path, line.value + 1, column);
}

} // namespace

void write_text(std::span<const FileReport> reports, std::ostream& out, TextStyle style) {
    const Palette palette{style.color};
    std::map<Severity, std::size_t> counts;
    std::size_t checked = 0;
    for (const auto& report : reports) {
        if (!report.draft) {
            continue;
        }
        ++checked;
        for (const auto& d : report.diagnostics) {
            ++counts[d.severity];
            out << palette.bold() << location(report, d.range.start) << ": " << palette.reset()
                << palette.severity(d.severity) << to_string(d.severity) << ": " << palette.reset()
                << palette.bold() << d.message << palette.reset() << ' ' << palette.dim() << '['
                << d.rule << ']' << palette.reset() << '\n';
            write_excerpt(report.draft->text, d.range, out, palette);
            for (const auto& related : d.related) {
                out << "  " << location(report, related.range.start)
                    << ": note: " << related.message << '\n';
            }
        }
    }
    std::size_t total = 0;
    std::string breakdown;
    for (const auto& [severity, n] : counts) {
        total += n;
        breakdown += fmt::format("{}{} {}{}", breakdown.empty() ? "" : ", ", n, to_string(severity),
                                 n == 1 || severity == Severity::Information ? "" : "s");
    }
    const std::string files = fmt::format("{} file{}", checked, checked == 1 ? "" : "s");
    if (total == 0) {
        out << "No findings in " << files << ".\n";
    } else {
        out << "Found " << total << " finding" << (total == 1 ? "" : "s") << " (" << breakdown
            << ") in " << files << ".\n";
    }
}

} // namespace parallax
