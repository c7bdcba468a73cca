#pragma once
// Documents and analyses as lines of text, to compare an incremental result with a fresh one and
// show the first difference.

#include "document_lines.h"
#include "engine.h"

#include "parallax/document.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <variant>
#include <vector>

namespace parallax::test {

inline std::string str(const DataValue& value) {
    if (const auto* s = std::get_if<std::string>(&value)) {
        return *s;
    }
    if (const auto* d = std::get_if<double>(&value)) {
        return std::to_string(*d);
    }
    return join(std::get<std::vector<std::string>>(value), ",");
}

/// Every field of every finding, and the summary.
inline Lines dump(const Analysis& analysis, const Document& doc) {
    Lines out;
    for (const Diagnostic& d : analysis.diagnostics) {
        std::string line = d.rule + " " + str(d.range) + " '" + std::string(doc.slice(d.range)) +
                           "' " + std::to_string(static_cast<int>(d.severity)) + " " + d.message;
        for (const RelatedLocation& r : d.related) {
            line += " related " + str(r.range) + " " + r.message;
        }
        for (const auto& [key, value] : d.data) {
            line += " data " + key + "=" + str(value);
        }
        for (const Fix& fix : d.fixes) {
            line += " fix " + fix.title;
            for (const Replacement& r : fix.replacements) {
                line += ' ';
                line += str(r.range) + "->" + r.text;
            }
        }
        out.push_back(line);
    }
    for (const auto& [key, value] : analysis.summary) {
        out.push_back("summary " + key + " " + str(value));
    }
    out.push_back(analysis.cancelled ? "cancelled" : "complete");
    return out;
}

/// Fails with the first line where `actual` differs from `expected`.
inline void expect_same(const Lines& expected, const Lines& actual, const std::string& context) {
    const auto [e, a] =
        std::mismatch(expected.begin(), expected.end(), actual.begin(), actual.end());
    if (e == expected.end() && a == actual.end()) {
        return;
    }
    ADD_FAILURE() << context
                  << "\n  fresh:       " << (e == expected.end() ? std::string("(end)") : *e)
                  << "\n  incremental: " << (a == actual.end() ? std::string("(end)") : *a)
                  << "\n  at line " << (e - expected.begin()) << " of " << expected.size();
}

} // namespace parallax::test
