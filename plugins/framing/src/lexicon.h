#pragma once
// The framing lexicons under plugins/data/lexicons/framing, embedded in the binary and parsed
// once: one entry per line, "#" starts a comment line.

#include "parallax/lexicon.h"
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace parallax::embedded {
std::string_view framing_authority_labels();
std::string_view framing_function_words();
std::string_view framing_generic_nouns();
std::string_view framing_loaded_labels();
std::string_view framing_modifier_endings();
std::string_view framing_neutral_labels();
std::string_view framing_stock_phrases();
std::string_view framing_reporting_verbs();
} // namespace parallax::embedded

namespace parallax::framing {

/// A lexicon entry of one or more words, as stems. Kept as written: "*" (any one word, or
/// none), "<name>" (a proper name) and "=word" (that exact case-folded form).
struct PhraseEntry {
    std::string text;               // as written in the lexicon
    std::vector<std::string> stems; // one per word; hyphens split words ("rules-based")
    std::vector<std::string> words; // the same words case-folded, possessive stripped ("today")
    std::uint32_t family = 0;       // entries on one line (variants split by " | ") share it
    /// Plainer wording an editor would put in its place, from "=> now | (delete)" after the
    /// entry: "" deletes the phrase; a "*" stands for the words the entry's "*" matched.
    std::vector<std::string> alternatives;
};

/// Searchable by std::string_view (no std::string built per lookup).
using StemSet = StringSet;

namespace lexicon {

/// Function words, by case-folded form: "the", "of", "rather", ...
const StemSet& function_words();
/// Generic nouns that with a name make an entity, not a frame: region, country, state, ...
const StemSet& generic_stems();
/// Endings of characterising words (adjectives, participles, verbs): al, ic, ive, ed, ing, ...
const std::vector<std::string>& modifier_endings();
/// Loaded labels for an authority: regime, dictatorship, junta.
const StemSet& authority_label_stems();
/// Neutral labels for an authority: government, administration, leadership, ...
const StemSet& neutral_label_stems();
/// Loaded labels: threat, hegemony, rules-based order, ...
const std::vector<PhraseEntry>& loaded_labels();
/// Verbs of saying, by stem: say, tell, write, add, report, according ...
const StemSet& reporting_verb_stems();
/// Stock phrases of commentary: at a critical juncture, navigating * complexities, ... with
/// their plainer alternatives.
const std::vector<PhraseEntry>& stock_phrases();

} // namespace lexicon
} // namespace parallax::framing
