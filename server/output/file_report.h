#pragma once
// One checked file, as the output formats see it.

#include "parallax/diagnostic.h"
#include "parallax/document.h"

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace parallax {

struct FileReport {
    std::string path;                         // as the user named it; "-" is shown as "<stdin>"
    std::shared_ptr<const Document> document; // null when the file could not be checked
    std::vector<Diagnostic> diagnostics;
    std::vector<std::pair<std::string, DataValue>> summary; // from the plugins, dotted keys
    std::string error; // why the file could not be checked, if it could not
};

} // namespace parallax
