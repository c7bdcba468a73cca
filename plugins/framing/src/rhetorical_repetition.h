#pragma once
// framing/rhetorical-repetition: repetition used as a device rather than as a topic. Four forms,
// each found in one pass over the draft's words:
//  - an emotive word (curated lexicon: "crazy", "lie", "disaster") that the draft uses again and
//    again: each use is flagged, with related locations to the others;
//  - a content word repeated at once, within a few words of itself in one sentence
//    ("crazy, crazy, crazies", "life for life, eye for eye");
//  - a short clause repeated verbatim, as a slogan is ("No one is safe." ... "no one is safe");
//  - anaphora: successive sentences that open with the same words ("How inconvenient that ...
//    How inconvenient that ... How inconvenient that ...").

#include "draft_words.h"
#include "parallax/plugin_interface.h"

#include <cstdint>
#include <string_view>
#include <vector>

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
    /// Anaphora: sentences that open with the same `anaphora_words` words (a leading "and",
    /// "but", "or", "so" aside), at least `min_anaphora_sentences` of them, each at most
    /// `max_anaphora_gap` sentences after the one before. Two sentences that open alike are
    /// common in reporting ("He was ..."); three in a row are a device.
    std::uint32_t anaphora_words = 3;
    std::uint32_t min_anaphora_sentences = 2;
    std::uint32_t max_anaphora_gap = 2;
};

/// Short clauses the draft repeats verbatim (part of check_rhetorical_repetitions); marks the
/// words of each reported clause in `covered` (one flag per word of DraftWords::words()).
void check_repeated_clauses(const DraftWords& words, const RhetoricalRepetitionOptions& options,
                            std::vector<bool>& covered, Reporter& reporter);

/// Successive sentences that open alike (part of check_rhetorical_repetitions); an opening
/// that overlaps `covered` words (already reported as a slogan) is not reported again.
void check_anaphora(const DraftWords& words, const RhetoricalRepetitionOptions& options,
                    const std::vector<bool>& covered, Reporter& reporter);

/// Whether words `first`..`last` (indexes into DraftWords::words()) open their sentence as a
/// prepositional connective set off by a comma: "In other words,", "As a result,".
bool is_connective_opener(const DraftWords& words, std::uint32_t first, std::uint32_t last);

/// A verb of saying ("said", "told", "according"): a sentence opening with one reports speech.
bool is_reporting_verb(const DraftWords& words, const Word& word);

void check_rhetorical_repetitions(const DraftWords& words,
                                  const RhetoricalRepetitionOptions& options, Reporter& reporter);

} // namespace parallax::framing
