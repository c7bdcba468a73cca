#pragma once
// `parallax check PATH...`: lint drafts for CI and the terminal.

#include "config_options.h"

#include "parallax/diagnostic.h"

#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace parallax {

enum class OutputFormat { Text, Json, Sarif, Github, Junit, CodeQuality };

struct CheckOptions {
    std::vector<std::string> paths; // files, folders, or "-" for standard input
    OutputFormat format = OutputFormat::Text;
    /// Findings at or above this severity make the exit status 1; nullopt never fails.
    std::optional<Severity> fail_on = Severity::Warning;
    bool color = false;
    /// Rule ids or plugin ids ("claims"): only these rules report; empty selects every rule.
    std::vector<std::string> select = {};
    /// Rule ids or plugin ids whose findings are dropped (applied after `select`).
    std::vector<std::string> ignore = {};
    /// Files linted at once; output is in input order whatever the number.
    unsigned jobs = 1;
    /// The name standard input goes by in the output, and which decides its format (.txt, .md).
    std::string stdin_filename = {};
    /// When set, only findings on lines changed since this git revision are reported.
    std::string diff_base = {};
    std::string tool_version = "0";     // for SARIF's tool.driver.version
    std::string help_uri_template = {}; // SARIF rules' helpUri, "{rule}" for the id
    /// Where configuration comes from besides each draft's .parallax.json and front matter.
    ConfigOptions config = {};
};

/// Exit status: 0 when nothing is at or above `fail_on`, 1 when something is, 2 when an input
/// could not be read (the other inputs are still checked and reported), an option is wrong
/// (an unknown rule in `select`/`ignore`, a `diff_base` git does not know) or the configuration
/// has an error (each printed as "path:line:column: error: key: message"; nothing is checked).
int run_check(const CheckOptions& options, std::ostream& out, std::ostream& err);

} // namespace parallax
