// Writes hand-made findings in one format (`format_sample sarif` or `format_sample html`):
// what the built-in rules do not produce yet (related locations, error-level findings, a rule
// outside the registry, an unreadable file, a perspective map), for the SARIF schema test and
// the Chromium rendering test.

#include "html_report.h"
#include "sarif_output.h"

#include <iostream>
#include <string_view>

namespace {

using namespace parallax;

std::vector<FileReport> sample_reports() {
    const std::string text = "# Pacific partners\n\n😀 Regional stability matters, critics say.\n\n"
                             "Regional stability again, as Tokyo said in a statement.\n";
    const auto at = [&](const std::string& part, std::size_t from = 0) {
        const auto start = static_cast<std::uint32_t>(text.find(part, from));
        return ByteRange{ByteOffset{start},
                         ByteOffset{start + static_cast<std::uint32_t>(part.size())}};
    };
    FileReport good;
    good.path = "drafts/a b.md";
    good.draft = CheckedDraft::of(*Document::build(Text(text), DocumentFormat::Markdown));
    good.diagnostics = {{"claims/weasel-attribution",
                         Severity::Error,
                         at("critics say"),
                         "error-level finding",
                         {},
                         {},
                         {}},
                        {"sample/repeated-phrase",
                         Severity::Information,
                         at("Regional stability", 40),
                         "“regional stability” again: vary it or say what it means",
                         {{at("Regional stability"), "first use"}},
                         {{"phrase", std::string("regional stability")}},
                         {}}};
    good.summary = {{"perspectives.regions", std::vector<std::string>{"Eastern Asia", "Melanesia"}},
                    {"perspectives.mentioned",
                     std::vector<std::string>{"CN", "JP", "KR", "PG", "FJ", "SB", "AU", "NZ"}},
                    {"perspectives.voiced", std::vector<std::string>{"JP", "AU"}}};
    FileReport missing;
    missing.path = "/tmp/missing.md";
    missing.error = "cannot read file: No such file or directory";
    std::vector<FileReport> reports;
    reports.push_back(std::move(good));
    reports.push_back(std::move(missing));
    return reports;
}

} // namespace

int main(int argc, char** argv) {
    const std::string_view format = argc > 1 ? argv[1] : "sarif";
    const auto reports = sample_reports();
    if (format == "html") {
        write_html_report(reports, std::cout, HtmlReportOptions{"9.9.9"});
    } else {
        write_sarif(reports, std::cout,
                    SarifOptions{"9.9.9", "https://example.org/parallax/rules#{rule}"});
    }
    return 0;
}
