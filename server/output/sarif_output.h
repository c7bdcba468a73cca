#pragma once
// `parallax check --format sarif`: SARIF 2.1.0, for GitHub code scanning and other SARIF
// viewers. Rules carry their summary, rationale and example from the registry; regions count
// lines from 1 and columns from 1 in UTF-16 code units (run.columnKind "utf16CodeUnits").

#include "file_report.h"

#include "parallax/plugin_interface.h"

#include <memory>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace parallax {

struct SarifOptions {
    std::string tool_version = "0";
    /// Where rules are documented, with "{rule}" standing for the rule id, e.g.
    /// "https://example.org/parallax/rules#{rule}"; each rule's helpUri. Empty: no helpUri (the
    /// help text always names `parallax explain RULE`). Set at build time with
    /// -DPARALLAX_DOCS_URL=... since only the publisher knows where the docs live.
    std::string help_uri_template = {};
    /// Rule packs and shared-object plugins configuration loaded: their rules are listed too.
    std::vector<std::shared_ptr<const Plugin>> extra_plugins = {};
};

void write_sarif(std::span<const FileReport> reports, std::ostream& out,
                 const SarifOptions& options);

/// A file path as a SARIF artifact URI: relative paths stay relative (percent-encoded), absolute
/// ones become file:// URIs.
std::string artifact_uri(std::string_view path);

} // namespace parallax
