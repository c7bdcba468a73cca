#include "engine.h"

#include "parallax/plugin_interface.h"

#include <algorithm>
#include <tuple>

namespace parallax {
namespace {

class CollectingReporter final : public Reporter {
public:
    CollectingReporter(Analysis& out, const std::atomic<bool>* cancel)
        : out_(out), cancel_(cancel) {}
    void report(Diagnostic diagnostic) override {
        out_.diagnostics.push_back(std::move(diagnostic));
    }
    void summarize(std::string key, DataValue value) override {
        out_.summary.emplace_back(std::move(key), std::move(value));
    }
    bool cancelled() const override { return cancel_ != nullptr && cancel_->load(); }

private:
    Analysis& out_;
    const std::atomic<bool>* cancel_;
};

} // namespace

Analysis analyze(const Document& document, const std::atomic<bool>* cancel) {
    Analysis result;
    CollectingReporter reporter(result, cancel);
    for (const auto& plugin : PluginRegistry::instance().plugins()) {
        if (reporter.cancelled()) {
            result.cancelled = true;
            return result;
        }
        plugin->check(document, reporter);
    }
    result.cancelled = reporter.cancelled();
    std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                     [](const Diagnostic& a, const Diagnostic& b) {
                         return std::tie(a.range.start, a.range.end, a.rule) <
                                std::tie(b.range.start, b.range.end, b.rule);
                     });
    return result;
}

std::string hover_at(const Document& document, std::span<const Diagnostic> diagnostics,
                     ByteOffset offset) {
    std::vector<std::string> parts;
    for (const Diagnostic& d : diagnostics) {
        // A caret at the end of a finding's range still belongs to it.
        if (offset < d.range.start || d.range.end < offset) {
            continue;
        }
        std::string part = "**" + d.message + "** `" + d.rule + "`";
        if (const RuleInfo* rule = PluginRegistry::instance().find_rule(d.rule)) {
            part += "\n\n" + rule->summary + " " + rule->rationale;
        }
        parts.push_back(std::move(part));
    }
    for (const auto& plugin : PluginRegistry::instance().plugins()) {
        if (auto note = plugin->hover(document, offset)) {
            parts.push_back(std::move(*note));
        }
    }
    std::string out;
    for (const auto& part : parts) {
        out += (out.empty() ? "" : "\n\n---\n\n") + part;
    }
    return out;
}

} // namespace parallax
