#pragma once
// `parallax check --format json`: the findings contract of DESIGN.md, read by the evaluation.

#include "file_report.h"

#include <ostream>
#include <span>

namespace parallax {

void write_json(std::span<const FileReport> reports, std::ostream& out);

} // namespace parallax
