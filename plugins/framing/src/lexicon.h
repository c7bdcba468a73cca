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
std::string_view framing_emotive_words();
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

/// A word that is no part of any lexicon phrase.
inline constexpr std::uint32_t kNoPhraseKey = UINT32_MAX;

/// What the lexicons say of one stem. A draft looks its distinct stems up once
/// (DraftWords::facts), not each occurrence.
struct StemFacts {
    /// The stem as a word of loaded-label and stock-phrase entries (PhraseMatcher), or
    /// kNoPhraseKey: equal keys are equal stems.
    std::uint32_t phrase_key = kNoPhraseKey;
    bool generic = false;         // lexicon::generic_stems()
    bool authority_label = false; // lexicon::authority_label_stems()
    bool neutral_label = false;   // lexicon::neutral_label_stems()
    bool reporting_verb = false;  // lexicon::reporting_verb_stems()
    bool emotive = false;         // an emotive stem
};

/// What the lexicons say of one case-folded form (possessive stripped).
struct FormFacts {
    /// The form as an "=form" word of loaded-label and stock-phrase entries, or kNoPhraseKey.
    std::uint32_t phrase_key = kNoPhraseKey;
    bool function = false; // lexicon::function_words()
    bool emotive = false;  // an emotive "=form" entry
};

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
/// Emotive words (rhetorical repetition), by stem...
const StemSet& emotive_stems();
/// ... and by exact case-folded form ("=ignorant": the stem would reach "ignore").
const StemSet& emotive_forms();

/// The facts of every stem and form that some lexicon lists (nothing for the others).
StemFacts stem_facts(std::string_view stem);
FormFacts form_facts(std::string_view form);
/// The phrase key of a stem, or of an "=form" word without its "=", in loaded-label and
/// stock-phrase entries; kNoPhraseKey for a word no entry has.
std::uint32_t phrase_stem_key(std::string_view stem);
std::uint32_t phrase_form_key(std::string_view form);

} // namespace lexicon
} // namespace parallax::framing
