#pragma once
// --config and --plugin, shared by `check`, `report`, `rules` and `explain`; and the largest
// draft `check`, `report` and the server analyse (--max-document-bytes).

#include "inputs.h"

#include <cstddef>
#include <string>
#include <vector>

namespace parallax {

struct ConfigOptions {
    /// Used instead of searching for .parallax.json from each draft's folder upwards.
    std::string config_file = {};
    /// Shared-object plugins to load (the user's own choice, so trusted).
    std::vector<std::string> plugins = {};
    /// Whether to read the user config file (~/.config/parallax/config.json); tests turn it off.
    bool read_user_config = true;
    /// Drafts larger than this are not read (`check` reports them as errors, the server shows
    /// one diagnostic instead of findings).
    std::size_t max_document_bytes = kDefaultMaxDocumentBytes;
};

} // namespace parallax
