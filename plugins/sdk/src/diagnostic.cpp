#include "parallax/diagnostic.h"

namespace parallax {

std::string_view to_string(Severity severity) {
    switch (severity) {
    case Severity::Error:
        return "error";
    case Severity::Warning:
        return "warning";
    case Severity::Information:
        return "information";
    case Severity::Hint:
        return "hint";
    }
    return "warning";
}

} // namespace parallax
