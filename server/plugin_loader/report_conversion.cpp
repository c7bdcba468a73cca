#include "report_conversion.h"

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <string>
#include <utility>

namespace parallax {
namespace {

// The fields of ABI 1's diagnostic, which a report must have at least.
constexpr std::size_t minimal_diagnostic_size =
    offsetof(parallax_diagnostic, message) + sizeof(parallax_diagnostic::message);

bool is_continuation(std::string_view text, std::uint32_t offset) {
    return offset < text.size() && (static_cast<unsigned char>(text[offset]) & 0xC0u) == 0x80u;
}

/// Clamps `range` into `text` and widens it to whole UTF-8 characters; nullopt when reversed.
constexpr std::size_t diagnostic_size_with_fixes =
    offsetof(parallax_diagnostic, fix_count) + sizeof(parallax_diagnostic::fix_count);

std::optional<ByteRange> checked_range(parallax_byte_range range, std::string_view text,
                                       const RuleInfo& rule, const PluginNotes& notes) {
    if (range.start > range.end) {
        notes.note(PluginProblem::RangeReversed, rule.id + " reported a reversed range [" +
                                                     std::to_string(range.start) + ", " +
                                                     std::to_string(range.end) + "); dropped");
        return std::nullopt;
    }
    const auto size = static_cast<std::uint32_t>(text.size());
    if (range.end > size) {
        notes.note(PluginProblem::RangeClamped,
                   rule.id + " reported a range [" + std::to_string(range.start) + ", " +
                       std::to_string(range.end) + ") past the end of the text (" +
                       std::to_string(size) + " bytes); clamped");
        range.start = std::min(range.start, size);
        range.end = size;
    }
    while (range.start > 0 && is_continuation(text, range.start)) {
        --range.start;
    }
    while (is_continuation(text, range.end)) {
        ++range.end;
    }
    return ByteRange{ByteOffset{range.start}, ByteOffset{range.end}};
}

Severity checked_severity(std::uint32_t severity, const RuleInfo& rule, const PluginNotes& notes) {
    if (severity == PARALLAX_SEVERITY_DEFAULT) {
        return rule.default_severity;
    }
    if (severity > PARALLAX_SEVERITY_HINT) {
        notes.note(PluginProblem::BadSeverity, rule.id + " reported severity " +
                                                   std::to_string(severity) +
                                                   "; the rule's default was used");
        return rule.default_severity;
    }
    return static_cast<Severity>(severity);
}

std::string checked_message(const char* message, const RuleInfo& rule, const PluginNotes& notes) {
    if (message == nullptr || *message == '\0') {
        notes.note(PluginProblem::MissingMessage,
                   rule.id + " reported no message; the rule's summary was used");
        return rule.summary;
    }
    std::string text(message);
    if (!is_valid_utf8(text)) {
        notes.note(PluginProblem::InvalidUtf8,
                   rule.id + " reported a message that is not UTF-8; bad bytes were replaced");
        text = sanitize_utf8(text);
    }
    return text;
}

/// The quick fix, or nullopt (noted) when it is malformed: an editor must be able to apply
/// every fix it is offered.
std::optional<Fix> checked_fix(const parallax_fix& fix, std::string_view text, const RuleInfo& rule,
                               const PluginNotes& notes) {
    const auto drop = [&](const std::string& why) -> std::optional<Fix> {
        notes.note(PluginProblem::BadFix, rule.id + " reported a quick fix " + why + "; dropped");
        return std::nullopt;
    };
    if (fix.title == nullptr || *fix.title == '\0') {
        return drop("without a title");
    }
    if (fix.replacement_count == 0 || fix.replacements == nullptr) {
        return drop("without replacements");
    }
    Fix out;
    out.title = sanitize_utf8(fix.title);
    for (std::uint32_t i = 0; i < fix.replacement_count; ++i) {
        const parallax_replacement& replacement = fix.replacements[i];
        if (replacement.text == nullptr) {
            return drop("with a replacement without text");
        }
        const parallax_byte_range range = replacement.range;
        // Unlike a finding's range, a replacement's is not mended: widened or clamped, it
        // would replace other text than the plugin meant.
        if (range.start > range.end || range.end > text.size()) {
            return drop("with a range outside the text");
        }
        if (is_continuation(text, range.start) || is_continuation(text, range.end)) {
            return drop("with a range that splits a character");
        }
        out.replacements.push_back(
            Replacement{ByteRange{ByteOffset{range.start}, ByteOffset{range.end}},
                        sanitize_utf8(replacement.text)});
    }
    std::sort(out.replacements.begin(), out.replacements.end(),
              [](const Replacement& a, const Replacement& b) {
                  return std::pair(a.range.start, a.range.end) <
                         std::pair(b.range.start, b.range.end);
              });
    for (std::size_t i = 1; i < out.replacements.size(); ++i) {
        if (out.replacements[i].range.start < out.replacements[i - 1].range.end) {
            return drop("with overlapping replacements");
        }
    }
    return out;
}

std::vector<Fix> checked_fixes(const parallax_diagnostic& report, std::string_view text,
                               const RuleInfo& rule, const PluginNotes& notes) {
    std::vector<Fix> fixes;
    if (report.struct_size < diagnostic_size_with_fixes || report.fix_count == 0) {
        return fixes; // a plugin built before fixes existed, or one without any
    }
    if (report.fixes == nullptr) {
        notes.note(PluginProblem::BadFix, rule.id + " reported " +
                                              std::to_string(report.fix_count) +
                                              " quick fixes but no array of them; dropped");
        return fixes;
    }
    for (std::uint32_t i = 0; i < report.fix_count; ++i) {
        if (auto fix = checked_fix(report.fixes[i], text, rule, notes)) {
            fixes.push_back(std::move(*fix));
        }
    }
    return fixes;
}

} // namespace

std::optional<Diagnostic> convert_report(const parallax_diagnostic* report,
                                         std::span<const RuleInfo> rules, std::string_view text,
                                         const PluginNotes& notes) {
    if (report == nullptr || report->struct_size < minimal_diagnostic_size) {
        notes.note(PluginProblem::NullDiagnostic,
                   report == nullptr ? "reported a NULL diagnostic; dropped"
                                     : "reported a diagnostic with struct_size " +
                                           std::to_string(report->struct_size) + "; dropped");
        return std::nullopt;
    }
    const std::string_view rule_id = report->rule != nullptr ? report->rule : "";
    const auto rule = std::find_if(rules.begin(), rules.end(),
                                   [&](const RuleInfo& r) { return r.id == rule_id; });
    if (rule == rules.end()) {
        notes.note(PluginProblem::UnknownRule, "reported rule '" + sanitize_utf8(rule_id) +
                                                   "', which it does not declare; dropped");
        return std::nullopt;
    }
    const std::optional<ByteRange> range = checked_range(report->range, text, *rule, notes);
    if (!range) {
        return std::nullopt;
    }
    Diagnostic diagnostic;
    diagnostic.rule = rule->id;
    diagnostic.severity = checked_severity(report->severity, *rule, notes);
    diagnostic.range = *range;
    diagnostic.message = checked_message(report->message, *rule, notes);
    diagnostic.fixes = checked_fixes(*report, text, *rule, notes);
    return diagnostic;
}

} // namespace parallax
