#include "html_report.h"
#include "markup.h"

#include "perspective_chart.h"

#include "parallax/plugin_interface.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

namespace parallax {
namespace {

constexpr std::string_view kStyle = R"css(
:root { --ink: #1d232b; --muted: #5b6570; --paper: #fbfaf7; --line: #e3e0d8;
  --error: #c0392b; --warning: #b7791f; --information: #2b6cb0; --hint: #6b7280;
  --voiced: #2f855a; --unvoiced: #dd6b20; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--paper); color: var(--ink);
  font: 16px/1.55 Georgia, "Times New Roman", serif; }
header.page { padding: 20px 32px; border-bottom: 1px solid var(--line); background: #fff; }
header.page h1 { margin: 0; font: 600 22px/1.2 system-ui, sans-serif; }
header.page p { margin: 4px 0 0; color: var(--muted); font: 14px system-ui, sans-serif; }
nav.overview { padding: 16px 32px 4px; font: 14px system-ui, sans-serif; }
nav.overview table { border-collapse: collapse; }
nav.overview th { text-align: left; color: var(--muted); font-weight: 600; }
nav.overview th, nav.overview td { padding: 3px 24px 3px 0; border-bottom: 1px solid var(--line); }
nav.overview a { color: var(--ink); }
section.draft { padding: 20px 32px 36px; border-bottom: 1px solid var(--line); }
section.draft h2 { font: 600 18px system-ui, sans-serif; margin: 0 0 4px; word-break: break-all; }
.counts { color: var(--muted); font: 14px system-ui, sans-serif; margin: 0 0 16px; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) 370px; gap: 28px; }
.draft-text { white-space: pre-wrap; overflow-wrap: anywhere; background: #fff; margin: 0;
  padding: 20px 24px; border: 1px solid var(--line); border-radius: 6px; font: 15px/1.6 Georgia, serif; }
mark { background: #fdf0c8; border-bottom: 2px solid var(--warning); padding: 0 1px; color: inherit; }
mark.sev-error { background: #fbe0dc; border-color: var(--error); }
mark.sev-information { background: #e1ecf8; border-color: var(--information); }
mark.sev-hint { background: #eceff3; border-color: var(--hint); }
a.marker { display: inline-block; min-width: 1.4em; margin-right: 2px; padding: 0 4px;
  border-radius: 8px; background: var(--warning); color: #fff; text-decoration: none;
  font: 600 11px/1.5 system-ui, sans-serif; text-align: center; vertical-align: 2px; }
a.marker.sev-error { background: var(--error); }
a.marker.sev-information { background: var(--information); }
a.marker.sev-hint { background: var(--hint); }
aside h3 { font: 600 15px system-ui, sans-serif; margin: 0 0 8px; }
ol.findings { list-style: none; padding: 0; margin: 0 0 24px; }
li.finding { background: #fff; border: 1px solid var(--line); border-left: 4px solid var(--warning);
  border-radius: 6px; padding: 10px 14px; margin-bottom: 10px; font: 14px/1.45 system-ui, sans-serif; }
li.finding.sev-error { border-left-color: var(--error); }
li.finding.sev-information { border-left-color: var(--information); }
li.finding.sev-hint { border-left-color: var(--hint); }
li.finding .where { color: var(--muted); font-size: 12px; }
li.finding .where a { color: inherit; }
li.finding .rule { font-family: ui-monospace, monospace; font-size: 12px; }
li.finding .message { margin: 4px 0; font-weight: 600; }
li.finding .summary, li.finding .rationale { margin: 4px 0; color: var(--muted); }
li.finding:target { outline: 2px solid var(--information); }
li.finding details { margin: 4px 0; color: var(--muted); }
li.finding details summary { cursor: pointer; }
.error { color: var(--error); font: 14px system-ui, sans-serif; }
.empty-state, .clean { color: var(--muted); font: italic 14px system-ui, sans-serif; }
figure.perspective-map { margin: 0 0 24px; font: 13px system-ui, sans-serif; }
svg.chart { display: block; max-width: 100%; height: auto; margin: 6px 0; }
svg .bar-voiced { fill: var(--voiced); } svg .bar-unvoiced { fill: #f6d5bd; }
svg .caption { font: 12px system-ui, sans-serif; fill: var(--muted); }
svg .tile rect { stroke-width: 2; }
svg .tile.voiced rect { fill: var(--voiced); stroke: var(--voiced); }
svg .tile.voiced text { fill: #fff; }
svg .tile.unvoiced rect { fill: #fff; stroke: var(--unvoiced); stroke-dasharray: 4 3; }
svg .tile.unvoiced text { fill: var(--unvoiced); }
svg .tile text { font: 600 12px system-ui, sans-serif; }
svg .region { font: 600 13px system-ui, sans-serif; fill: var(--ink); }
svg .region.discussed { fill: #7b341e; }
figcaption { color: var(--muted); }
.key { display: inline-block; width: 12px; height: 12px; border-radius: 3px; vertical-align: -1px; }
.key.voiced { background: var(--voiced); }
.key.unvoiced { border: 2px dashed var(--unvoiced); margin-left: 10px; }
@media (max-width: 900px) { .layout { grid-template-columns: 1fr; } }
)css";

std::string_view severity_class(Severity severity) {
    return to_string(severity);
}

using ExtraPlugins = std::span<const std::shared_ptr<const Plugin>>;

const RuleInfo* rule_info(std::string_view id, ExtraPlugins extras) {
    if (const RuleInfo* rule = PluginRegistry::instance().find_rule(id)) {
        return rule;
    }
    for (const auto& plugin : extras) {
        for (const RuleInfo& rule : plugin->rules()) {
            if (rule.id == id) {
                return &rule;
            }
        }
    }
    return nullptr;
}

std::vector<std::string> summary_list(const FileReport& report, std::string_view key) {
    for (const auto& [name, value] : report.summary) {
        if (name != key) {
            continue;
        }
        if (const auto* list = std::get_if<std::vector<std::string>>(&value)) {
            return *list;
        }
        if (const auto* single = std::get_if<std::string>(&value)) {
            return {*single};
        }
    }
    return {};
}

/// The draft's text with every finding highlighted, and a numbered marker where each starts.
/// Overlapping findings split the text at every boundary; a piece covered by several findings
/// takes the colour of the most severe.
std::string highlighted_text(const FileReport& report, std::size_t file_index) {
    const std::string_view text = report.draft->text.view();
    const auto& diagnostics = report.diagnostics;
    std::set<std::uint32_t> cuts{0, static_cast<std::uint32_t>(text.size())};
    std::multimap<std::uint32_t, std::size_t> starts;
    for (std::size_t i = 0; i < diagnostics.size(); ++i) {
        const ByteRange r = diagnostics[i].range;
        cuts.insert(
            std::min<std::uint32_t>(r.start.value, static_cast<std::uint32_t>(text.size())));
        cuts.insert(std::min<std::uint32_t>(r.end.value, static_cast<std::uint32_t>(text.size())));
        starts.emplace(r.start.value, i);
    }
    std::string html;
    for (auto it = cuts.begin(); it != cuts.end(); ++it) {
        const std::uint32_t from = *it;
        for (auto [s, e] = starts.equal_range(from); s != e; ++s) {
            const Diagnostic& d = diagnostics[s->second];
            html += fmt::format("<a class=\"marker sev-{0}\" id=\"hl-{1}-{2}\" href=\"#f-{1}-{2}\" "
                                "title=\"{3}\">{2}</a>",
                                severity_class(d.severity), file_index, s->second + 1,
                                escape_markup(d.rule));
        }
        const auto next = std::next(it);
        if (next == cuts.end()) {
            break;
        }
        const std::uint32_t to = *next;
        const Diagnostic* strongest = nullptr;
        for (const auto& d : diagnostics) {
            if (d.range.start.value <= from && to <= d.range.end.value &&
                (strongest == nullptr || d.severity < strongest->severity)) {
                strongest = &d;
            }
        }
        const std::string piece = escape_markup(text.substr(from, to - from));
        if (strongest != nullptr && to > from) {
            html += fmt::format("<mark class=\"sev-{}\" title=\"{}\">{}</mark>",
                                severity_class(strongest->severity),
                                escape_markup(strongest->message), piece);
        } else {
            html += piece;
        }
    }
    return html;
}

/// A finding with its message and its rule's summary and rationale. The rationale is shown
/// open for the first finding of a rule and folded away for the next ones.
std::string finding_html(const FileReport& report, const Diagnostic& d, std::size_t file_index,
                         std::size_t number, bool first_of_rule, ExtraPlugins extras) {
    const Position at = report.draft->text.position_of(d.range.start, PositionEncoding::Utf16);
    std::string html =
        fmt::format("<li class=\"finding sev-{0}\" id=\"f-{1}-{2}\"><div class=\"where\">"
                    "<a href=\"#hl-{1}-{2}\">#{2} · line {3}, column {4}</a> · {0} · "
                    "<span class=\"rule\">{5}</span></div><p class=\"message\">{6}</p>",
                    severity_class(d.severity), file_index, number, at.line.value + 1,
                    at.character + 1, escape_markup(d.rule), escape_markup(d.message));
    if (const RuleInfo* rule = rule_info(d.rule, extras)) {
        html += fmt::format("<p class=\"summary\">{}</p><details class=\"rationale\"{}>"
                            "<summary>Why it matters</summary>{}</details>",
                            escape_markup(rule->summary), first_of_rule ? " open" : "",
                            escape_markup(rule->rationale));
    }
    html += "</li>";
    return html;
}

std::string counts_text(std::span<const Diagnostic> diagnostics) {
    if (diagnostics.empty()) {
        return "no findings";
    }
    std::map<Severity, std::size_t> counts;
    for (const auto& d : diagnostics) {
        ++counts[d.severity];
    }
    std::string text =
        fmt::format("{} finding{}", diagnostics.size(), diagnostics.size() == 1 ? "" : "s");
    std::string_view sep = ": ";
    for (const auto& [severity, n] : counts) {
        text += fmt::format("{}{} {}{}", sep, n, to_string(severity),
                            n == 1 || severity == Severity::Information ? "" : "s");
        sep = ", ";
    }
    return text;
}

std::string draft_html(const FileReport& report, std::size_t file_index, ExtraPlugins extras) {
    std::string html = fmt::format("<section class=\"draft\" id=\"draft-{}\"><h2>{}</h2>",
                                   file_index, escape_markup(report.path));
    if (!report.error.empty() || !report.draft) {
        html += "<p class=\"error\">Could not check this draft: " + escape_markup(report.error) +
                "</p></section>";
        return html;
    }
    html += "<p class=\"counts\">" + counts_text(report.diagnostics) + "</p>";
    html += "<div class=\"layout\"><article><pre class=\"draft-text\">" +
            highlighted_text(report, file_index) + "</pre></article><aside>";
    html += "<h3>Perspective map</h3>";
    html += perspective_chart_html({summary_list(report, "perspectives.regions"),
                                    summary_list(report, "perspectives.mentioned"),
                                    summary_list(report, "perspectives.voiced")});
    html += "<h3>Findings</h3>";
    if (report.diagnostics.empty()) {
        html += "<p class=\"clean\">Nothing to flag in this draft.</p>";
    } else {
        html += "<ol class=\"findings\">";
        std::set<std::string_view> explained;
        for (std::size_t i = 0; i < report.diagnostics.size(); ++i) {
            const Diagnostic& d = report.diagnostics[i];
            html +=
                finding_html(report, d, file_index, i + 1, explained.insert(d.rule).second, extras);
        }
        html += "</ol>";
    }
    html += "</aside></div></section>";
    return html;
}

/// For several drafts: one row per draft with its counts, linking to its section.
std::string overview_html(std::span<const FileReport> reports) {
    std::string html = "<nav class=\"overview\"><table><thead><tr><th>Draft</th><th>Findings</th>"
                       "</tr></thead><tbody>";
    for (std::size_t i = 0; i < reports.size(); ++i) {
        const FileReport& report = reports[i];
        html += fmt::format("<tr><td><a href=\"#draft-{}\">{}</a></td><td>{}</td></tr>", i + 1,
                            escape_markup(report.path),
                            report.error.empty() ? counts_text(report.diagnostics)
                                                 : std::string("could not be checked"));
    }
    html += "</tbody></table></nav>";
    return html;
}

} // namespace

void write_html_report(std::span<const FileReport> reports, std::ostream& out,
                       const HtmlReportOptions& options) {
    std::size_t findings = 0;
    for (const auto& report : reports) {
        findings += report.diagnostics.size();
    }
    const std::string title = reports.size() == 1
                                  ? "Parallax report: " + escape_markup(reports[0].path)
                                  : fmt::format("Parallax report: {} drafts", reports.size());
    out << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
           "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
           "style-src 'unsafe-inline'; img-src data:\">"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        << "<title>" << title << "</title><style>" << kStyle << "</style></head><body>";
    out << "<header class=\"page\"><h1>" << title << "</h1><p>"
        << fmt::format("{} draft{} · {} finding{} · parallax {}", reports.size(),
                       reports.size() == 1 ? "" : "s", findings, findings == 1 ? "" : "s",
                       escape_markup(options.tool_version))
        << "</p></header><main>";
    if (reports.size() > 1) {
        out << overview_html(reports);
    }
    for (std::size_t i = 0; i < reports.size(); ++i) {
        out << draft_html(reports[i], i + 1, options.extra_plugins);
    }
    out << "</main></body></html>\n";
}

} // namespace parallax
