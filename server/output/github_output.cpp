#include "github_output.h"

#include <fmt/format.h>

namespace parallax {
namespace {

std::string_view command_for(Severity severity) {
    switch (severity) {
    case Severity::Error:
        return "error";
    case Severity::Warning:
        return "warning";
    case Severity::Information:
    case Severity::Hint:
        return "notice";
    }
    return "notice";
}

std::string escape(std::string_view text, bool property) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '%':
            out += "%25";
            break;
        case '\r':
            out += "%0D";
            break;
        case '\n':
            out += "%0A";
            break;
        case ':':
            out += property ? "%3A" : ":";
            break;
        case ',':
            out += property ? "%2C" : ",";
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace

std::string escape_github_data(std::string_view text) {
    return escape(text, false);
}

std::string escape_github_property(std::string_view text) {
    return escape(text, true);
}

void write_github(std::span<const FileReport> reports, std::ostream& out) {
    for (const auto& report : reports) {
        const std::string file = escape_github_property(sanitize_utf8(report.path));
        if (!report.error.empty()) {
            out << "::error file=" << file
                << ",title=parallax::" << escape_github_data(report.error) << '\n';
            continue;
        }
        if (!report.draft) {
            continue;
        }
        const Text& text = report.draft->text;
        for (const auto& d : report.diagnostics) {
            // GitHub counts lines and columns from 1.
            const PositionRange r = text.range_of(d.range, PositionEncoding::Utf16);
            out << fmt::format("::{} file={},line={},col={},endLine={},endColumn={},title={}::{}\n",
                               command_for(d.severity), file, r.start.line.value + 1,
                               r.start.character + 1, r.end.line.value + 1, r.end.character + 1,
                               escape_github_property(d.rule), escape_github_data(d.message));
        }
    }
}

} // namespace parallax
