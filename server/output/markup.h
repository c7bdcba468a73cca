#pragma once
// Escaping untrusted text (drafts, messages, paths) for the XML and HTML outputs.

#include <string>
#include <string_view>

namespace parallax {

/// `text` safe inside XML or HTML content and quoted attributes: &, <, >, " and ' escaped,
/// invalid UTF-8 replaced with U+FFFD, and control characters XML forbids dropped.
///
///     escape_markup("a < \"b\"") == "a &lt; &quot;b&quot;"
std::string escape_markup(std::string_view text);

} // namespace parallax
