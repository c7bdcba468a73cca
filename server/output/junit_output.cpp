#include "junit_output.h"

#include <fmt/format.h>

namespace parallax {

std::string escape_xml(std::string_view text) {
    const std::string valid = sanitize_utf8(text);
    std::string out;
    out.reserve(valid.size());
    for (const char c : valid) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&apos;";
            break;
        case '\t':
        case '\n':
        case '\r':
            out += c;
            break;
        default:
            if (static_cast<unsigned char>(c) >= 0x20) {
                out += c;
            }
        }
    }
    return out;
}

void write_junit(std::span<const FileReport> reports, std::ostream& out) {
    std::size_t tests = 0;
    std::size_t failures = 0;
    std::size_t errors = 0;
    for (const auto& report : reports) {
        const std::size_t findings = report.diagnostics.size();
        tests += std::max<std::size_t>(findings, 1);
        failures += findings;
        errors += report.error.empty() ? 0 : 1;
    }
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out << fmt::format(
        "<testsuites name=\"parallax\" tests=\"{}\" failures=\"{}\" errors=\"{}\">\n", tests,
        failures, errors);
    for (const auto& report : reports) {
        const std::string path = escape_xml(report.path);
        const std::size_t findings = report.diagnostics.size();
        out << fmt::format("  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\">\n",
                           path, std::max<std::size_t>(findings, 1), findings,
                           report.error.empty() ? 0 : 1);
        if (!report.error.empty()) {
            out << fmt::format("    <testcase classname=\"{}\" name=\"read\">\n"
                               "      <error message=\"{}\"/>\n"
                               "    </testcase>\n",
                               path, escape_xml(report.error));
        } else if (findings == 0 || !report.document) {
            out << fmt::format("    <testcase classname=\"{}\" name=\"no findings\"/>\n", path);
        } else {
            const Text& text = report.document->text();
            for (const auto& d : report.diagnostics) {
                const Position at = text.position_of(d.range.start, PositionEncoding::Utf16);
                const std::string where =
                    fmt::format("{}:{}:{}", report.path, at.line.value + 1, at.character + 1);
                out << fmt::format(
                    "    <testcase classname=\"{}\" name=\"{} at {}\" file=\"{}\" line=\"{}\">\n"
                    "      <failure type=\"{}\" message=\"{}\">{}: {}: {}</failure>\n"
                    "    </testcase>\n",
                    path, escape_xml(d.rule), escape_xml(where), path, at.line.value + 1,
                    escape_xml(d.rule), escape_xml(d.message), escape_xml(where),
                    to_string(d.severity), escape_xml(d.message));
            }
        }
        out << "  </testsuite>\n";
    }
    out << "</testsuites>\n";
}

} // namespace parallax
