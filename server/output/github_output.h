#pragma once
// `parallax check --format github`: GitHub Actions workflow commands, so that findings show as
// annotations on the pull request:
//
//     ::warning
//     file=drafts/a.md,line=3,col=1,endLine=3,endColumn=12,title=claims/weasel-attribution::“Critics
//     say”: who? ...

#include "file_report.h"

#include <ostream>
#include <span>
#include <string>
#include <string_view>

namespace parallax {

void write_github(std::span<const FileReport> reports, std::ostream& out);

/// Escapes a command's message: '%', '\r' and '\n'.
std::string escape_github_data(std::string_view text);
/// Escapes a property value: as the message, plus ':' and ','.
std::string escape_github_property(std::string_view text);

} // namespace parallax
