#include "report_command.h"

#include "html_report.h"
#include "lint.h"

#include <cerrno>
#include <cstring>
#include <fstream>

namespace parallax {

int run_report(const ReportOptions& options, std::ostream& out, std::ostream& err) {
    constexpr int kUsageError = 2;
    const ConfiguredInputs configured =
        configure_inputs(options.paths, options.stdin_filename, options.config);
    auto filter = checked_rule_filter(configured, options.select, options.ignore, err);
    if (!filter) {
        return kUsageError;
    }
    const LintSettings settings{std::move(*filter), options.jobs, options.stdin_filename, nullptr};
    const std::vector<FileReport> reports = lint_inputs(configured.inputs, settings);
    const bool input_error = report_input_errors(reports, err);
    const HtmlReportOptions html{options.tool_version, configured.extra_plugins};
    if (options.output == "-") {
        write_html_report(reports, out, html);
    } else {
        std::ofstream file(options.output, std::ios::binary | std::ios::trunc);
        if (file) {
            write_html_report(reports, file, html);
            file.flush();
        }
        if (!file) {
            err << "parallax: cannot write " << options.output << ": " << std::strerror(errno)
                << '\n';
            return kUsageError;
        }
        std::size_t findings = 0;
        for (const auto& report : reports) {
            findings += report.diagnostics.size();
        }
        err << "parallax: wrote " << options.output << " (" << reports.size() << " draft"
            << (reports.size() == 1 ? "" : "s") << ", " << findings << " finding"
            << (findings == 1 ? "" : "s") << ")\n";
    }
    return input_error ? kUsageError : 0;
}

} // namespace parallax
