#pragma once
// What a C plugin did wrong while checking (an unknown rule id, a bad range, ...): logged once
// per kind of mistake and plugin, so that a plugin that errs on every sentence does not flood
// the log. Thread-safe.

#include <array>
#include <atomic>
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace parallax {

/// Receives the adapter's notes about a misbehaving plugin; may be called from several threads.
/// The default writes "parallax: ..." lines to stderr.
using PluginLog = std::function<void(std::string_view message)>;

enum class PluginProblem : std::size_t {
    NullDiagnostic, // report(ctx, NULL), or a diagnostic whose struct_size is too small
    UnknownRule,    // a rule id the plugin did not declare: dropped
    BadSeverity,    // not 0-4: the rule's default is used
    RangeClamped,   // past the end of the text: clamped
    RangeReversed,  // start after end: dropped
    MissingMessage, // NULL or empty: the rule's summary is used
    InvalidUtf8,    // in the message: bad bytes replaced with U+FFFD
    Threw,          // an exception left the plugin's check
    BadFix,         // a quick fix without title or text, or with a bad range: dropped
};
inline constexpr std::size_t plugin_problem_count = 9;

class PluginNotes {
public:
    PluginNotes(std::string plugin, PluginLog log);

    /// Logs `detail` unless a problem of this kind was logged before.
    void note(PluginProblem problem, std::string_view detail) const;

private:
    std::string plugin_; // "plugin 'example' (/path/to/example.so)"
    PluginLog log_;
    mutable std::array<std::atomic<bool>, plugin_problem_count> logged_{};
};

} // namespace parallax
