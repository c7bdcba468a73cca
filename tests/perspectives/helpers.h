#pragma once
// Drafts, attributions and a reporter for the perspectives tests.

#include "parallax/document.h"
#include "parallax/gazetteer.h"
#include "parallax/plugin_interface.h"

#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace parallax::perspectives::test {

inline std::shared_ptr<const Document> markdown(const std::string& text) {
    return Document::build(Text(text), DocumentFormat::Markdown);
}

/// The byte range of the first occurrence of `needle` in the document.
inline ByteRange range_of(const Document& document, const std::string& needle) {
    const auto at = document.text().str().find(needle);
    if (at == std::string::npos) {
        throw std::invalid_argument("not in the draft: " + needle);
    }
    return ByteRange{ByteOffset{static_cast<std::uint32_t>(at)},
                     ByteOffset{static_cast<std::uint32_t>(at + needle.size())}};
}

/// An attribution of `source` (found in the draft), with no country yet.
inline Attribution attribution(const Document& document, const std::string& source,
                               bool vague = false) {
    Attribution a;
    a.source = range_of(document, source);
    a.cue = ByteRange{a.source.end, a.source.end};
    a.vague = vague;
    // Resolved as Document::build resolves the attributions it finds.
    std::vector<Attribution> resolved{a};
    assign_attribution_countries(document, resolved);
    return resolved.front();
}

class CollectingReporter final : public Reporter {
public:
    void report(Diagnostic diagnostic) override { diagnostics.push_back(std::move(diagnostic)); }
    void summarize(std::string key, DataValue value) override {
        summary.insert_or_assign(std::move(key), std::move(value));
    }
    std::vector<Diagnostic> diagnostics;
    std::map<std::string, DataValue> summary;
};

inline std::vector<std::string> strings(const DataValue& value) {
    const auto* list = std::get_if<std::vector<std::string>>(&value);
    return list != nullptr ? *list : std::vector<std::string>{};
}

inline const DataValue* data(const Diagnostic& d, const std::string& key) {
    for (const auto& [k, v] : d.data) {
        if (k == key) {
            return &v;
        }
    }
    return nullptr;
}

} // namespace parallax::perspectives::test
