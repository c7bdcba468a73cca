#pragma once
// A plugin for the engine tests whose findings are easy to predict: `fake/alpha` on every word
// "alpha" and `fake/beta` on every word "beta", wherever the Document has them as tokens.

#include "engine.h"

#include "parallax/plugin_interface.h"

#include <algorithm>
#include <array>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace parallax::test {

class WordPlugin final : public Plugin {
public:
    std::string_view id() const override { return "fake"; }
    std::span<const RuleInfo> rules() const override {
        static const std::array<RuleInfo, 2> rules{{
            {"fake/alpha", "alpha", "why", "alpha.", Severity::Warning},
            {"fake/beta", "beta", "why", "beta.", Severity::Warning},
        }};
        return rules;
    }
    void check(const Document& document, const Options& /*options*/,
               Reporter& reporter) const override {
        for (const Token& token : document.tokens()) {
            if (token.folded == "alpha" || token.folded == "beta") {
                Diagnostic d;
                d.rule = "fake/" + token.folded;
                d.range = token.range;
                d.message = token.folded;
                reporter.report(std::move(d));
            }
        }
    }
};

/// A finding of the fake plugin or of the engine, by rule and (0-based) line.
struct Finding {
    std::string rule;
    std::uint32_t line = 0;
    std::string text; // what the range covers
    bool operator==(const Finding&) const = default;
};

inline std::ostream& operator<<(std::ostream& out, const Finding& f) {
    return out << f.rule << "@" << f.line << " '" << f.text << "'";
}

struct Checked {
    std::shared_ptr<const Document> document;
    std::vector<Diagnostic> diagnostics; // the fake plugin's and the engine's
    std::vector<Finding> findings;
};

/// Analyzes `text` with the fake plugin added to `settings`, and keeps the findings of the fake
/// plugin and of the engine (the built-in plugins' are left out).
inline Checked check(const std::string& text, DocumentFormat format = DocumentFormat::Markdown,
                     CheckSettings settings = {}) {
    settings.extra_plugins.push_back(std::make_shared<WordPlugin>());
    Checked out;
    out.document = Document::build(Text(text), format);
    for (Diagnostic& d : analyze(*out.document, settings).diagnostics) {
        if (d.rule.starts_with("fake/") || d.rule.starts_with("parallax/")) {
            out.findings.push_back({d.rule, out.document->text().line_of(d.range.start).value,
                                    std::string(out.document->slice(d.range))});
            out.diagnostics.push_back(std::move(d));
        }
    }
    return out;
}

inline std::vector<Finding> findings(const std::string& text,
                                     DocumentFormat format = DocumentFormat::Markdown,
                                     CheckSettings settings = {}) {
    return check(text, format, std::move(settings)).findings;
}

/// `text` with the replacements of `fix` applied (they must not overlap).
inline std::string apply(std::string text, const Fix& fix) {
    std::vector<Replacement> replacements = fix.replacements;
    std::sort(
        replacements.begin(), replacements.end(),
        [](const Replacement& a, const Replacement& b) { return b.range.start < a.range.start; });
    for (const Replacement& r : replacements) {
        text.replace(r.range.start.value, r.range.size(), r.text);
    }
    return text;
}

} // namespace parallax::test
