#include "check_command.h"

#include "engine.h"
#include "inputs.h"
#include "json_output.h"
#include "text_output.h"

#include <fmt/format.h>
#include <unicode/utf8.h>

namespace parallax {
namespace {

/// Where the first invalid UTF-8 byte is, for an error message a writer can act on.
std::string describe_invalid_utf8(const std::string& content) {
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(content.data());
    const auto length = static_cast<std::int32_t>(content.size());
    std::int32_t i = 0;
    while (i < length) {
        const std::int32_t at = i;
        UChar32 c = 0;
        U8_NEXT(bytes, i, length, c);
        if (c < 0) {
            i = at;
            break;
        }
    }
    const Text text{content.substr(0, static_cast<std::size_t>(i))};
    return fmt::format("not valid UTF-8 (line {}, byte {}); save the draft as UTF-8",
                       text.line_of(text.end()).value + 1, i);
}

FileReport check_input(const Input& input) {
    FileReport report;
    report.path = input.path == "-" ? "<stdin>" : input.path;
    LoadedInput loaded = load_input(input);
    if (!loaded.content) {
        report.error = std::move(loaded.error);
        return report;
    }
    if (!is_valid_utf8(*loaded.content)) {
        report.error = describe_invalid_utf8(*loaded.content);
        return report;
    }
    report.document =
        Document::build(Text(std::move(*loaded.content)), format_for_path(input.path));
    Analysis analysis = analyze(*report.document);
    report.diagnostics = std::move(analysis.diagnostics);
    report.summary = std::move(analysis.summary);
    return report;
}

} // namespace

int run_check(const CheckOptions& options, std::ostream& out, std::ostream& err) {
    std::vector<FileReport> reports;
    bool input_error = false;
    bool failing = false;
    for (const auto& input : expand_inputs(options.paths)) {
        reports.push_back(check_input(input));
        const FileReport& report = reports.back();
        if (!report.error.empty()) {
            input_error = true;
            err << "parallax: " << report.path << ": " << report.error << '\n';
        }
        for (const auto& d : report.diagnostics) {
            // Severity counts down from Error = 1: "at or above" is numerically <=.
            failing = failing || (options.fail_on && d.severity <= *options.fail_on);
        }
    }
    if (options.format == OutputFormat::Json) {
        write_json(reports, out);
    } else {
        write_text(reports, out, TextStyle{options.color});
    }
    return input_error ? 2 : failing ? 1 : 0;
}

} // namespace parallax
