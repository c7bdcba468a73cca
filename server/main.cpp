// The `parallax` executable: one binary, three faces (check/report, server, rules/explain).

#include "check_command.h"
#include "report_command.h"
#include "rules_command.h"
#include "server.h"

#include <CLI/CLI.hpp>

#include <cstdlib>
#include <iostream>
#include <map>
#include <unistd.h>

namespace {

constexpr int kUsageError = 2;

bool color_wanted(const std::string& mode) {
    if (mode == "always") {
        return true;
    }
    if (mode == "never") {
        return false;
    }
    return ::isatty(STDOUT_FILENO) != 0 && std::getenv("NO_COLOR") == nullptr;
}

/// --select, --ignore, --jobs and --stdin-filename, shared by `check` and `report`.
void add_lint_options(CLI::App& cmd, std::vector<std::string>& select,
                      std::vector<std::string>& ignore, unsigned& jobs,
                      std::string& stdin_filename) {
    cmd.add_option("--select", select,
                   "Only these rules or plugins report (comma-separated, e.g. claims)")
        ->delimiter(',')
        ->allow_extra_args(false);
    cmd.add_option("--ignore", ignore, "Drop findings of these rules or plugins (comma-separated)")
        ->delimiter(',')
        ->allow_extra_args(false);
    cmd.add_option("-j,--jobs", jobs, "Lint this many files at once (output order is unchanged)")
        ->check(CLI::Range(1u, 256u))
        ->capture_default_str();
    cmd.add_option("--stdin-filename", stdin_filename,
                   "The name standard input (-) goes by: its format and the name shown");
}

/// --config and --plugin, shared by `check`, `report`, `rules` and `explain`.
void add_config_options(CLI::App& cmd, parallax::ConfigOptions& config) {
    cmd.add_option("--config", config.config_file,
                   "Use this configuration file instead of each draft's .parallax.json");
    cmd.add_option("--plugin", config.plugins,
                   "Load this shared-object plugin (repeatable; your own choice, so trusted)")
        ->allow_extra_args(false);
}

/// --max-document-bytes, shared by `check`, `report` and `server`.
void add_document_limit(CLI::App& cmd, parallax::ConfigOptions& config) {
    cmd.add_option("--max-document-bytes", config.max_document_bytes,
                   "Skip drafts larger than this, with an error (check, report) or one "
                   "diagnostic (server)")
        ->check(CLI::Range(std::size_t{1}, parallax::kLargestSizeLimit))
        ->capture_default_str();
}

} // namespace

int main(int argc, char** argv) {
    CLI::App app{"Parallax: an editor's eye for policy and geopolitical commentary.\n"
                 "Flags unsupported claims, repeated framing and missing regional perspectives.",
                 "parallax"};
    app.set_version_flag("--version", std::string("parallax ") + PARALLAX_VERSION);
    app.require_subcommand(1);

    parallax::CheckOptions check;
    check.tool_version = PARALLAX_VERSION;
    check.help_uri_template = PARALLAX_DOCS_URL;
    std::string format = "text";
    std::string fail_on = "warning";
    std::string color = "auto";
    auto* check_cmd = app.add_subcommand("check", "Check drafts (.md, .markdown, .txt) or folders");
    check_cmd->add_option("paths", check.paths, "Files or folders to check; - reads stdin")
        ->default_val(std::vector<std::string>{"."});
    check_cmd->add_option("--format", format, "Output format")
        ->check(CLI::IsMember({"text", "json", "sarif", "github", "junit", "codequality"}))
        ->capture_default_str();
    check_cmd
        ->add_option("--fail-on", fail_on, "Exit 1 when a finding is at or above this severity")
        ->check(CLI::IsMember({"error", "warning", "info", "information", "hint", "none"}))
        ->capture_default_str();
    check_cmd->add_option("--color", color, "Colour the text output (auto honours NO_COLOR)")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->capture_default_str();
    add_lint_options(*check_cmd, check.select, check.ignore, check.jobs, check.stdin_filename);
    add_config_options(*check_cmd, check.config);
    add_document_limit(*check_cmd, check.config);
    check_cmd->add_option("--diff-base", check.diff_base,
                          "Report only findings on lines changed since this git revision");
    check_cmd
        ->add_option("--docs-url", check.help_uri_template,
                     "Where the rules are documented, {rule} standing for the rule id: each "
                     "SARIF rule's helpUri")
        ->envname("PARALLAX_DOCS_URL")
        ->check(CLI::Validator(
            [](std::string& url) -> std::string {
                // SARIF requires helpUri to be an absolute URI.
                const auto colon = url.find("://");
                return colon == std::string::npos || colon == 0
                           ? "not an absolute URL (e.g. https://example.org/rules#{rule}): " + url
                           : std::string();
            },
            "URL"));

    parallax::ReportOptions report;
    report.tool_version = PARALLAX_VERSION;
    auto* report_cmd = app.add_subcommand(
        "report", "Write a self-contained HTML page of the findings for editors");
    report_cmd->add_option("paths", report.paths, "Drafts or folders; - reads stdin")->required();
    report_cmd->add_option("-o,--output", report.output, "The HTML file to write; - for stdout")
        ->capture_default_str();
    add_lint_options(*report_cmd, report.select, report.ignore, report.jobs, report.stdin_filename);
    add_config_options(*report_cmd, report.config);
    add_document_limit(*report_cmd, report.config);

    parallax::lsp::ServerOptions server;
    server.version = PARALLAX_VERSION;
    auto* server_cmd = app.add_subcommand("server", "Run the language server");
    bool stdio = true;
    server_cmd->add_flag("--stdio", stdio, "Talk JSON-RPC over stdin/stdout (the default)");
    server_cmd->add_option("--listen", server.listen,
                           "Listen on 127.0.0.1:PORT for one client instead of stdio");
    server_cmd
        ->add_option("--debounce-ms", server.debounce_ms,
                     "Wait this long after the last edit before checking a draft")
        ->capture_default_str();
    server_cmd->add_flag("--test-mode", server.deterministic,
                         "Check every version at once and in order (for tests)");
    add_config_options(*server_cmd, server.config);
    add_document_limit(*server_cmd, server.config);
    server_cmd
        ->add_option("--max-message-bytes", server.max_message_bytes,
                     "Skip JSON-RPC messages larger than this, answering with an error")
        ->check(CLI::Range(parallax::lsp::kMinMaxMessageBytes, parallax::kLargestSizeLimit))
        ->capture_default_str();

    auto* rules_cmd = app.add_subcommand("rules", "List every rule");
    std::string rules_format = "text";
    rules_cmd
        ->add_option("--format", rules_format,
                     "text: one line a rule; markdown: the reference page (docs/rules.md)")
        ->check(CLI::IsMember({"text", "markdown"}))
        ->capture_default_str();
    std::string rule_id;
    auto* explain_cmd = app.add_subcommand("explain", "Explain a rule, with an example");
    explain_cmd->add_option("rule", rule_id, "Rule id, e.g. claims/weasel-attribution")->required();
    parallax::ConfigOptions rules_config;
    add_config_options(*rules_cmd, rules_config);
    add_config_options(*explain_cmd, rules_config);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int status = app.exit(e);
        return status == 0 ? 0 : kUsageError;
    }

    if (*check_cmd) {
        static const std::map<std::string, std::optional<parallax::Severity>> severities = {
            {"error", parallax::Severity::Error},
            {"warning", parallax::Severity::Warning},
            {"info", parallax::Severity::Information},
            {"information", parallax::Severity::Information},
            {"hint", parallax::Severity::Hint},
            {"none", std::nullopt}};
        static const std::map<std::string, parallax::OutputFormat> formats = {
            {"text", parallax::OutputFormat::Text},
            {"json", parallax::OutputFormat::Json},
            {"sarif", parallax::OutputFormat::Sarif},
            {"github", parallax::OutputFormat::Github},
            {"junit", parallax::OutputFormat::Junit},
            {"codequality", parallax::OutputFormat::CodeQuality}};
        check.format = formats.at(format);
        check.fail_on = severities.at(fail_on);
        if (!check.stdin_filename.empty() && check_cmd->count("paths") == 0) {
            check.paths = {"-"}; // --stdin-filename alone means: read standard input
        }
        check.color = check.format == parallax::OutputFormat::Text && color_wanted(color);
        return parallax::run_check(check, std::cout, std::cerr);
    }
    if (*report_cmd) {
        return parallax::run_report(report, std::cout, std::cerr);
    }
    if (*server_cmd) {
        return parallax::lsp::run_server(server);
    }
    if (*rules_cmd) {
        return rules_format == "markdown"
                   ? parallax::run_rules_markdown(std::cout, std::cerr, rules_config)
                   : parallax::run_rules(std::cout, std::cerr, rules_config);
    }
    return parallax::run_explain(rule_id, std::cout, std::cerr, rules_config);
}
