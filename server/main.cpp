// The `parallax` executable: one binary, three faces (check, server, rules/explain).

#include "check_command.h"
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

} // namespace

int main(int argc, char** argv) {
    CLI::App app{"Parallax: an editor's eye for policy and geopolitical commentary.\n"
                 "Flags unsupported claims, repeated framing and missing regional perspectives.",
                 "parallax"};
    app.set_version_flag("--version", std::string("parallax ") + PARALLAX_VERSION);
    app.require_subcommand(1);

    parallax::CheckOptions check;
    std::string format = "text";
    std::string fail_on = "warning";
    std::string color = "auto";
    auto* check_cmd = app.add_subcommand("check", "Check drafts (.md, .markdown, .txt) or folders");
    check_cmd->add_option("paths", check.paths, "Files or folders to check; - reads stdin")
        ->default_val(std::vector<std::string>{"."});
    check_cmd->add_option("--format", format, "Output format")
        ->check(CLI::IsMember({"text", "json"}))
        ->capture_default_str();
    check_cmd
        ->add_option("--fail-on", fail_on, "Exit 1 when a finding is at or above this severity")
        ->check(CLI::IsMember({"error", "warning", "information", "hint", "none"}))
        ->capture_default_str();
    check_cmd->add_option("--color", color, "Colour the text output")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->capture_default_str();

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

    auto* rules_cmd = app.add_subcommand("rules", "List every rule");
    std::string rule_id;
    auto* explain_cmd = app.add_subcommand("explain", "Explain a rule, with an example");
    explain_cmd->add_option("rule", rule_id, "Rule id, e.g. claims/weasel-attribution")->required();

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
            {"information", parallax::Severity::Information},
            {"hint", parallax::Severity::Hint},
            {"none", std::nullopt}};
        check.format =
            format == "json" ? parallax::OutputFormat::Json : parallax::OutputFormat::Text;
        check.fail_on = severities.at(fail_on);
        check.color = check.format == parallax::OutputFormat::Text && color_wanted(color);
        return parallax::run_check(check, std::cout, std::cerr);
    }
    if (*server_cmd) {
        return parallax::lsp::run_server(server);
    }
    if (*rules_cmd) {
        return parallax::run_rules(std::cout);
    }
    return parallax::run_explain(rule_id, std::cout, std::cerr);
}
