#include "lexicon.h"

#include "pattern_words.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace parallax::embedded {
std::string_view claims_quantifiers();
std::string_view claims_quantifier_pronouns();
std::string_view claims_singular_indefinites();
std::string_view claims_definite_determiners();
std::string_view claims_bare_agents();
std::string_view claims_collective_agents();
std::string_view claims_opinion_verbs();
std::string_view claims_opinion_adjectives();
std::string_view claims_hearsay_participles();
std::string_view claims_characterising_participles();
std::string_view claims_opinion_nouns();
std::string_view claims_opinion_triggers();
std::string_view claims_reaction_nouns();
std::string_view claims_reaction_verbs();
std::string_view claims_report_nouns();
std::string_view claims_report_modifiers();
std::string_view claims_hearsay_adverbs();
std::string_view claims_be_forms();
std::string_view claims_verb_fillers();
std::string_view claims_hedge_modals();
std::string_view claims_prescription_modals();
std::string_view claims_place_prepositions();
std::string_view claims_naming_links();
std::string_view claims_saying_verbs();
std::string_view claims_pronouns();
std::string_view claims_clause_words();
std::string_view claims_hedges();
std::string_view claims_group_nouns();
std::string_view claims_region_nouns();
std::string_view claims_demonyms();
std::string_view claims_place_adjectives();
std::string_view claims_frequency_adverbs();
std::string_view claims_motive_nouns();
std::string_view claims_responsibility_participles();
std::string_view claims_superlatives();
std::string_view claims_scale_words();
std::string_view claims_time_units();
std::string_view claims_number_words();
std::string_view claims_months();
std::string_view claims_opinion_markers();
std::string_view claims_cause_phrases();
std::string_view claims_motive_phrases();
std::string_view claims_people_nouns();
std::string_view claims_approximation_markers();
std::string_view claims_attitude_adjectives();
std::string_view claims_revealing_verbs();
std::string_view claims_belief_verbs();
std::string_view claims_quoting_verbs();
std::string_view claims_irregular_past();
std::string_view claims_people_and_institutions();
} // namespace parallax::embedded

namespace parallax::claims {

WordSet::WordSet(Match match, std::string_view lexicon_text)
    : WordSet(match, lexicon_entries(lexicon_text)) {}

WordSet::WordSet(Match match, std::string_view lexicon_text, lexicon::Slot slot)
    : WordSet(match, lexicon_entries(lexicon_text)) {
    bit_ = std::uint64_t{1} << static_cast<unsigned>(slot);
}

WordSet::WordSet(Match match, const std::vector<std::string_view>& words, lexicon::Slot slot)
    : WordSet(match, words) {
    bit_ = std::uint64_t{1} << static_cast<unsigned>(slot);
}

WordSet::WordSet(Match match, const std::vector<std::string_view>& words) : match_(match) {
    Stemmer stemmer;
    for (std::string_view word : words) {
        if (word.starts_with('=')) {
            exact_.insert(std::string(word.substr(1)));
        } else {
            keys_.insert(match_ == Match::Stem ? stemmer.stem(word) : std::string(word));
        }
    }
}

bool WordSet::contains(std::string_view folded, std::string_view stem) const {
    const std::string_view key = match_ == Match::Stem ? stem : folded;
    if (!exact_.empty() && exact_.find(folded) != exact_.end()) {
        return true;
    }
    return !key.empty() && keys_.find(key) != keys_.end();
}

void WordSet::add_to(MembershipTable& table) const {
    for (const std::string& word : exact_) {
        table[word].by_form |= bit_;
    }
    for (const std::string& key : keys_) {
        MembershipBits& bits = table[key];
        (match_ == Match::Stem ? bits.by_stem : bits.by_form) |= bit_;
    }
}

PhraseList::PhraseList(std::string_view lexicon_text) {
    for (std::string_view entry : lexicon_entries(lexicon_text)) {
        std::vector<std::string> words;
        while (!entry.empty()) {
            const std::size_t space = entry.find(' ');
            std::string_view word = entry.substr(0, space);
            entry.remove_prefix(space == std::string_view::npos ? entry.size() : space + 1);
            if (word.size() > 1 && word.back() == ',') {
                words.emplace_back(word.substr(0, word.size() - 1));
                words.emplace_back(",");
            } else if (!word.empty()) {
                words.emplace_back(word);
            }
        }
        if (!words.empty()) {
            by_first_word_[words.front()].push_back(phrases_.size());
        }
        phrases_.push_back(std::move(words));
    }
}

PhraseList::PhraseList(std::string_view lexicon_text, lexicon::Slot slot)
    : PhraseList(lexicon_text) {
    bit_ = std::uint64_t{1} << static_cast<unsigned>(slot);
}

void PhraseList::add_to(MembershipTable& table) const {
    for (const std::vector<std::string>& phrase : phrases_) {
        if (!phrase.empty()) {
            table[phrase.front()].by_form |= bit_;
        }
    }
}

void PhraseList::add_continuations_to(MembershipTable& table, std::uint64_t second,
                                      std::uint64_t single) const {
    for (const std::vector<std::string>& phrase : phrases_) {
        if (phrase.size() == 1) {
            table[phrase.front()].by_form |= single;
        } else if (phrase.size() > 1) {
            table[phrase[1]].by_form |= second;
        }
    }
}

std::span<const std::size_t> PhraseList::starting_with(std::string_view folded) const {
    const auto it = by_first_word_.find(folded);
    if (it == by_first_word_.end()) {
        return {};
    }
    return it->second;
}

namespace lexicon {

using enum WordSet::Match;

/// Each set of the lexicon below has its own bit in a token's Membership.
enum class Slot : std::uint8_t {
    quantifiers,
    quantifier_pronouns,
    singular_indefinites,
    definite_determiners,
    bare_agents,
    collective_agents,
    opinion_verbs,
    opinion_adjectives,
    hearsay_participles,
    characterising_participles,
    opinion_nouns,
    opinion_triggers,
    reaction_nouns,
    reaction_verbs,
    report_nouns,
    report_modifiers,
    hearsay_adverbs,
    be_forms,
    verb_fillers,
    hedge_modals,
    prescription_modals,
    place_prepositions,
    naming_links,
    saying_verbs,
    pronouns,
    clause_words,
    hedges,
    group_nouns,
    region_nouns,
    demonyms,
    place_adjectives,
    frequency_adverbs,
    motive_nouns,
    responsibility_participles,
    superlatives,
    scale_words,
    time_units,
    number_words,
    months,
    people_nouns,
    attitude_adjectives,
    revealing_verbs,
    belief_verbs,
    quoting_verbs,
    people_and_institutions,
    irregular_past,
    opinion_markers, // phrase lists: the first words of their phrases
    cause_phrases,
    motive_phrases,
    approximation_markers,
    weasel_cues, // fixed words of pattern_words.h
    group_quantifiers,
    vague_quantities,
    hedge_cues,
    digit_led,              // no set: a form that starts with a digit ("2024", "1,500", "5th")
    demonym_shaped,         // no set: a form ending like a demonym ("-ans", "-landers")
    most_or_least,          // no set: "most" or "least", which grade an adjective into a ranking
    cause_phrase_seconds,   // the second words of the cause and motive phrases
    one_word_cause_phrases, // the cause and motive phrases of one word
    count
};
static_assert(static_cast<std::size_t>(Slot::count) <= 64, "a Membership mask holds 64 sets");

namespace detail {

const WordSet& quantifiers() {
    static const WordSet set(Exact, embedded::claims_quantifiers(), Slot::quantifiers);
    return set;
}

const WordSet& quantifier_pronouns() {
    static const WordSet set(Exact, embedded::claims_quantifier_pronouns(),
                             Slot::quantifier_pronouns);
    return set;
}

const WordSet& singular_indefinites() {
    static const WordSet set(Exact, embedded::claims_singular_indefinites(),
                             Slot::singular_indefinites);
    return set;
}

const WordSet& definite_determiners() {
    static const WordSet set(Exact, embedded::claims_definite_determiners(),
                             Slot::definite_determiners);
    return set;
}

const WordSet& bare_agents() {
    static const WordSet set(Exact, embedded::claims_bare_agents(), Slot::bare_agents);
    return set;
}

const WordSet& collective_agents() {
    static const WordSet set(Exact, embedded::claims_collective_agents(), Slot::collective_agents);
    return set;
}

const WordSet& opinion_verbs() {
    static const WordSet set(Stem, embedded::claims_opinion_verbs(), Slot::opinion_verbs);
    return set;
}

const WordSet& opinion_adjectives() {
    static const WordSet set(Exact, embedded::claims_opinion_adjectives(),
                             Slot::opinion_adjectives);
    return set;
}

const WordSet& hearsay_participles() {
    static const WordSet set(Exact, embedded::claims_hearsay_participles(),
                             Slot::hearsay_participles);
    return set;
}

const WordSet& characterising_participles() {
    static const WordSet set(Exact, embedded::claims_characterising_participles(),
                             Slot::characterising_participles);
    return set;
}

const WordSet& opinion_nouns() {
    static const WordSet set(Stem, embedded::claims_opinion_nouns(), Slot::opinion_nouns);
    return set;
}

const WordSet& opinion_triggers() {
    static const WordSet set(Exact, embedded::claims_opinion_triggers(), Slot::opinion_triggers);
    return set;
}

const WordSet& reaction_nouns() {
    static const WordSet set(Stem, embedded::claims_reaction_nouns(), Slot::reaction_nouns);
    return set;
}

const WordSet& reaction_verbs() {
    static const WordSet set(Stem, embedded::claims_reaction_verbs(), Slot::reaction_verbs);
    return set;
}

const WordSet& report_nouns() {
    static const WordSet set(Exact, embedded::claims_report_nouns(), Slot::report_nouns);
    return set;
}

const WordSet& report_modifiers() {
    static const WordSet set(Exact, embedded::claims_report_modifiers(), Slot::report_modifiers);
    return set;
}

const WordSet& hearsay_adverbs() {
    static const WordSet set(Exact, embedded::claims_hearsay_adverbs(), Slot::hearsay_adverbs);
    return set;
}

const WordSet& be_forms() {
    static const WordSet set(Exact, embedded::claims_be_forms(), Slot::be_forms);
    return set;
}

const WordSet& verb_fillers() {
    static const WordSet set(Exact, embedded::claims_verb_fillers(), Slot::verb_fillers);
    return set;
}

const WordSet& hedge_modals() {
    static const WordSet set(Exact, embedded::claims_hedge_modals(), Slot::hedge_modals);
    return set;
}

const WordSet& prescription_modals() {
    static const WordSet set(Exact, embedded::claims_prescription_modals(),
                             Slot::prescription_modals);
    return set;
}

const WordSet& place_prepositions() {
    static const WordSet set(Exact, embedded::claims_place_prepositions(),
                             Slot::place_prepositions);
    return set;
}

const WordSet& naming_links() {
    static const WordSet set(Exact, embedded::claims_naming_links(), Slot::naming_links);
    return set;
}

const WordSet& saying_verbs() {
    static const WordSet set(Stem, embedded::claims_saying_verbs(), Slot::saying_verbs);
    return set;
}

const WordSet& pronouns() {
    static const WordSet set(Exact, embedded::claims_pronouns(), Slot::pronouns);
    return set;
}

const WordSet& clause_words() {
    static const WordSet set(Exact, embedded::claims_clause_words(), Slot::clause_words);
    return set;
}

const WordSet& hedges() {
    static const WordSet set(Exact, embedded::claims_hedges(), Slot::hedges);
    return set;
}

const WordSet& group_nouns() {
    static const WordSet set(Exact, embedded::claims_group_nouns(), Slot::group_nouns);
    return set;
}

const WordSet& region_nouns() {
    static const WordSet set(Exact, embedded::claims_region_nouns(), Slot::region_nouns);
    return set;
}

const WordSet& demonyms() {
    static const WordSet set(Exact, embedded::claims_demonyms(), Slot::demonyms);
    return set;
}

const WordSet& place_adjectives() {
    static const WordSet set(Exact, embedded::claims_place_adjectives(), Slot::place_adjectives);
    return set;
}

const WordSet& frequency_adverbs() {
    static const WordSet set(Exact, embedded::claims_frequency_adverbs(), Slot::frequency_adverbs);
    return set;
}

const WordSet& motive_nouns() {
    static const WordSet set(Exact, embedded::claims_motive_nouns(), Slot::motive_nouns);
    return set;
}

const WordSet& responsibility_participles() {
    static const WordSet set(Exact, embedded::claims_responsibility_participles(),
                             Slot::responsibility_participles);
    return set;
}

const WordSet& superlatives() {
    static const WordSet set(Exact, embedded::claims_superlatives(), Slot::superlatives);
    return set;
}

const WordSet& scale_words() {
    static const WordSet set(Exact, embedded::claims_scale_words(), Slot::scale_words);
    return set;
}

const WordSet& time_units() {
    static const WordSet set(Exact, embedded::claims_time_units(), Slot::time_units);
    return set;
}

const WordSet& number_words() {
    static const WordSet set(Exact, embedded::claims_number_words(), Slot::number_words);
    return set;
}

const WordSet& months() {
    static const WordSet set(Exact, embedded::claims_months(), Slot::months);
    return set;
}

const PhraseList& opinion_markers() {
    static const PhraseList list(embedded::claims_opinion_markers(), Slot::opinion_markers);
    return list;
}

const PhraseList& cause_phrases() {
    static const PhraseList list(embedded::claims_cause_phrases(), Slot::cause_phrases);
    return list;
}

const PhraseList& motive_phrases() {
    static const PhraseList list(embedded::claims_motive_phrases(), Slot::motive_phrases);
    return list;
}

const WordSet& people_nouns() {
    static const WordSet set(Exact, embedded::claims_people_nouns(), Slot::people_nouns);
    return set;
}

const PhraseList& approximation_markers() {
    static const PhraseList list(embedded::claims_approximation_markers(),
                                 Slot::approximation_markers);
    return list;
}

const WordSet& attitude_adjectives() {
    static const WordSet set(Exact, embedded::claims_attitude_adjectives(),
                             Slot::attitude_adjectives);
    return set;
}

const WordSet& revealing_verbs() {
    static const WordSet set(Stem, embedded::claims_revealing_verbs(), Slot::revealing_verbs);
    return set;
}

const WordSet& belief_verbs() {
    static const WordSet set(Stem, embedded::claims_belief_verbs(), Slot::belief_verbs);
    return set;
}

const WordSet& quoting_verbs() {
    static const WordSet set(Stem, embedded::claims_quoting_verbs(), Slot::quoting_verbs);
    return set;
}

const WordSet& people_and_institutions() {
    static const WordSet set(Exact, embedded::claims_people_and_institutions(),
                             Slot::people_and_institutions);
    return set;
}

const WordSet& irregular_past() {
    static const WordSet set(Exact, embedded::claims_irregular_past(), Slot::irregular_past);
    return set;
}

/// A set of the words of the pattern word lists given (pattern_words.h), in slot `slot`.
template <typename... Lists> WordSet pattern_word_set(Slot slot, const Lists&... lists) {
    std::vector<std::string_view> words;
    (words.insert(words.end(), lists.begin(), lists.end()), ...);
    return WordSet(Exact, words, slot);
}

const WordSet& weasel_cues() {
    static const WordSet set = pattern_word_set(
        Slot::weasel_cues, pattern_words::characterised_as, pattern_words::participle_adverbs,
        pattern_words::renown_words, pattern_words::received_nouns, pattern_words::weasel_starts);
    return set;
}

const WordSet& group_quantifiers() {
    static const WordSet set =
        pattern_word_set(Slot::group_quantifiers, pattern_words::group_quantifiers);
    return set;
}

const WordSet& hedge_cues() {
    static const WordSet set = pattern_word_set(
        Slot::hedge_cues, pattern_words::hedging_adverbs, pattern_words::hedging_adjectives,
        pattern_words::impression_verbs, pattern_words::possibility_modals);
    return set;
}

const WordSet& vague_quantities() {
    static const WordSet set =
        pattern_word_set(Slot::vague_quantities, pattern_words::vague_quantities);
    return set;
}

} // namespace detail

namespace {

/// Adds the bit of the set or phrase list in `slot` to its words. A switch over every slot, so
/// that a slot added without its set here fails to compile (-Wswitch) rather than leaving the
/// set's bit unset in every Membership.
void add_slot(Slot slot, MembershipTable& table) {
    switch (slot) {
    case Slot::quantifiers:
        return quantifiers().add_to(table);
    case Slot::quantifier_pronouns:
        return quantifier_pronouns().add_to(table);
    case Slot::singular_indefinites:
        return singular_indefinites().add_to(table);
    case Slot::definite_determiners:
        return definite_determiners().add_to(table);
    case Slot::bare_agents:
        return bare_agents().add_to(table);
    case Slot::collective_agents:
        return collective_agents().add_to(table);
    case Slot::opinion_verbs:
        return opinion_verbs().add_to(table);
    case Slot::opinion_adjectives:
        return opinion_adjectives().add_to(table);
    case Slot::hearsay_participles:
        return hearsay_participles().add_to(table);
    case Slot::characterising_participles:
        return characterising_participles().add_to(table);
    case Slot::opinion_nouns:
        return opinion_nouns().add_to(table);
    case Slot::opinion_triggers:
        return opinion_triggers().add_to(table);
    case Slot::reaction_nouns:
        return reaction_nouns().add_to(table);
    case Slot::reaction_verbs:
        return reaction_verbs().add_to(table);
    case Slot::report_nouns:
        return report_nouns().add_to(table);
    case Slot::report_modifiers:
        return report_modifiers().add_to(table);
    case Slot::hearsay_adverbs:
        return hearsay_adverbs().add_to(table);
    case Slot::be_forms:
        return be_forms().add_to(table);
    case Slot::verb_fillers:
        return verb_fillers().add_to(table);
    case Slot::hedge_modals:
        return hedge_modals().add_to(table);
    case Slot::prescription_modals:
        return prescription_modals().add_to(table);
    case Slot::place_prepositions:
        return place_prepositions().add_to(table);
    case Slot::naming_links:
        return naming_links().add_to(table);
    case Slot::saying_verbs:
        return saying_verbs().add_to(table);
    case Slot::pronouns:
        return pronouns().add_to(table);
    case Slot::clause_words:
        return clause_words().add_to(table);
    case Slot::hedges:
        return hedges().add_to(table);
    case Slot::group_nouns:
        return group_nouns().add_to(table);
    case Slot::region_nouns:
        return region_nouns().add_to(table);
    case Slot::demonyms:
        return demonyms().add_to(table);
    case Slot::place_adjectives:
        return place_adjectives().add_to(table);
    case Slot::frequency_adverbs:
        return frequency_adverbs().add_to(table);
    case Slot::motive_nouns:
        return motive_nouns().add_to(table);
    case Slot::responsibility_participles:
        return responsibility_participles().add_to(table);
    case Slot::superlatives:
        return superlatives().add_to(table);
    case Slot::scale_words:
        return scale_words().add_to(table);
    case Slot::time_units:
        return time_units().add_to(table);
    case Slot::number_words:
        return number_words().add_to(table);
    case Slot::months:
        return months().add_to(table);
    case Slot::people_nouns:
        return people_nouns().add_to(table);
    case Slot::attitude_adjectives:
        return attitude_adjectives().add_to(table);
    case Slot::revealing_verbs:
        return revealing_verbs().add_to(table);
    case Slot::belief_verbs:
        return belief_verbs().add_to(table);
    case Slot::quoting_verbs:
        return quoting_verbs().add_to(table);
    case Slot::people_and_institutions:
        return people_and_institutions().add_to(table);
    case Slot::irregular_past:
        return irregular_past().add_to(table);
    case Slot::opinion_markers:
        return opinion_markers().add_to(table);
    case Slot::cause_phrases:
        return cause_phrases().add_to(table);
    case Slot::motive_phrases:
        return motive_phrases().add_to(table);
    case Slot::approximation_markers:
        return approximation_markers().add_to(table);
    case Slot::weasel_cues:
        return weasel_cues().add_to(table);
    case Slot::group_quantifiers:
        return group_quantifiers().add_to(table);
    case Slot::vague_quantities:
        return vague_quantities().add_to(table);
    case Slot::hedge_cues:
        return hedge_cues().add_to(table);
    case Slot::cause_phrase_seconds:
        cause_phrases().add_continuations_to(table, cause_phrase_seconds().sets,
                                             one_word_cause_phrases().sets);
        motive_phrases().add_continuations_to(table, cause_phrase_seconds().sets,
                                              one_word_cause_phrases().sets);
        return;
    case Slot::one_word_cause_phrases: // added with cause_phrase_seconds
    case Slot::digit_led:
    case Slot::demonym_shaped:
    case Slot::most_or_least:
    case Slot::count:
        return; // names no set
    }
}

/// For every word of the sets and phrase lists above, the sets it belongs to: by its case-folded
/// form (an exact set, a "=word" entry, the first word of a phrase) and by its stem (a stemmed
/// set). One table for both, so that a token whose stem is its form is looked up once.
const MembershipTable& membership_table() {
    static const MembershipTable table = [] {
        MembershipTable built;
        for (std::size_t slot = 0; slot < static_cast<std::size_t>(Slot::count); ++slot) {
            add_slot(static_cast<Slot>(slot), built);
        }
        return built;
    }();
    return table;
}

} // namespace

Membership cause_phrase_seconds() {
    return Membership{std::uint64_t{1} << static_cast<unsigned>(Slot::cause_phrase_seconds)};
}

Membership one_word_cause_phrases() {
    return Membership{std::uint64_t{1} << static_cast<unsigned>(Slot::one_word_cause_phrases)};
}

Membership digit_led() {
    return Membership{std::uint64_t{1} << static_cast<unsigned>(Slot::digit_led)};
}

Membership demonym_shaped() {
    return Membership{std::uint64_t{1} << static_cast<unsigned>(Slot::demonym_shaped)};
}

Membership most_or_least() {
    return Membership{std::uint64_t{1} << static_cast<unsigned>(Slot::most_or_least)};
}

Membership membership(std::string_view folded, std::string_view stem) {
    const MembershipTable& table = membership_table();
    Membership found;
    if (!folded.empty() && folded.front() >= '0' && folded.front() <= '9') {
        found.sets |= digit_led().sets;
    }
    if ((folded.size() > 4 && folded.ends_with("ans")) ||
        (folded.size() > 7 && folded.ends_with("landers"))) {
        found.sets |= demonym_shaped().sets;
    }
    if (folded == "most" || folded == "least") {
        found.sets |= most_or_least().sets;
    }
    const auto by_form = table.find(folded);
    if (by_form != table.end()) {
        found.sets |= by_form->second.by_form;
    }
    if (stem.empty()) {
        return found;
    }
    if (stem == folded) {
        if (by_form != table.end()) {
            found.sets |= by_form->second.by_stem;
        }
    } else if (const auto by_stem = table.find(stem); by_stem != table.end()) {
        found.sets |= by_stem->second.by_stem;
    }
    return found;
}

} // namespace lexicon
} // namespace parallax::claims
