#pragma once
// `parallax report`: one self-contained HTML page for an editor reviewing drafts. The draft's
// text with each finding highlighted and numbered, each finding explained (message, the rule's
// summary and rationale), and the perspective map (regions discussed, countries mentioned
// versus voiced) drawn as an inline SVG chart. No scripts, fonts or anything else fetched: the
// page declares a Content-Security-Policy that forbids the network. Draft text is untrusted
// and always escaped.

#include "file_report.h"

#include "parallax/plugin_interface.h"

#include <memory>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace parallax {

struct HtmlReportOptions {
    std::string tool_version = "0";
    /// Rule packs and shared-object plugins configuration loaded: their rules are explained too.
    std::vector<std::shared_ptr<const Plugin>> extra_plugins = {};
};

void write_html_report(std::span<const FileReport> reports, std::ostream& out,
                       const HtmlReportOptions& options);

} // namespace parallax
