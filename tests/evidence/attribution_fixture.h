#pragma once
// Builds a Document from prose and shows its attributions as text, for readable expectations.

#include "parallax/document.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

namespace parallax::test {

struct Seen {
    std::string source;
    std::string cue;
    std::string content;
    bool vague = false;
    std::vector<std::uint32_t> supports;
    std::uint32_t sentence = 0;
};

inline std::vector<Seen> attributions_of(const std::string& prose) {
    const auto doc = Document::build(Text(prose), DocumentFormat::Markdown);
    std::vector<Seen> seen;
    for (const Attribution& a : doc->attributions()) {
        seen.push_back({std::string(doc->slice(a.source)), std::string(doc->slice(a.cue)),
                        std::string(doc->slice(a.content)), a.vague, a.supports, a.sentence});
    }
    return seen;
}

/// The only attribution of `prose`; an empty Seen (and a test failure) otherwise.
inline Seen only_attribution(const std::string& prose) {
    const auto seen = attributions_of(prose);
    if (seen.size() != 1) {
        ADD_FAILURE() << "expected one attribution in: " << prose << " (found " << seen.size()
                      << (seen.empty() ? "" : ", first source \"" + seen.front().source + "\"")
                      << ")";
        return {};
    }
    return seen.front();
}

} // namespace parallax::test
