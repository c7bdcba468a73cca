#pragma once
// When a sentence is not the author's unsupported assertion: it names its source, it is a
// syndication footer, or (from some point on) it prescribes rather than asserts.

#include "sentence_words.h"

#include <cstddef>
#include <vector>

namespace parallax::claims {

/// A named source carries the sentence: "Japan's defence ministry said", "according to SIPRI",
/// "…,” said John Smith", "she said". Vague subjects ("critics said") do not count.
bool has_named_source(const SentenceWords& s);

/// Lines of the sentence that are a syndication footer: "The post … appeared first on …",
/// "Please follow … on Google News", "This report was originally published by …". A plain-text
/// footer line may share a sentence with the line after it, so this answers per line.
std::vector<LineNumber> syndication_footer_lines(const Document& document, const SentenceWords& s);

/// Index of the first prescriptive modal ("must", "should", "ought") outside quotations, or
/// size() when there is none. What follows it is a recommendation, not a claim.
std::ptrdiff_t prescription_start(const SentenceWords& s);

} // namespace parallax::claims
