#pragma once
// Fixed words that the claims patterns start from, written in code rather than in lexicon files.
// The lexicon gives them bits in a token's Membership (lexicon::weasel_cues, group_quantifiers,
// vague_quantities, hedge_cues), so that a rule skips with one bit test the many tokens where none
// of its patterns can start.

#include <array>
#include <string_view>

namespace parallax::claims::pattern_words {

/// Participles that characterise when "as" follows: "comments criticized as racist".
inline constexpr std::array<std::string_view, 16> characterised_as = {
    "criticized", "criticised",    "described",     "regarded", "considered", "viewed",
    "perceived",  "characterized", "characterised", "labeled",  "labelled",   "branded",
    "touted",     "hailed",        "portrayed",     "dismissed"};

/// Adverbs before a participle that make it a view without its auxiliary: "widely held".
inline constexpr std::array<std::string_view, 16> participle_adverbs = {
    "widely",        "commonly",   "generally",    "popularly", "broadly", "universally",
    "often",         "frequently", "increasingly", "sometimes", "usually", "typically",
    "traditionally", "once",       "then",         "still"};

/// Words of a reputation: "a famous siege".
inline constexpr std::array<std::string_view, 5> renown_words = {"famous", "renowned", "notorious",
                                                                 "infamous", "reputed"};

/// Received belief as an agent: "conventional wisdom holds".
inline constexpr std::array<std::string_view, 5> received_nouns = {"wisdom", "belief", "opinion",
                                                                   "consensus", "view"};

/// The quantifiers that open a quantified group: "many parents", "some older fans".
inline constexpr std::array<std::string_view, 9> group_quantifiers = {
    "many", "some", "most", "several", "numerous", "various", "countless", "certain", "multiple"};

/// Quantifiers that leave a count vague: "many countries", "some of the assumptions". Not
/// "various": it asserts variety, not an unnamed number ("in various shapes and sizes",
/// "various options"). "Certain" as a determiner ("certain directors", "certain terms") keeps
/// its set unnamed just as "some" does; not "almost certain", "for certain", "a certain".
inline constexpr std::array<std::string_view, 7> vague_quantities = {
    "many", "some", "several", "numerous", "countless", "most", "certain"};

/// Other single words a weasel pattern starts from: "by many", "according to", "there are
/// concerns", "people who think", "known for".
inline constexpr std::array<std::string_view, 5> weasel_starts = {"by", "according", "there",
                                                                  "people", "known"};

/// Adverbs that hedge a statement of fact: "probably", "apparently".
inline constexpr std::array<std::string_view, 6> hedging_adverbs = {
    "probably", "possibly", "apparently", "presumably", "seemingly", "ostensibly"};

/// Adjectives of a hedged "that" clause: "it is likely that".
inline constexpr std::array<std::string_view, 4> hedging_adjectives = {"likely", "possible",
                                                                       "probable", "conceivable"};

/// Verbs of an impression: "seems to", "appeared that".
inline constexpr std::array<std::string_view, 6> impression_verbs = {
    "seem", "seems", "seemed", "appear", "appears", "appeared"};

/// Modals of a past possibility: "may have been".
inline constexpr std::array<std::string_view, 2> possibility_modals = {"may", "might"};

} // namespace parallax::claims::pattern_words
