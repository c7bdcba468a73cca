#pragma once
// The quick fixes of framing/stock-phrase: each plainer alternative the lexicon gives for a
// stock phrase, as a replacement of the match in the draft's own capitalisation, or the
// phrase deleted with its commas and spaces tidied.

#include "draft_words.h"
#include "lexicon.h"
#include "parallax/diagnostic.h"
#include "phrase_matcher.h"

#include <vector>

namespace parallax::framing {

/// One Fix per alternative of `entry`, or none when the draft words the phrase in another form
/// than the lexicon does ("played a pivotal role" for "plays a pivotal role"), where the
/// alternatives would not fit.
///
///     "At a critical juncture, NATO met." -> Replace with "Now": "Now, NATO met."
///     "In today's world, the alliance..." -> Delete: "The alliance..."
std::vector<Fix> stock_phrase_fixes(const DraftWords& words, const PhraseEntry& entry,
                                    const PhraseMatch& match);

} // namespace parallax::framing
