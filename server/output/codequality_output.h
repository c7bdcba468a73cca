#pragma once
// `parallax check --format codequality`: GitLab's Code Quality report (a JSON array of issues
// in the Code Climate subset GitLab reads), shown in the merge request's widget:
//
//     [{"description": "…", "check_name": "claims/weasel-attribution", "fingerprint": "…",
//       "severity": "minor", "location": {"path": "drafts/a.md", "lines": {"begin": 3}}}]

#include "file_report.h"

#include <cstdint>
#include <ostream>
#include <span>
#include <string_view>

namespace parallax {

void write_codequality(std::span<const FileReport> reports, std::ostream& out);

/// 64-bit FNV-1a: a fingerprint that stays the same across runs, builds and machines.
std::uint64_t stable_hash(std::string_view text);

} // namespace parallax
