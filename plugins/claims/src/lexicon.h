#pragma once
// Word classes the claims rules reason with. Each class is written as plain English words; a
// token belongs to a class when its Snowball stem equals the stem of one of the words (so that
// "argued", "argues" and "arguing" all match "argue"), or, for classes matched exactly, when its
// case-folded form is one of the words (nouns whose stem collides with a verb: "critics" and
// "criticized" share the stem "critic"). In a stemmed class, a word written "=word" is matched
// exactly, for verbs whose stem a common noun shares ("criticized" but not "criticisms").

#include "parallax/lexicon.h"

#include <tsl/robin_map.h>
#include <tsl/robin_set.h>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace parallax::claims {

namespace lexicon {
enum class Slot : std::uint8_t;
}

/// The sets and phrase lists of the lexicon below that a token belongs to, one bit per set:
/// looked up once per token (lexicon::membership), so that each test of the token against a set
/// is a bit test rather than a hash lookup. For a phrase list, the bit says that some phrase of
/// the list starts with the token's case-folded form.
struct Membership {
    std::uint64_t sets = 0;
};

/// A string set for the lexicon's words: open addressing (no node per word) with the hash kept
/// beside each word, so that a miss rarely compares strings. Searchable by std::string_view.
using WordTable =
    tsl::robin_set<std::string, StringHash, std::equal_to<>, std::allocator<std::string>, true>;

/// For each word of the lexicon, the sets it belongs to (see lexicon::membership).
struct MembershipBits {
    std::uint64_t by_form = 0; // sets listing the word as a case-folded form
    std::uint64_t by_stem = 0; // stemmed sets listing the word as a stem
};
using MembershipTable =
    tsl::robin_map<std::string, MembershipBits, StringHash, std::equal_to<>,
                   std::allocator<std::pair<std::string, MembershipBits>>, true>;

class WordSet {
public:
    enum class Match { Stem, Exact };
    /// From a lexicon file's text (see lexicon_entries).
    WordSet(Match match, std::string_view lexicon_text);
    WordSet(Match match, const std::vector<std::string_view>& words);
    /// A set of the lexicon below, with its slot in a Membership.
    WordSet(Match match, std::string_view lexicon_text, lexicon::Slot slot);
    WordSet(Match match, const std::vector<std::string_view>& words, lexicon::Slot slot);

    bool contains(std::string_view folded, std::string_view stem) const;
    /// Whether contains(membership) answers for this set: it is one of the lexicon's sets.
    bool in_membership() const { return bit_ != 0; }
    /// For a set of the lexicon: whether a token with this membership belongs to it.
    bool contains(const Membership& membership) const { return (membership.sets & bit_) != 0; }
    /// For a set of the lexicon: the membership of a token in this set alone.
    Membership as_membership() const { return Membership{bit_}; }
    /// Adds this set's bit to the membership of each of its words.
    void add_to(MembershipTable& table) const;

private:
    Match match_;
    WordTable keys_;
    WordTable exact_;
    std::uint64_t bit_ = 0; // 0 for a set outside the lexicon
};

/// Sets of the lexicon as one mask: SentenceWords::in_any tests a token against all of them with
/// one bit test. Each must be a set of the lexicon (in_membership()).
inline Membership union_of(std::initializer_list<const WordSet*> sets) {
    Membership all;
    for (const WordSet* set : sets) {
        all.sets |= set->as_membership().sets;
    }
    return all;
}

/// Phrases of a lexicon file, each as its case-folded words ("in response," is "in",
/// "response", ","). Matched against tokens by phrase_end (phrases.h).
class PhraseList {
public:
    explicit PhraseList(std::string_view lexicon_text);
    /// A list of the lexicon below, with its slot in a Membership.
    PhraseList(std::string_view lexicon_text, lexicon::Slot slot);
    const std::vector<std::vector<std::string>>& phrases() const { return phrases_; }
    /// The phrases whose first word is `folded` (indexes into phrases()).
    std::span<const std::size_t> starting_with(std::string_view folded) const;
    /// False when no phrase can start with a token of this membership; true when one may (and
    /// always for a list outside the lexicon).
    bool may_start(const Membership& membership) const {
        return bit_ == 0 || (membership.sets & bit_) != 0;
    }
    /// For a list of the lexicon: the membership of a token that may start one of its phrases
    /// (for SentenceWords::in_any and any_in).
    Membership as_membership() const { return Membership{bit_}; }
    /// Adds this list's bit to the membership of the first word of each phrase.
    void add_to(MembershipTable& table) const;
    /// Adds `second` to the membership of the second word of each phrase, and `single` to the
    /// word of each one-word phrase.
    void add_continuations_to(MembershipTable& table, std::uint64_t second,
                              std::uint64_t single) const;

private:
    std::vector<std::vector<std::string>> phrases_;
    tsl::robin_map<std::string, std::vector<std::size_t>, StringHash, std::equal_to<>>
        by_first_word_;
    std::uint64_t bit_ = 0; // 0 for a list outside the lexicon
};

namespace lexicon {

namespace detail {

// The sets and phrase lists below, built on first use (lexicon.cpp).
const WordSet& quantifiers();
const WordSet& quantifier_pronouns();
const WordSet& singular_indefinites();
const WordSet& definite_determiners();
const WordSet& bare_agents();
const WordSet& collective_agents();
const WordSet& opinion_verbs();
const WordSet& opinion_adjectives();
const WordSet& hearsay_participles();
const WordSet& characterising_participles();
const WordSet& opinion_nouns();
const WordSet& opinion_triggers();
const WordSet& reaction_nouns();
const WordSet& reaction_verbs();
const WordSet& report_nouns();
const WordSet& report_modifiers();
const WordSet& hearsay_adverbs();
const WordSet& be_forms();
const WordSet& verb_fillers();
const WordSet& hedge_modals();
const WordSet& prescription_modals();
const WordSet& place_prepositions();
const WordSet& naming_links();
const WordSet& saying_verbs();
const WordSet& pronouns();
const WordSet& clause_words();
const WordSet& hedges();
const PhraseList& opinion_markers();
const WordSet& group_nouns();
const WordSet& region_nouns();
const WordSet& demonyms();
const WordSet& place_adjectives();
const WordSet& frequency_adverbs();
const PhraseList& cause_phrases();
const PhraseList& motive_phrases();
const WordSet& motive_nouns();
const WordSet& responsibility_participles();
const WordSet& superlatives();
const WordSet& scale_words();
const WordSet& time_units();
const WordSet& number_words();
const WordSet& months();
const WordSet& people_nouns();
const PhraseList& approximation_markers();
const WordSet& attitude_adjectives();
const WordSet& revealing_verbs();
const WordSet& belief_verbs();
const WordSet& quoting_verbs();
const WordSet& people_and_institutions();
const WordSet& irregular_past();
const WordSet& weasel_cues();
const WordSet& group_quantifiers();
const WordSet& vague_quantities();
const WordSet& hedge_cues();

/// Keeps the reference `load` returns, so that an accessor called in a hot loop costs an inline
/// check of a guard rather than a call into another translation unit.
template <auto load> const auto& kept() {
    static const auto& value = load();
    return value;
}

} // namespace detail

/// Which of the sets below a token with this case-folded form and stem belongs to, with the bits
/// of the forms below (digit_led, demonym_shaped, most_or_least, the cause phrases' words).
Membership membership(std::string_view folded, std::string_view stem);
/// The bit of a Membership for a form that starts with a digit: case folding keeps a leading
/// digit, so a token whose text starts with one has it.
Membership digit_led();
/// The bit of a Membership for a form that ends like a demonym the demonyms set does not list:
/// "-ans" ("Europeans"), "-landers" ("Icelanders").
Membership demonym_shaped();
/// The bit of a Membership for "most" and "least".
Membership most_or_least();
/// The bit of a Membership for the second word of a cause or motive phrase ("to" of "led to",
/// "rise" of "gave rise to"): a phrase of two words or more starts only before one.
Membership cause_phrase_seconds();
/// The bit of a Membership for a cause or motive phrase of one word ("caused", "enabled").
Membership one_word_cause_phrases();

/// many, some, several, most, certain, various, numerous, few, other(s), multiple, ...
inline const WordSet& quantifiers() {
    return detail::kept<&detail::quantifiers>();
}
/// Quantifiers that also stand alone as a vague agent: "some argue", "many fear".
inline const WordSet& quantifier_pronouns() {
    return detail::kept<&detail::quantifier_pronouns>();
}
/// a, an, one, another: make a singular agent noun anonymous ("a senior official said").
inline const WordSet& singular_indefinites() {
    return detail::kept<&detail::singular_indefinites>();
}
/// the, these, those, such, this, that, our: an agent noun after them points back to someone.
inline const WordSet& definite_determiners() {
    return detail::kept<&detail::definite_determiners>();
}
/// Agent nouns vague enough to stand bare: "critics say", "experts believe", "sources said".
inline const WordSet& bare_agents() {
    return detail::kept<&detail::bare_agents>();
}
/// Agent nouns that are vague only with a quantifier or a place: "many countries", "voices in the
/// region", "people".
inline const WordSet& collective_agents() {
    return detail::kept<&detail::collective_agents>();
}
/// Verbs of saying, believing and reacting: say, argue, believe, fear, warn, view, ...
inline const WordSet& opinion_verbs() {
    return detail::kept<&detail::opinion_verbs>();
}
/// Adjectives of a held attitude after be/remain: concerned, skeptical, wary, divided, ...
inline const WordSet& opinion_adjectives() {
    return detail::kept<&detail::opinion_adjectives>();
}
/// Participles whose passive hides the holder of a view: "it is believed", "is said to".
inline const WordSet& hearsay_participles() {
    return detail::kept<&detail::hearsay_participles>();
}
/// Participles that characterise: "is viewed as", "are framed as", "was criticized".
inline const WordSet& characterising_participles() {
    return detail::kept<&detail::characterising_participles>();
}
/// Opinion nouns a trigger leaves ownerless: "raising fears that", "amid assertions of".
inline const WordSet& opinion_nouns() {
    return detail::kept<&detail::opinion_nouns>();
}
/// What introduces an ownerless opinion noun: raising, amid(st), despite, growing, ...
inline const WordSet& opinion_triggers() {
    return detail::kept<&detail::opinion_triggers>();
}
/// Reactions: skepticism, resistance, criticism, backlash, debate, ...
inline const WordSet& reaction_nouns() {
    return detail::kept<&detail::reaction_nouns>();
}
/// Verbs that receive a reaction: face, draw, spark, meet, attract, ...
inline const WordSet& reaction_verbs() {
    return detail::kept<&detail::reaction_verbs>();
}
/// Nouns for unnamed reports: reports, rumours, accounts, studies.
inline const WordSet& report_nouns() {
    return detail::kept<&detail::report_nouns>();
}
/// Modifiers that make a report unnamed: media, intelligence, unconfirmed, ...
inline const WordSet& report_modifiers() {
    return detail::kept<&detail::report_modifiers>();
}
/// reportedly, allegedly, purportedly, reputedly, supposedly.
inline const WordSet& hearsay_adverbs() {
    return detail::kept<&detail::hearsay_adverbs>();
}
/// be, is, are, was, were, been, being.
inline const WordSet& be_forms() {
    return detail::kept<&detail::be_forms>();
}
/// Words that may sit between an agent and its verb: have, also, still, long, now, ...
inline const WordSet& verb_fillers() {
    return detail::kept<&detail::verb_fillers>();
}
/// could, might, may, would, can, will: a hedge.
inline const WordSet& hedge_modals() {
    return detail::kept<&detail::hedge_modals>();
}
/// must, should, ought, shall: a prescription.
inline const WordSet& prescription_modals() {
    return detail::kept<&detail::prescription_modals>();
}
/// Prepositions that place a collective: in, within, across, throughout, around, among.
inline const WordSet& place_prepositions() {
    return detail::kept<&detail::place_prepositions>();
}
/// Words that name who is meant after an agent: including, such (as), like, notably, led, ...
inline const WordSet& naming_links() {
    return detail::kept<&detail::naming_links>();
}
/// Verbs of saying used to detect a named source: say, tell, state, write, report, add, ...
inline const WordSet& saying_verbs() {
    return detail::kept<&detail::saying_verbs>();
}
/// he, she, they, it, we, I: a subject that refers back to someone already named.
inline const WordSet& pronouns() {
    return detail::kept<&detail::pronouns>();
}
/// Function words that end a noun phrase: and, but, or, that, which, who, to, of, ...
inline const WordSet& clause_words() {
    return detail::kept<&detail::clause_words>();
}

// Used by the sweeping-generalization, unsourced-specific and unsupported-cause rules.

/// perhaps, probably, likely, apparently, seem(s), appear(s): the author hedges.
inline const WordSet& hedges() {
    return detail::kept<&detail::hedges>();
}
/// "I believe", "in my view": the author marks a view as opinion.
inline const PhraseList& opinion_markers() {
    return detail::kept<&detail::opinion_markers>();
}
/// countries, nations, peoples, governments, societies: subjects of a generalisation.
inline const WordSet& group_nouns() {
    return detail::kept<&detail::group_nouns>();
}
/// region, continent, west: "the region" as one actor.
inline const WordSet& region_nouns() {
    return detail::kept<&detail::region_nouns>();
}
/// Plural demonyms not ending in -ans: Chinese, Israelis, Arabs, Westerners, Muslims.
inline const WordSet& demonyms() {
    return detail::kept<&detail::demonyms>();
}
/// Western, Gulf, Arab, regional, developing: make a group noun a bloc.
inline const WordSet& place_adjectives() {
    return detail::kept<&detail::place_adjectives>();
}
/// often, always, generally, traditionally: a habitual predicate.
inline const WordSet& frequency_adverbs() {
    return detail::kept<&detail::frequency_adverbs>();
}
/// "led to", "giving rise to", "because of", "in response,": an asserted cause.
inline const PhraseList& cause_phrases() {
    return detail::kept<&detail::cause_phrases>();
}
/// "aims to", "seeks to", "to justify", "really meant": an asserted motive.
inline const PhraseList& motive_phrases() {
    return detail::kept<&detail::motive_phrases>();
}
/// ambitions, designs, agenda, intentions: a motive owned by an actor.
inline const WordSet& motive_nouns() {
    return detail::kept<&detail::motive_nouns>();
}
/// propagated, orchestrated, engineered (+ "by"): responsibility pinned on an agent.
inline const WordSet& responsibility_participles() {
    return detail::kept<&detail::responsibility_participles>();
}
/// largest, biggest, worst, leading: a ranking.
inline const WordSet& superlatives() {
    return detail::kept<&detail::superlatives>();
}
/// million, billion, percent, %: a number that is a statistic.
inline const WordSet& scale_words() {
    return detail::kept<&detail::scale_words>();
}
/// years, days, decades, times: a number that is a time frame.
inline const WordSet& time_units() {
    return detail::kept<&detail::time_units>();
}
/// two ... ninety, tens, hundreds, millions: number words that start a count.
inline const WordSet& number_words() {
    return detail::kept<&detail::number_words>();
}
/// January ... December: a number next to one is a date.
inline const WordSet& months() {
    return detail::kept<&detail::months>();
}
/// people, troops, casualties, civilians: a count of them is a statistic.
inline const WordSet& people_nouns() {
    return detail::kept<&detail::people_nouns>();
}
/// "more than", "as high as", "only": a number presented as a measured quantity.
inline const PhraseList& approximation_markers() {
    return detail::kept<&detail::approximation_markers>();
}
/// eager, reluctant, determined: an inner attitude ("is not eager to tangle").
inline const WordSet& attitude_adjectives() {
    return detail::kept<&detail::attitude_adjectives>();
}
/// reflect, reveal, betray, signal: read a motive off an action.
inline const WordSet& revealing_verbs() {
    return detail::kept<&detail::revealing_verbs>();
}
/// believe, think, argue, claim, fear: voicing a belief, which makes any group a source of it.
inline const WordSet& belief_verbs() {
    return detail::kept<&detail::belief_verbs>();
}
/// spoke, gushed, bellowed, quoted, sang: introduce someone's words.
inline const WordSet& quoting_verbs() {
    return detail::kept<&detail::quoting_verbs>();
}
/// adults, women, companies, universities, parties: people and institutions a generalisation may
/// be about, beyond the agents and groups above.
inline const WordSet& people_and_institutions() {
    return detail::kept<&detail::people_and_institutions>();
}
/// took, brought, made, fought: past tenses without "-ed".
inline const WordSet& irregular_past() {
    return detail::kept<&detail::irregular_past>();
}
/// Fixed words of pattern_words.h that weasel patterns start from ("by", "according",
/// "widely", "famous", ...).
inline const WordSet& weasel_cues() {
    return detail::kept<&detail::weasel_cues>();
}
/// many, some, most, several, ...: the quantifiers that open a quantified group.
inline const WordSet& group_quantifiers() {
    return detail::kept<&detail::group_quantifiers>();
}
/// probably, likely, seems, may, ...: the words a hedged assertion starts from.
inline const WordSet& hedge_cues() {
    return detail::kept<&detail::hedge_cues>();
}
/// many, some, several, ...: the quantifiers that leave a count vague.
inline const WordSet& vague_quantities() {
    return detail::kept<&detail::vague_quantities>();
}

} // namespace lexicon
} // namespace parallax::claims
