#pragma once
// Runs the claims plugin on a draft and keeps what it reports.

#include "parallax/claims/claims_plugin.h"

#include <string>
#include <vector>

namespace parallax::claims::test {

class CollectingReporter final : public Reporter {
public:
    void report(Diagnostic diagnostic) override { diagnostics.push_back(std::move(diagnostic)); }
    std::vector<Diagnostic> diagnostics;
};

struct Finding {
    std::string rule;
    std::string phrase; // the text the range covers
    std::string message;
};

inline std::vector<Finding> check_markdown(const std::string& markdown) {
    const auto document = Document::build(Text(markdown), DocumentFormat::Markdown);
    CollectingReporter reporter;
    ClaimsPlugin().check(*document, Options{}, reporter);
    std::vector<Finding> out;
    for (const Diagnostic& d : reporter.diagnostics) {
        out.push_back({d.rule, std::string(document->slice(d.range)), d.message});
    }
    return out;
}

} // namespace parallax::claims::test
