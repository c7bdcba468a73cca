#pragma once
// One checked file, as the output formats see it.

#include "parallax/diagnostic.h"
#include "parallax/document.h"

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace parallax {

/// What the output formats read of a checked draft. A check of many files keeps every report
/// until it writes them, so a report keeps this, not the Document: its tokens, sentences and
/// syntax trees take many times the memory of the text.
struct CheckedDraft {
    Text text;
    std::vector<Attribution> attributions;

    static std::shared_ptr<const CheckedDraft> of(const Document& document) {
        const auto attributions = document.attributions();
        return std::make_shared<const CheckedDraft>(CheckedDraft{
            .text = document.text(),
            .attributions = std::vector<Attribution>(attributions.begin(), attributions.end())});
    }
};

struct FileReport {
    std::string path;                          // as the user named it; "-" is shown as "<stdin>"
    std::shared_ptr<const CheckedDraft> draft; // null when the file could not be checked
    std::vector<Diagnostic> diagnostics;
    std::vector<std::pair<std::string, DataValue>> summary; // from the plugins, dotted keys
    std::string error; // why the file could not be checked, if it could not
};

} // namespace parallax
