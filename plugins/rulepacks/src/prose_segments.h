#pragma once
// The stretches of a draft a rule pack reads: its own prose, in runs of text that hold no code,
// HTML, link destination or reference. Block quotes are someone else's words and are left out.

#include "parallax/document.h"

#include <vector>

namespace parallax::rulepacks {

/// Runs of prose in text order. Each run is one block's text between things set aside: every
/// non-space character of the prose is a token, so a gap between two tokens that holds anything
/// but white space is where code, a link destination or the like was skipped.
std::vector<ByteRange> prose_segments(const Document& document);

/// The runs of one block (none for a block quote).
void append_prose_segments(const Document& document, const Block& block,
                           std::vector<ByteRange>& segments);

} // namespace parallax::rulepacks
