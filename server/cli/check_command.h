#pragma once
// `parallax check PATH...`: lint drafts for CI and the terminal.

#include "parallax/diagnostic.h"

#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace parallax {

enum class OutputFormat { Text, Json };

struct CheckOptions {
    std::vector<std::string> paths; // files, folders, or "-" for standard input
    OutputFormat format = OutputFormat::Text;
    /// Findings at or above this severity make the exit status 1; nullopt never fails.
    std::optional<Severity> fail_on = Severity::Warning;
    bool color = false;
};

/// Exit status: 0 when nothing is at or above `fail_on`, 1 when something is, 2 when an input
/// could not be read (the other inputs are still checked and reported).
int run_check(const CheckOptions& options, std::ostream& out, std::ostream& err);

} // namespace parallax
