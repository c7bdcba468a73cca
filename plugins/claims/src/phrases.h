#pragma once
// Phrase-level building blocks shared by the claims rules: vague agents ("many within the
// region", "critics", "some analysts"), names that follow an agent ("including Senator X"),
// adverbs and fillers between a subject and its verb.

#include "sentence_words.h"

#include <cstddef>

namespace parallax::claims {

/// Token indexes [first, last] of a phrase; empty when first < 0.
struct Phrase {
    std::ptrdiff_t first = -1;
    std::ptrdiff_t last = -1;
    std::ptrdiff_t head = -1; // the agent noun or the standing-alone quantifier
    explicit operator bool() const { return first >= 0; }
};

/// A "-ly" adverb such as "widely" or "increasingly".
bool is_adverb(const SentenceWords& s, std::ptrdiff_t i);

/// Index of the first token at or after `i` that is neither an adverb nor a filler word
/// ("have", "also", "long", ...), looking at most `limit` tokens ahead.
std::ptrdiff_t skip_fillers(const SentenceWords& s, std::ptrdiff_t i, int limit = 4);

/// A vague agent starting at token `i`: a quantified agent ("many countries", "some analysts",
/// "a senior official", "most South Koreans"), a bare plural agent ("critics", "experts"), a
/// quantifier standing alone ("some", "many within the region") or a collective placed
/// somewhere ("countries in the region"). Place and "of" qualifiers are part of the phrase.
Phrase vague_agent_at(const SentenceWords& s, std::ptrdiff_t i);

/// A plural noun: "parents", "collectors", "men". Lowercase words only; names are not groups.
bool plural_noun(const SentenceWords& s, std::ptrdiff_t i);

/// A plural noun for people, peoples, countries or institutions: what a generalisation in
/// GUIDELINES §1 is about. The lexicons' agents, groups and demonyms, curated institutions
/// ("companies", "universities"), and agent suffixes ("consumers", "colonists", "historians").
/// Not "cases", "species", "designs": a proportion of things is no claim about a group.
bool names_people(const SentenceWords& s, std::ptrdiff_t i);

/// "many parents", "some older fans", "most collectors": a quantified group, whatever its noun
/// (vague_agent_at knows only the nouns of agents). Not "as many", "the most", "so many"
/// (amounts and superlatives), nor a group named right after it.
Phrase quantified_group_at(const SentenceWords& s, std::ptrdiff_t i);

/// The sets whose words may start a vague agent or a quantified group (see may_start_agent).
Membership agent_starts();

/// People named by what they do or follow: "followers", "historians", "nationalists". Inline:
/// the weasel rule asks at every word, and most are too short or do not end in "s".
inline bool has_agent_suffix(const SentenceWords& s, std::ptrdiff_t i) {
    // Only ever read as an agent before an opinion verb or after the "by" of an opinion passive.
    const std::string_view f = s.folded(i);
    return f.size() > 6 && f.back() == 's' && !s.capitalized(i) &&
           (f.ends_with("ers") || f.ends_with("ists") || f.ends_with("ians"));
}

/// False where neither vague_agent_at nor quantified_group_at can find a phrase, as most tokens
/// are: a cheap test to run before them. Inline: the weasel rule asks at every word.
inline bool may_start_agent(const SentenceWords& s, std::ptrdiff_t i) {
    static const Membership starts = agent_starts();
    return s.in_any(starts, i) || (s.is(i, "the") && s.is(i + 1, "majority")) ||
           has_agent_suffix(s, i);
}

/// vague_agent_at and quantified_group_at of one sentence, each kept for the last token asked
/// about: the weasel patterns ask for them at each token in turn, several patterns at the same
/// token one after another.
class AgentPhrases {
public:
    explicit AgentPhrases(const SentenceWords& s) : s_(s) {}
    /// vague_agent_at(s, i).
    Phrase vague_agent_at(std::ptrdiff_t i);
    /// quantified_group_at(s, i).
    Phrase quantified_group_at(std::ptrdiff_t i);

private:
    struct Kept {
        std::ptrdiff_t at = -2; // no token asked about yet (-1 is a token before the sentence)
        Phrase phrase;
    };
    const SentenceWords& s_;
    Kept agent_;
    Kept group_;
};

/// True when the agent ending at `last` is followed by who it is: "including Senator X",
/// "such as Japan", "at Goldman Sachs", ", John Smith,".
bool named_after(const SentenceWords& s, std::ptrdiff_t last);

/// True when the opinion noun ending at `last` has a named owner after it: "from Japan",
/// "by the ministry", "raised by Tokyo".
bool owner_after(const SentenceWords& s, std::ptrdiff_t last);

/// True when a hedging modal ("could", "might", ...) governs the verb group starting at `i`.
bool hedged_before(const SentenceWords& s, std::ptrdiff_t i);

/// phrase_end, where a phrase of `list` may start at token `i`.
std::ptrdiff_t longest_phrase_end(const SentenceWords& s, std::ptrdiff_t i, const PhraseList& list);

/// Last token index of the longest phrase of `list` that starts at token `i`, or -1. Quoted
/// tokens never match. Inline: the rules ask at every token, and few start a phrase.
inline std::ptrdiff_t phrase_end(const SentenceWords& s, std::ptrdiff_t i, const PhraseList& list) {
    return s.may_start(list, i) ? longest_phrase_end(s, i, list) : -1;
}

} // namespace parallax::claims
