#include "lexicon.h"

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
} // namespace parallax::embedded

namespace parallax::claims {

WordSet::WordSet(Match match, std::string_view lexicon_text)
    : WordSet(match, lexicon_entries(lexicon_text)) {}

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
    if (exact_.contains(std::string(folded))) {
        return true;
    }
    return !key.empty() && keys_.contains(std::string(key));
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
        phrases_.push_back(std::move(words));
    }
}

namespace lexicon {

using enum WordSet::Match;

const WordSet& quantifiers() {
    static const WordSet set(Exact, embedded::claims_quantifiers());
    return set;
}

const WordSet& quantifier_pronouns() {
    static const WordSet set(Exact, embedded::claims_quantifier_pronouns());
    return set;
}

const WordSet& singular_indefinites() {
    static const WordSet set(Exact, embedded::claims_singular_indefinites());
    return set;
}

const WordSet& definite_determiners() {
    static const WordSet set(Exact, embedded::claims_definite_determiners());
    return set;
}

const WordSet& bare_agents() {
    static const WordSet set(Exact, embedded::claims_bare_agents());
    return set;
}

const WordSet& collective_agents() {
    static const WordSet set(Exact, embedded::claims_collective_agents());
    return set;
}

const WordSet& opinion_verbs() {
    static const WordSet set(Stem, embedded::claims_opinion_verbs());
    return set;
}

const WordSet& opinion_adjectives() {
    static const WordSet set(Exact, embedded::claims_opinion_adjectives());
    return set;
}

const WordSet& hearsay_participles() {
    static const WordSet set(Exact, embedded::claims_hearsay_participles());
    return set;
}

const WordSet& characterising_participles() {
    static const WordSet set(Exact, embedded::claims_characterising_participles());
    return set;
}

const WordSet& opinion_nouns() {
    static const WordSet set(Stem, embedded::claims_opinion_nouns());
    return set;
}

const WordSet& opinion_triggers() {
    static const WordSet set(Exact, embedded::claims_opinion_triggers());
    return set;
}

const WordSet& reaction_nouns() {
    static const WordSet set(Stem, embedded::claims_reaction_nouns());
    return set;
}

const WordSet& reaction_verbs() {
    static const WordSet set(Stem, embedded::claims_reaction_verbs());
    return set;
}

const WordSet& report_nouns() {
    static const WordSet set(Exact, embedded::claims_report_nouns());
    return set;
}

const WordSet& report_modifiers() {
    static const WordSet set(Exact, embedded::claims_report_modifiers());
    return set;
}

const WordSet& hearsay_adverbs() {
    static const WordSet set(Exact, embedded::claims_hearsay_adverbs());
    return set;
}

const WordSet& be_forms() {
    static const WordSet set(Exact, embedded::claims_be_forms());
    return set;
}

const WordSet& verb_fillers() {
    static const WordSet set(Exact, embedded::claims_verb_fillers());
    return set;
}

const WordSet& hedge_modals() {
    static const WordSet set(Exact, embedded::claims_hedge_modals());
    return set;
}

const WordSet& prescription_modals() {
    static const WordSet set(Exact, embedded::claims_prescription_modals());
    return set;
}

const WordSet& place_prepositions() {
    static const WordSet set(Exact, embedded::claims_place_prepositions());
    return set;
}

const WordSet& naming_links() {
    static const WordSet set(Exact, embedded::claims_naming_links());
    return set;
}

const WordSet& saying_verbs() {
    static const WordSet set(Stem, embedded::claims_saying_verbs());
    return set;
}

const WordSet& pronouns() {
    static const WordSet set(Exact, embedded::claims_pronouns());
    return set;
}

const WordSet& clause_words() {
    static const WordSet set(Exact, embedded::claims_clause_words());
    return set;
}

const WordSet& hedges() {
    static const WordSet set(Exact, embedded::claims_hedges());
    return set;
}

const WordSet& group_nouns() {
    static const WordSet set(Exact, embedded::claims_group_nouns());
    return set;
}

const WordSet& region_nouns() {
    static const WordSet set(Exact, embedded::claims_region_nouns());
    return set;
}

const WordSet& demonyms() {
    static const WordSet set(Exact, embedded::claims_demonyms());
    return set;
}

const WordSet& place_adjectives() {
    static const WordSet set(Exact, embedded::claims_place_adjectives());
    return set;
}

const WordSet& frequency_adverbs() {
    static const WordSet set(Exact, embedded::claims_frequency_adverbs());
    return set;
}

const WordSet& motive_nouns() {
    static const WordSet set(Exact, embedded::claims_motive_nouns());
    return set;
}

const WordSet& responsibility_participles() {
    static const WordSet set(Exact, embedded::claims_responsibility_participles());
    return set;
}

const WordSet& superlatives() {
    static const WordSet set(Exact, embedded::claims_superlatives());
    return set;
}

const WordSet& scale_words() {
    static const WordSet set(Exact, embedded::claims_scale_words());
    return set;
}

const WordSet& time_units() {
    static const WordSet set(Exact, embedded::claims_time_units());
    return set;
}

const WordSet& number_words() {
    static const WordSet set(Exact, embedded::claims_number_words());
    return set;
}

const WordSet& months() {
    static const WordSet set(Exact, embedded::claims_months());
    return set;
}

const PhraseList& opinion_markers() {
    static const PhraseList list(embedded::claims_opinion_markers());
    return list;
}

const PhraseList& cause_phrases() {
    static const PhraseList list(embedded::claims_cause_phrases());
    return list;
}

const PhraseList& motive_phrases() {
    static const PhraseList list(embedded::claims_motive_phrases());
    return list;
}

const WordSet& people_nouns() {
    static const WordSet set(Exact, embedded::claims_people_nouns());
    return set;
}

const PhraseList& approximation_markers() {
    static const PhraseList list(embedded::claims_approximation_markers());
    return list;
}

const WordSet& attitude_adjectives() {
    static const WordSet set(Exact, embedded::claims_attitude_adjectives());
    return set;
}

const WordSet& revealing_verbs() {
    static const WordSet set(Stem, embedded::claims_revealing_verbs());
    return set;
}

} // namespace lexicon
} // namespace parallax::claims
