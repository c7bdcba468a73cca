#pragma once
// Linting a list of inputs, on one thread or several, into reports in input order.

#include "changed_lines.h"
#include "file_report.h"
#include "inputs.h"
#include "rule_filter.h"

#include <ostream>
#include <span>
#include <string>
#include <vector>

namespace parallax {

struct LintSettings {
    RuleFilter filter;
    unsigned jobs = 1;                   // worker threads; 0 or 1 lints on the calling thread
    std::string stdin_filename = {};     // the name "-" goes by; empty shows "<stdin>"
    const DiffBase* diff_base = nullptr; // keep only findings on changed lines when set
};

/// One report per input, in the order of `inputs` whatever the number of jobs.
std::vector<FileReport> lint_inputs(std::span<const Input> inputs, const LintSettings& settings);

/// Names each input that could not be checked on `err` ("parallax: PATH: why"); true when there
/// was one.
bool report_input_errors(std::span<const FileReport> reports, std::ostream& err);

} // namespace parallax
