#include "lint.h"

#include "engine.h"

#include <fmt/format.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <set>
#include <thread>

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

/// Drops findings of rules the filter refuses, and with a diff base those on unchanged lines.
void keep_wanted(FileReport& report, const Input& input, const LintSettings& settings) {
    std::optional<ChangedLines> changed;
    if (settings.diff_base != nullptr && input.path != "-") {
        auto lines = settings.diff_base->changed_lines(input.path);
        if (auto* error = std::get_if<std::string>(&lines)) {
            report.error = std::move(*error);
            report.diagnostics.clear();
            return;
        }
        changed = std::get<ChangedLines>(std::move(lines));
    }
    const Text& text = report.draft->text;
    std::erase_if(report.diagnostics, [&](const Diagnostic& d) {
        if (!settings.filter.allows(d.rule)) {
            return true;
        }
        if (!changed) {
            return false;
        }
        const std::uint32_t first = text.line_of(d.range.start).value + 1;
        const ByteOffset last_byte{d.range.end.value > d.range.start.value ? d.range.end.value - 1
                                                                           : d.range.start.value};
        return !changed->touches(first, text.line_of(last_byte).value + 1);
    });
}

FileReport lint_input(const ConfiguredInput& configured, const LintSettings& settings) {
    const Input& input = configured.input;
    FileReport report;
    const bool from_stdin = input.path == "-";
    const std::string& name =
        from_stdin && !settings.stdin_filename.empty() ? settings.stdin_filename : input.path;
    report.path = from_stdin && settings.stdin_filename.empty() ? "<stdin>" : name;
    if (!configured.loaded.content) {
        report.error = configured.loaded.error;
        return report;
    }
    if (!is_valid_utf8(*configured.loaded.content)) {
        report.error = describe_invalid_utf8(*configured.loaded.content);
        return report;
    }
    const auto document = Document::build(Text(*configured.loaded.content), format_for_path(name));
    Analysis analysis = analyze(*document, configured.settings);
    report.draft = CheckedDraft::of(*document);
    report.diagnostics = std::move(analysis.diagnostics);
    report.summary = std::move(analysis.summary);
    keep_wanted(report, input, settings);
    return report;
}

} // namespace

config::UserSettings user_settings(const ConfigOptions& options) {
    config::UserSettings user;
    user.config_file = options.config_file;
    user.plugins.assign(options.plugins.begin(), options.plugins.end());
    user.read_user_config_file = options.read_user_config;
    return user;
}

ConfiguredInputs configure_inputs(const std::vector<std::string>& paths,
                                  const std::string& stdin_filename, const ConfigOptions& config) {
    config::Resolver resolver(user_settings(config));
    ConfiguredInputs out;
    std::set<std::string> seen_errors;
    auto add = [&](config::Resolved resolved) {
        for (auto& error : resolved.errors) {
            if (seen_errors.insert(error.to_string()).second) {
                out.errors.push_back(std::move(error));
            }
        }
        for (const auto& plugin : resolved.settings.extra_plugins) {
            if (std::find(out.extra_plugins.begin(), out.extra_plugins.end(), plugin) ==
                out.extra_plugins.end()) {
                out.extra_plugins.push_back(plugin);
            }
        }
        return std::move(resolved.settings);
    };
    for (Input& input : expand_inputs(paths)) {
        LoadedInput loaded = load_input(input, config.max_document_bytes);
        CheckSettings settings;
        if (loaded.content) {
            const std::string& name =
                input.path == "-" && !stdin_filename.empty() ? stdin_filename : input.path;
            settings = add(resolver.resolve(name, *loaded.content));
        }
        out.inputs.push_back({std::move(input), std::move(loaded), std::move(settings)});
    }
    for (const std::string& path : paths) {
        std::error_code ec;
        if (path != "-" && std::filesystem::is_directory(path, ec)) {
            // Any name in the folder: only the errors of its configuration files are wanted.
            add(resolver.resolve(std::filesystem::path(path) / "draft.md", ""));
        }
    }
    return out;
}

std::vector<FileReport> lint_inputs(std::span<const ConfiguredInput> inputs,
                                    const LintSettings& settings) {
    std::vector<FileReport> reports(inputs.size());
    const auto workers = std::min<std::size_t>(std::max(settings.jobs, 1u), inputs.size());
    if (workers <= 1) {
        for (std::size_t i = 0; i < inputs.size(); ++i) {
            reports[i] = lint_input(inputs[i], settings);
        }
        return reports;
    }
    // Each worker takes the next unclaimed input and writes only that input's slot, so the
    // reports come out in input order with no locking.
    std::atomic<std::size_t> next{0};
    {
        std::vector<std::jthread> pool;
        pool.reserve(workers);
        for (std::size_t w = 0; w < workers; ++w) {
            pool.emplace_back([&] {
                for (std::size_t i = next++; i < inputs.size(); i = next++) {
                    reports[i] = lint_input(inputs[i], settings);
                }
            });
        }
    } // the jthreads join here
    return reports;
}

bool report_input_errors(std::span<const FileReport> reports, std::ostream& err) {
    bool any = false;
    for (const auto& report : reports) {
        if (!report.error.empty()) {
            any = true;
            err << "parallax: " << report.path << ": " << report.error << '\n';
        }
    }
    return any;
}

std::string display_path(const std::string& path) {
    std::error_code ec;
    const std::filesystem::path cwd = std::filesystem::current_path(ec);
    const std::filesystem::path file(path);
    if (ec || !file.is_absolute()) {
        return path;
    }
    const std::filesystem::path relative = file.lexically_relative(cwd);
    const std::string shown = relative.string();
    return relative.empty() || shown.starts_with("..") ? path : shown;
}

bool report_config_errors(std::span<const config::ConfigError> errors, std::ostream& err) {
    for (const auto& error : errors) {
        err << display_path(error.file);
        if (error.line > 0) {
            err << ':' << error.line << ':' << error.column;
        }
        err << ": error: ";
        if (!error.key.empty()) {
            err << error.key << ": ";
        }
        err << error.message << '\n';
    }
    return !errors.empty();
}

std::optional<RuleFilter> checked_rule_filter(const ConfiguredInputs& configured,
                                              const std::vector<std::string>& select,
                                              const std::vector<std::string>& ignore,
                                              std::ostream& err) {
    // A configuration error means the findings would not be the ones the team asked for.
    if (report_config_errors(configured.errors, err)) {
        return std::nullopt;
    }
    auto filter = RuleFilter::parse(select, ignore, configured.extra_plugins);
    if (auto* error = std::get_if<std::string>(&filter)) {
        err << "parallax: " << *error << '\n';
        return std::nullopt;
    }
    return std::get<RuleFilter>(std::move(filter));
}

} // namespace parallax
