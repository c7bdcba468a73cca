#include "codequality_output.h"

#include <nlohmann/json.hpp>

#include <fmt/format.h>

#include <map>

namespace parallax {
namespace {

using json = nlohmann::ordered_json;

std::string_view severity_of(Severity severity) {
    switch (severity) {
    case Severity::Error:
        return "major";
    case Severity::Warning:
        return "minor";
    case Severity::Information:
    case Severity::Hint:
        return "info";
    }
    return "info";
}

} // namespace

std::uint64_t stable_hash(std::string_view text) {
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (const char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

void write_codequality(std::span<const FileReport> reports, std::ostream& out) {
    json issues = json::array();
    std::map<std::uint64_t, int> seen; // identical findings get distinct fingerprints
    for (const auto& report : reports) {
        if (!report.draft) {
            continue;
        }
        const Text& text = report.draft->text;
        for (const auto& d : report.diagnostics) {
            const std::uint32_t line = text.line_of(d.range.start).value + 1;
            // The flagged words rather than the line number: the fingerprint survives edits
            // elsewhere in the draft, so GitLab does not report a moved finding as new.
            std::string key =
                report.path + '\0' + d.rule + '\0' + std::string(report.draft->text.slice(d.range));
            key += '\0' + std::to_string(seen[stable_hash(key)]++);
            issues.push_back({{"description", d.message},
                              {"check_name", d.rule},
                              {"fingerprint", fmt::format("{:016x}", stable_hash(key))},
                              {"severity", severity_of(d.severity)},
                              {"location", {{"path", report.path}, {"lines", {{"begin", line}}}}}});
        }
    }
    out << issues.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

} // namespace parallax
