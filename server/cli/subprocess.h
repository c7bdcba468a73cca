#pragma once
// Running a helper program (git) and collecting what it prints.

#include <string>
#include <vector>

namespace parallax {

struct ProcessResult {
    int status = -1; // exit status; -1 when the program could not be started or was killed
    std::string out; // standard output
    std::string err; // standard error
};

/// Runs `argv[0]` (looked up in PATH) with the arguments, with no standard input.
ProcessResult run_process(const std::vector<std::string>& argv);

} // namespace parallax
