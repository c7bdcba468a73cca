#pragma once
// What a plugin reports.

#include "parallax/text.h"

#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace parallax {

enum class Severity { Error = 1, Warning = 2, Information = 3, Hint = 4 };

std::string_view to_string(Severity severity); // "error", "warning", "information", "hint"
/// The severity named "error", "warning", "information" (or "info") or "hint"; nullopt otherwise.
std::optional<Severity> severity_named(std::string_view name);

struct RelatedLocation {
    ByteRange range;
    std::string message;
};

/// A value in Diagnostic::data: a string, a number or a list of strings.
using DataValue = std::variant<std::string, double, std::vector<std::string>>;

/// One replacement in the draft: `text` takes the place of `range` (empty range: an insertion).
struct Replacement {
    ByteRange range;
    std::string text;
};

/// A quick fix an editor can apply ("Replace 'Kiev' with 'Kyiv'").
struct Fix {
    std::string title;
    std::vector<Replacement> replacements;
};

struct Diagnostic {
    std::string rule; // "plugin/rule", e.g. "claims/weasel-attribution"
    Severity severity = Severity::Warning;
    ByteRange range;
    std::string message;
    std::vector<RelatedLocation> related;
    std::vector<std::pair<std::string, DataValue>> data; // rule-specific, e.g. {"phrase", "..."}
    std::vector<Fix> fixes;
};

} // namespace parallax
