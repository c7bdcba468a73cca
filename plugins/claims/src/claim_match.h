#pragma once
// A finding of the sweeping-generalization, unsourced-specific or unsupported-cause rules, before
// the plugin decides (from the evidence around the sentence) whether to report it.

#include <cstddef>
#include <string>

namespace parallax::claims {

struct ClaimMatch {
    std::ptrdiff_t first = 0; // token indexes, inclusive
    std::ptrdiff_t last = 0;
    std::string kind;    // "statistic", "superlative", "motive", ... (Diagnostic::data "kind")
    std::string message; // what is missing and how to fix it
};

} // namespace parallax::claims
