#pragma once
// `parallax report DRAFT... -o report.html`: a self-contained HTML page for an editor.

#include "config_options.h"

#include <ostream>
#include <string>
#include <vector>

namespace parallax {

struct ReportOptions {
    std::vector<std::string> paths;              // files, folders, or "-" for standard input
    std::string output = "parallax-report.html"; // "-" writes to standard output
    std::vector<std::string> select = {};
    std::vector<std::string> ignore = {};
    unsigned jobs = 1;
    std::string stdin_filename = {};
    std::string tool_version = "0";
    ConfigOptions config = {};
};

/// Exit status: 0 when the page was written, 2 when an option is wrong, the configuration has an
/// error (nothing is written), an input could not be read (the page still shows the others) or
/// the page could not be written. Findings do not change the status: the page is for reading,
/// `parallax check` is for gating.
int run_report(const ReportOptions& options, std::ostream& out, std::ostream& err);

} // namespace parallax
