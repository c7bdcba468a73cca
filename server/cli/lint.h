#pragma once
// Linting a list of inputs, on one thread or several, into reports in input order. First each
// input is read and its configuration resolved (on the calling thread: the resolver is not
// thread-safe), then the drafts are analysed.

#include "changed_lines.h"
#include "config_options.h"
#include "configuration.h"
#include "file_report.h"
#include "inputs.h"
#include "rule_filter.h"

#include <memory>
#include <optional>
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

/// An input read, with the settings its configuration resolved to.
struct ConfiguredInput {
    Input input;
    LoadedInput loaded;
    CheckSettings settings;
};

struct ConfiguredInputs {
    std::vector<ConfiguredInput> inputs;
    /// Every configuration error, each once (many drafts share one .parallax.json).
    std::vector<config::ConfigError> errors;
    /// Every rule pack and shared-object plugin some draft's configuration loaded, each once.
    std::vector<std::shared_ptr<const Plugin>> extra_plugins;
};

/// The resolver's view of --config, --plugin and the user config file.
config::UserSettings user_settings(const ConfigOptions& options);

/// Expands `paths` into inputs (see expand_inputs), reads each and resolves its configuration;
/// standard input is resolved as if it were a file named `stdin_filename` (or "-") in the
/// current folder. A folder in `paths` is checked for configuration errors even when it holds
/// no draft.
ConfiguredInputs configure_inputs(const std::vector<std::string>& paths,
                                  const std::string& stdin_filename, const ConfigOptions& config);

/// One report per input, in the order of `inputs` whatever the number of jobs.
std::vector<FileReport> lint_inputs(std::span<const ConfiguredInput> inputs,
                                    const LintSettings& settings);

/// Names each input that could not be checked on `err` ("parallax: PATH: why"); true when there
/// was one.
bool report_input_errors(std::span<const FileReport> reports, std::ostream& err);

/// Prints each configuration error as "path:line:column: error: key: message" (the path relative
/// to the current folder when it is inside it); true when there was one.
bool report_config_errors(std::span<const config::ConfigError> errors, std::ostream& err);

/// What `check` and `report` do before linting: reports the configuration's errors, then builds
/// the --select/--ignore filter (which knows the configuration's rule packs and plugins). Nullopt,
/// with the reason on `err`, when the run must stop with exit status 2.
std::optional<RuleFilter> checked_rule_filter(const ConfiguredInputs& configured,
                                              const std::vector<std::string>& select,
                                              const std::vector<std::string>& ignore,
                                              std::ostream& err);

/// A configuration file's path as the user should see it: relative to the current folder when
/// inside it.
std::string display_path(const std::string& path);

} // namespace parallax
