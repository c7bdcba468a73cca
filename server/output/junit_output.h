#pragma once
// `parallax check --format junit`: JUnit XML for CI systems that show test reports (GitLab's
// `artifacts:reports:junit`, Jenkins). One testsuite per file; one failing testcase per finding,
// or one passing testcase for a clean file; a file that could not be read is an <error>.

#include "file_report.h"

#include <ostream>
#include <span>
#include <string>
#include <string_view>

namespace parallax {

void write_junit(std::span<const FileReport> reports, std::ostream& out);

} // namespace parallax
