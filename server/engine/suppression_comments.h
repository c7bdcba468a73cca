#pragma once
// Suppression comments in a draft: where they are and what they say. Only HTML comments the
// Markdown parser set aside count (never text in code blocks or inline code); in plain text, a
// comment that stands alone on its line (after blanks and ">" quote markers).
//
//     <!-- parallax-disable-next-line claims/weasel-attribution -- quoted from the communiqué -->
//     <!-- parallax-disable framing -- a glossary repeats its terms on purpose -->
//     <!-- parallax-enable framing -->
//     <!-- parallax-disable-file perspectives/no-regional-voice -- an interview transcript -->

#include "parallax/document.h"

#include <optional>
#include <string>
#include <vector>

namespace parallax {

struct SuppressionComment {
    enum class Kind { DisableNextLine, Disable, Enable, DisableFile };
    struct RuleName {
        std::string name; // a rule id ("claims/weasel-attribution") or a plugin id ("claims")
        ByteRange range;
    };

    Kind kind = Kind::DisableNextLine;
    ByteRange range; // the whole comment, "<!--" to "-->"
    std::vector<RuleName> rules;
    /// The text after " -- ", trimmed; nullopt when there is none or it is empty.
    std::optional<std::string> reason;
};

/// Every suppression comment of the draft, in text order. Comments that do not start with
/// "parallax-disable" or "parallax-enable" are not suppression comments and are left out.
std::vector<SuppressionComment> find_suppression_comments(const Document& document);

/// The comment in `text` (which starts with "<!--" and ends with "-->") read as a suppression
/// comment whose first byte is at `at`, or nullopt when it is not one.
std::optional<SuppressionComment> parse_suppression_comment(std::string_view text, ByteOffset at);

} // namespace parallax
