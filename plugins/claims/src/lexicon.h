#pragma once
// Word classes the claims rules reason with. Each class is written as plain English words; a
// token belongs to a class when its Snowball stem equals the stem of one of the words (so that
// "argued", "argues" and "arguing" all match "argue"), or, for classes matched exactly, when its
// case-folded form is one of the words (nouns whose stem collides with a verb: "critics" and
// "criticized" share the stem "critic"). In a stemmed class, a word written "=word" is matched
// exactly, for verbs whose stem a common noun shares ("criticized" but not "criticisms").

#include "parallax/lexicon.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace parallax::claims {

namespace lexicon {
enum class Slot : std::uint8_t;
}

/// The sets of the lexicon below that a token belongs to, one bit per set: looked up once per
/// token (lexicon::membership), so that each test of the token against a set is a bit test
/// rather than a hash lookup.
struct Membership {
    std::uint64_t by_form = 0; // sets listing its case-folded form
    std::uint64_t by_stem = 0; // stemmed sets listing its stem
};

class WordSet {
public:
    enum class Match { Stem, Exact };
    /// From a lexicon file's text (see lexicon_entries).
    WordSet(Match match, std::string_view lexicon_text);
    WordSet(Match match, const std::vector<std::string_view>& words);
    /// A set of the lexicon below, with its slot in a Membership.
    WordSet(Match match, std::string_view lexicon_text, lexicon::Slot slot);

    bool contains(std::string_view folded, std::string_view stem) const;
    /// Whether contains(membership) answers for this set: it is one of the lexicon's sets.
    bool in_membership() const { return bit_ != 0; }
    /// For a set of the lexicon: whether a token with this membership belongs to it.
    bool contains(const Membership& membership) const;
    /// Adds this set's bit to the membership of each of its words.
    void add_to(StringMap<std::uint64_t>& by_form, StringMap<std::uint64_t>& by_stem) const;

private:
    Match match_;
    StringSet keys_;
    StringSet exact_;
    std::uint64_t bit_ = 0; // 0 for a set outside the lexicon
};

/// Phrases of a lexicon file, each as its case-folded words ("in response," is "in",
/// "response", ","). Matched against tokens by phrase_end (phrases.h).
class PhraseList {
public:
    explicit PhraseList(std::string_view lexicon_text);
    const std::vector<std::vector<std::string>>& phrases() const { return phrases_; }
    /// The phrases whose first word is `folded` (indexes into phrases()).
    std::span<const std::size_t> starting_with(std::string_view folded) const;

private:
    std::vector<std::vector<std::string>> phrases_;
    StringMap<std::vector<std::size_t>> by_first_word_;
};

namespace lexicon {

/// Which of the sets below a token with this case-folded form and stem belongs to.
Membership membership(std::string_view folded, std::string_view stem);

/// many, some, several, most, certain, various, numerous, few, other(s), multiple, ...
const WordSet& quantifiers();
/// Quantifiers that also stand alone as a vague agent: "some argue", "many fear".
const WordSet& quantifier_pronouns();
/// a, an, one, another: make a singular agent noun anonymous ("a senior official said").
const WordSet& singular_indefinites();
/// the, these, those, such, this, that, our: an agent noun after them points back to someone.
const WordSet& definite_determiners();
/// Agent nouns vague enough to stand bare: "critics say", "experts believe", "sources said".
const WordSet& bare_agents();
/// Agent nouns that are vague only with a quantifier or a place: "many countries", "voices in the
/// region", "people".
const WordSet& collective_agents();
/// Verbs of saying, believing and reacting: say, argue, believe, fear, warn, view, ...
const WordSet& opinion_verbs();
/// Adjectives of a held attitude after be/remain: concerned, skeptical, wary, divided, ...
const WordSet& opinion_adjectives();
/// Participles whose passive hides the holder of a view: "it is believed", "is said to".
const WordSet& hearsay_participles();
/// Participles that characterise: "is viewed as", "are framed as", "was criticized".
const WordSet& characterising_participles();
/// Opinion nouns a trigger leaves ownerless: "raising fears that", "amid assertions of".
const WordSet& opinion_nouns();
/// What introduces an ownerless opinion noun: raising, amid(st), despite, growing, ...
const WordSet& opinion_triggers();
/// Reactions: skepticism, resistance, criticism, backlash, debate, ...
const WordSet& reaction_nouns();
/// Verbs that receive a reaction: face, draw, spark, meet, attract, ...
const WordSet& reaction_verbs();
/// Nouns for unnamed reports: reports, rumours, accounts, studies.
const WordSet& report_nouns();
/// Modifiers that make a report unnamed: media, intelligence, unconfirmed, ...
const WordSet& report_modifiers();
/// reportedly, allegedly, purportedly, reputedly, supposedly.
const WordSet& hearsay_adverbs();
/// be, is, are, was, were, been, being.
const WordSet& be_forms();
/// Words that may sit between an agent and its verb: have, also, still, long, now, ...
const WordSet& verb_fillers();
/// could, might, may, would, can, will: a hedge.
const WordSet& hedge_modals();
/// must, should, ought, shall: a prescription.
const WordSet& prescription_modals();
/// Prepositions that place a collective: in, within, across, throughout, around, among.
const WordSet& place_prepositions();
/// Words that name who is meant after an agent: including, such (as), like, notably, led, ...
const WordSet& naming_links();
/// Verbs of saying used to detect a named source: say, tell, state, write, report, add, ...
const WordSet& saying_verbs();
/// he, she, they, it, we, I: a subject that refers back to someone already named.
const WordSet& pronouns();
/// Function words that end a noun phrase: and, but, or, that, which, who, to, of, ...
const WordSet& clause_words();

// Used by the sweeping-generalization, unsourced-specific and unsupported-cause rules.

/// perhaps, probably, likely, apparently, seem(s), appear(s): the author hedges.
const WordSet& hedges();
/// "I believe", "in my view": the author marks a view as opinion.
const PhraseList& opinion_markers();
/// countries, nations, peoples, governments, societies: subjects of a generalisation.
const WordSet& group_nouns();
/// region, continent, west: "the region" as one actor.
const WordSet& region_nouns();
/// Plural demonyms not ending in -ans: Chinese, Israelis, Arabs, Westerners, Muslims.
const WordSet& demonyms();
/// Western, Gulf, Arab, regional, developing: make a group noun a bloc.
const WordSet& place_adjectives();
/// often, always, generally, traditionally: a habitual predicate.
const WordSet& frequency_adverbs();
/// "led to", "giving rise to", "because of", "in response,": an asserted cause.
const PhraseList& cause_phrases();
/// "aims to", "seeks to", "to justify", "really meant": an asserted motive.
const PhraseList& motive_phrases();
/// ambitions, designs, agenda, intentions: a motive owned by an actor.
const WordSet& motive_nouns();
/// propagated, orchestrated, engineered (+ "by"): responsibility pinned on an agent.
const WordSet& responsibility_participles();
/// largest, biggest, worst, leading: a ranking.
const WordSet& superlatives();
/// million, billion, percent, %: a number that is a statistic.
const WordSet& scale_words();
/// years, days, decades, times: a number that is a time frame.
const WordSet& time_units();
/// two ... ninety, tens, hundreds, millions: number words that start a count.
const WordSet& number_words();
/// January ... December: a number next to one is a date.
const WordSet& months();
/// people, troops, casualties, civilians: a count of them is a statistic.
const WordSet& people_nouns();
/// "more than", "as high as", "only": a number presented as a measured quantity.
const PhraseList& approximation_markers();
/// eager, reluctant, determined: an inner attitude ("is not eager to tangle").
const WordSet& attitude_adjectives();
/// reflect, reveal, betray, signal: read a motive off an action.
const WordSet& revealing_verbs();
/// believe, think, argue, claim, fear: voicing a belief, which makes any group a source of it.
const WordSet& belief_verbs();
/// spoke, gushed, bellowed, quoted, sang: introduce someone's words (not a lexicon slot: only the
/// quotation check asks).
const WordSet& quoting_verbs();
/// adults, women, companies, universities, parties: people and institutions a generalisation may
/// be about, beyond the agents and groups above (not a lexicon slot).
const WordSet& people_and_institutions();
/// took, brought, made, fought: past tenses without "-ed" (not a lexicon slot).
const WordSet& irregular_past();

} // namespace lexicon
} // namespace parallax::claims
