#include "junit_output.h"
#include "markup.h"

#include <fmt/format.h>

namespace parallax {

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
        const std::string path = escape_markup(report.path);
        const std::size_t findings = report.diagnostics.size();
        out << fmt::format("  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\">\n",
                           path, std::max<std::size_t>(findings, 1), findings,
                           report.error.empty() ? 0 : 1);
        if (!report.error.empty()) {
            out << fmt::format("    <testcase classname=\"{}\" name=\"read\">\n"
                               "      <error message=\"{}\"/>\n"
                               "    </testcase>\n",
                               path, escape_markup(report.error));
        } else if (findings == 0 || !report.draft) {
            out << fmt::format("    <testcase classname=\"{}\" name=\"no findings\"/>\n", path);
        } else {
            const Text& text = report.draft->text;
            for (const auto& d : report.diagnostics) {
                const Position at = text.position_of(d.range.start, PositionEncoding::Utf16);
                const std::string where =
                    fmt::format("{}:{}:{}", report.path, at.line.value + 1, at.character + 1);
                out << fmt::format(
                    "    <testcase classname=\"{}\" name=\"{} at {}\" file=\"{}\" line=\"{}\">\n"
                    "      <failure type=\"{}\" message=\"{}\">{}: {}: {}</failure>\n"
                    "    </testcase>\n",
                    path, escape_markup(d.rule), escape_markup(where), path, at.line.value + 1,
                    escape_markup(d.rule), escape_markup(d.message), escape_markup(where),
                    to_string(d.severity), escape_markup(d.message));
            }
        }
        out << "  </testsuite>\n";
    }
    out << "</testsuites>\n";
}

} // namespace parallax
