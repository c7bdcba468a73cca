#include "check_command.h"

#include "codequality_output.h"
#include "github_output.h"
#include "json_output.h"
#include "junit_output.h"
#include "lint.h"
#include "sarif_output.h"
#include "text_output.h"

namespace parallax {
namespace {

void write_reports(const CheckOptions& options, std::span<const FileReport> reports,
                   std::span<const std::shared_ptr<const Plugin>> extra_plugins,
                   std::ostream& out) {
    switch (options.format) {
    case OutputFormat::Json:
        write_json(reports, out);
        return;
    case OutputFormat::Sarif:
        write_sarif(reports, out,
                    SarifOptions{options.tool_version,
                                 options.help_uri_template,
                                 {extra_plugins.begin(), extra_plugins.end()}});
        return;
    case OutputFormat::Github:
        write_github(reports, out);
        return;
    case OutputFormat::Junit:
        write_junit(reports, out);
        return;
    case OutputFormat::CodeQuality:
        write_codequality(reports, out);
        return;
    case OutputFormat::Text:
        write_text(reports, out, TextStyle{options.color});
        return;
    }
}

} // namespace

int run_check(const CheckOptions& options, std::ostream& out, std::ostream& err) {
    constexpr int kUsageError = 2;
    std::optional<DiffBase> diff_base;
    if (!options.diff_base.empty()) {
        auto opened = DiffBase::open(options.diff_base);
        if (auto* error = std::get_if<std::string>(&opened)) {
            err << "parallax: " << *error << '\n';
            return kUsageError;
        }
        diff_base.emplace(std::get<DiffBase>(std::move(opened)));
    }
    const ConfiguredInputs configured =
        configure_inputs(options.paths, options.stdin_filename, options.config);
    auto filter = checked_rule_filter(configured, options.select, options.ignore, err);
    if (!filter) {
        return kUsageError;
    }
    const LintSettings settings{std::move(*filter), options.jobs, options.stdin_filename,
                                diff_base ? &*diff_base : nullptr};
    const std::vector<FileReport> reports = lint_inputs(configured.inputs, settings);

    const bool input_error = report_input_errors(reports, err);
    bool failing = false;
    for (const auto& report : reports) {
        for (const auto& d : report.diagnostics) {
            // Severity counts down from Error = 1: "at or above" is numerically <=.
            failing = failing || (options.fail_on && d.severity <= *options.fail_on);
        }
    }
    write_reports(options, reports, configured.extra_plugins, out);
    return input_error ? kUsageError : failing ? 1 : 0;
}

} // namespace parallax
