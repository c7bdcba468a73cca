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

} // namespace parallax
