#pragma once
// The framing lexicons under plugins/data/lexicons/framing, embedded in the binary and parsed
// once: one entry per line, "#" starts a comment line.

#include "id_table.h"

#include "parallax/lexicon.h"

#include <bitset>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace parallax::embedded {
std::string_view framing_authority_labels();
std::string_view framing_function_words();
std::string_view framing_generic_nouns();
std::string_view framing_judging_labels();
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
    /// A label that judges at every use (judging_labels.txt), not only when repeated.
    bool judging = false;
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
    bool opens_phrase = false;    // the first word of some such entry
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
    bool opens_phrase = false;  // the first word of some such entry
    bool function = false;      // lexicon::function_words()
    bool emotive = false;       // an emotive "=form" entry
    bool neutral_label = false; // lexicon::neutral_label_forms()
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
/// Neutral labels for an authority: government, cabinet, ... by stem...
const StemSet& neutral_label_stems();
/// ... and by exact case-folded form ("=authorities": the stem would reach "authorize").
const StemSet& neutral_label_forms();
/// Loaded labels: threat, hegemony, rules-based order, ... then the judging labels (thug,
/// disgraceful, witch hunt, ...), each family numbered after the last loaded one.
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

/// Every stem and form some lexicon lists, with its facts: built once (vocabulary()), then
/// read by every draft, for every distinct word.
class Vocabulary {
public:
    /// The facts of a stem or form (nothing for one no lexicon lists); `hash` is
    /// IdTable<std::string_view>::hash() of the word.
    StemFacts stem(std::string_view stem, std::uint64_t hash) const {
        if (!stem_filter_.test(filter_bit(hash))) {
            return {};
        }
        const std::uint32_t id = stems_.find(stem, hash);
        return id == IdTable<std::string_view>::kNone ? StemFacts{} : stem_facts_[id];
    }
    FormFacts form(std::string_view form, std::uint64_t hash) const {
        if (!form_filter_.test(filter_bit(hash))) {
            return {};
        }
        const std::uint32_t id = forms_.find(form, hash);
        return id == IdTable<std::string_view>::kNone ? FormFacts{} : form_facts_[id];
    }

    /// The facts of a listed word, to fill in (the word's bytes must outlive the vocabulary).
    StemFacts& add_stem(std::string_view stem) {
        const std::uint64_t hash = IdTable<std::string_view>::hash(stem);
        const auto [id, added] = stems_.insert(stem, hash);
        if (added) {
            stem_facts_.emplace_back();
            stem_filter_.set(filter_bit(hash));
        }
        return stem_facts_[id];
    }
    FormFacts& add_form(std::string_view form) {
        const std::uint64_t hash = IdTable<std::string_view>::hash(form);
        const auto [id, added] = forms_.insert(form, hash);
        if (added) {
            form_facts_.emplace_back();
            form_filter_.set(filter_bit(hash));
        }
        return form_facts_[id];
    }

private:
    /// A bit per hash of a listed word (a Bloom filter of one hash function): most words of a
    /// draft are in no lexicon, and one clear bit says so without probing the table.
    static constexpr unsigned kFilterBits = 14; // 16 Kbit: 2 KB per filter
    using Filter = std::bitset<std::size_t{1} << kFilterBits>;
    /// The hash's top bits: its low bits pick the tables' buckets.
    static std::size_t filter_bit(std::uint64_t hash) { return hash >> (64U - kFilterBits); }

    IdTable<std::string_view> stems_;
    std::vector<StemFacts> stem_facts_; // by id in stems_
    Filter stem_filter_;
    IdTable<std::string_view> forms_;
    std::vector<FormFacts> form_facts_; // by id in forms_
    Filter form_filter_;
};

/// The vocabulary of the framing lexicons (the loaded labels, stock phrases and word lists
/// above), built on first use.
const Vocabulary& vocabulary();

/// The facts of every stem and form that some lexicon lists (nothing for the others). `hash`,
/// when given, is IdTable<std::string_view>::hash() of the word: a draft hashes each once.
StemFacts stem_facts(std::string_view stem);
StemFacts stem_facts(std::string_view stem, std::uint64_t hash);
FormFacts form_facts(std::string_view form);
FormFacts form_facts(std::string_view form, std::uint64_t hash);
/// The phrase key of a stem, or of an "=form" word without its "=", in loaded-label and
/// stock-phrase entries; kNoPhraseKey for a word no entry has.
std::uint32_t phrase_stem_key(std::string_view stem);
std::uint32_t phrase_form_key(std::string_view form);

} // namespace lexicon
} // namespace parallax::framing
