#pragma once
// framing/rhetorical-repetition: repetition used as a device rather than as a topic. Two forms,
// both found in one pass over the draft's words:
//  - an emotive word (curated lexicon: "crazy", "lie", "disaster") that the draft uses again and
//    again: each use is flagged, with related locations to the others;
//  - a content word repeated at once, within a few words of itself in one sentence
//    ("crazy, crazy, crazies", "life for life, eye for eye");
//  - a short clause repeated verbatim, as a slogan is ("No one is safe." ... "no one is safe").

#include "draft_words.h"
#include "parallax/plugin_interface.h"

#include <cstdint>
#include <string_view>

namespace parallax::framing {

inline constexpr std::string_view kRhetoricalRepetition = "framing/rhetorical-repetition";

struct RhetoricalRepetitionOptions {
    /// Uses of one emotive word family that make it a repeated device (`min_repeat`).
    std::uint32_t min_count = 2;
    /// Most words between two uses of one content word in a sentence for them to be a close
    /// repetition ("life for life": one word between).
    std::uint32_t max_close_gap = 2;
    /// Shortest word (in bytes, case-folded) that counts for a close repetition: "no, no" and
    /// "so so" are not devices of framing.
    std::uint32_t min_close_length = 3;
    /// Shortest and longest clause (in words, between punctuation or quotation marks) whose
    /// verbatim repetition is a slogan; shorter ones are set phrases ("of course").
    std::uint32_t min_clause_words = 3;
    std::uint32_t max_clause_words = 8;
};

/// Short clauses the draft repeats verbatim (part of check_rhetorical_repetitions).
void check_repeated_clauses(const DraftWords& words, const RhetoricalRepetitionOptions& options,
                            Reporter& reporter);

void check_rhetorical_repetitions(const DraftWords& words,
                                  const RhetoricalRepetitionOptions& options, Reporter& reporter);

} // namespace parallax::framing
