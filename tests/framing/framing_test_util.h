#pragma once
// Runs the framing plugin on a draft and keeps what it reports.

#include "parallax/framing/framing_plugin.h"

#include <algorithm>
#include <string>
#include <vector>

namespace parallax::framing::test {

class CollectingReporter final : public Reporter {
public:
    void report(Diagnostic diagnostic) override { diagnostics.push_back(std::move(diagnostic)); }
    std::vector<Diagnostic> diagnostics;
};

struct Finding {
    std::string rule;
    std::string text; // the text the range covers
    Diagnostic diagnostic;
};

inline std::vector<Finding> check_draft(const std::string& draft, DocumentFormat format,
                                        FramingOptions options = {}) {
    const auto document = Document::build(Text(draft), format);
    CollectingReporter reporter;
    FramingPlugin(options).check(*document, Options{}, reporter);
    std::vector<Finding> out;
    for (Diagnostic& d : reporter.diagnostics) {
        out.push_back({d.rule, std::string(document->slice(d.range)), std::move(d)});
    }
    return out;
}

inline std::vector<Finding> check_markdown(const std::string& markdown,
                                           FramingOptions options = {}) {
    return check_draft(markdown, DocumentFormat::Markdown, options);
}

inline std::vector<Finding> check_plain_text(const std::string& text) {
    return check_draft(text, DocumentFormat::PlainText);
}

/// The findings of one rule.
inline std::vector<Finding> only(const std::vector<Finding>& findings, std::string_view rule) {
    std::vector<Finding> out;
    std::copy_if(findings.begin(), findings.end(), std::back_inserter(out),
                 [&](const Finding& f) { return f.rule == rule; });
    return out;
}

inline const DataValue* data_of(const Diagnostic& d, std::string_view key) {
    for (const auto& [k, v] : d.data) {
        if (k == key) {
            return &v;
        }
    }
    return nullptr;
}

} // namespace parallax::framing::test
