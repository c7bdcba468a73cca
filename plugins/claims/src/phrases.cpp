#include "phrases.h"

#include <algorithm>
#include <array>

namespace parallax::claims {

namespace {

using namespace lexicon;

bool is_agent_noun(const SentenceWords& s, std::ptrdiff_t i) {
    return s.in(bare_agents(), i) || s.in(collective_agents(), i) || s.in(group_nouns(), i) ||
           has_agent_suffix(s, i);
}

bool is_plural(const SentenceWords& s, std::ptrdiff_t i) {
    const std::string_view f = s.folded(i);
    return f == "people" || (f.size() > 3 && f.back() == 's');
}

/// "a number of", "a growing number of", "a handful of": index just after "of", or -1.
std::ptrdiff_t counted_group_end(const SentenceWords& s, std::ptrdiff_t i) {
    if (!s.is(i, "a") && !s.is(i, "an")) {
        return -1;
    }
    std::ptrdiff_t j = i + 1;
    if (s.is(j, "growing") || s.is(j, "increasing") || s.is(j, "large") || s.is(j, "small")) {
        ++j;
    }
    static constexpr std::array<std::string_view, 8> groups = {
        "number", "handful", "host", "lot", "variety", "chorus", "raft", "range"};
    for (std::string_view g : groups) {
        if (s.is(j, g) && s.is(j + 1, "of")) {
            return j + 2;
        }
    }
    if (s.is(j, "few")) {
        return j + 1;
    }
    return -1;
}

/// Words that end a qualifier: the verb, auxiliary or adverb that follows the agent.
bool ends_qualifier(const SentenceWords& s, std::ptrdiff_t j) {
    return s.in(clause_words(), j) || s.in(opinion_verbs(), j) || s.in(verb_fillers(), j) ||
           s.in(be_forms(), j) || s.in(opinion_adjectives(), j) || is_adverb(s, j);
}

/// Extends a phrase ending at `last` over place and "of" qualifiers: "in the region",
/// "within the alliance", "of this interpretation", "in the Asia-Pacific region". Returns the new
/// last index; sets `*placed` for a place (not "of").
std::ptrdiff_t extend_qualifier(const SentenceWords& s, std::ptrdiff_t last, bool* placed) {
    const std::ptrdiff_t prep = last + 1;
    if (!s.in(place_prepositions(), prep) || s.quoted(prep)) {
        return last;
    }
    std::ptrdiff_t j = prep + 1;
    const bool determined = s.in(definite_determiners(), j) || s.is(j, "a") || s.is(j, "an") ||
                            s.is(j, "its") || s.is(j, "their") || s.is(j, "his") || s.is(j, "her");
    j += determined ? 1 : 0;
    std::ptrdiff_t end = -1;
    for (int n = 0; n < 4 && s.is_word(j) && !s.quoted(j); ++n, ++j) {
        // Right after a determiner comes a noun, whatever its stem ("of this interpretation").
        if (!(determined && end < 0) && ends_qualifier(s, j)) {
            break;
        }
        end = j;
        if (s.is(j + 1, "-")) {
            ++j; // a compound: "Asia-Pacific"
        }
    }
    if (end < 0) {
        return last;
    }
    if (placed != nullptr && !s.is(prep, "of")) {
        *placed = true;
    }
    return end;
}

} // namespace

bool is_adverb(const SentenceWords& s, std::ptrdiff_t i) {
    static constexpr std::array<std::string_view, 14> not_adverbs = {
        "only",  "early", "family", "italy", "july",  "supply", "reply",
        "apply", "rally", "ally",   "holy",  "daily", "fly",    "assembly"};
    const std::string_view f = s.folded(i);
    if (!s.is_word(i) || f.size() < 5 || !f.ends_with("ly") ||
        (s.capitalized(i) && !s.initial(i))) {
        return false;
    }
    for (std::string_view w : not_adverbs) {
        if (f == w) {
            return false;
        }
    }
    return true;
}

std::ptrdiff_t skip_fillers(const SentenceWords& s, std::ptrdiff_t i, int limit) {
    for (int n = 0; n < limit && (s.in(verb_fillers(), i) || is_adverb(s, i)); ++n) {
        ++i;
    }
    return i;
}

Phrase vague_agent_at(const SentenceWords& s, std::ptrdiff_t i) {
    if (!s.is_word(i) || s.quoted(i)) {
        return {};
    }
    bool quantified = false;
    bool indefinite = false;
    std::ptrdiff_t j = i;
    if (const std::ptrdiff_t after = counted_group_end(s, i); after >= 0) {
        quantified = true;
        j = after;
    } else if (s.in(quantifiers(), i)) {
        quantified = true;
        j = i + 1;
    } else if (s.in(singular_indefinites(), i)) {
        indefinite = true;
        j = i + 1;
    }

    if (quantified || indefinite) {
        // Up to three modifiers before the agent noun: "many regional governments".
        std::ptrdiff_t k = j;
        for (int n = 0; n < 3 && s.is_word(k) && !is_agent_noun(s, k); ++n, ++k) {
            if (s.in(clause_words(), k) || s.in(opinion_verbs(), k) || s.in(verb_fillers(), k)) {
                break;
            }
        }
        if (is_agent_noun(s, k) && !s.quoted(k)) {
            if (indefinite && (!s.in(bare_agents(), k) || is_plural(s, k))) {
                return {};
            }
            if (!indefinite && !is_plural(s, k)) {
                return {};
            }
            return {i, extend_qualifier(s, k, nullptr), k};
        }
        if (indefinite) {
            return {};
        }
        // "most South Koreans", "many Americans": a quantified run of capitalised plurals.
        if (std::ptrdiff_t run = j; s.capitalized(run) && !s.quoted(run)) {
            while (s.capitalized(run + 1)) {
                ++run;
            }
            if (is_plural(s, run)) {
                return {i, run, run};
            }
        }
        // "some argue", "many within the region", "others": the quantifier stands alone.
        const std::ptrdiff_t alone = j - 1;
        const bool adverbial = s.in(be_forms(), alone - 1) || s.is(alone - 1, "the") ||
                               s.is(alone - 1, "at") || s.is(alone - 1, "a"); // "is most feared"
        // "most" and "more" stand alone only when placed: "most in the region" (not "most noted").
        const bool superlative = s.is(alone, "most") || s.is(alone, "more");
        const bool placed = s.in(place_prepositions(), j) || s.in(be_forms(), j);
        // "Others, however, claimed": a short parenthesis between the quantifier and its verb.
        const bool parenthesis =
            s.is(j, ",") && s.is(j + 2, ",") && s.in(opinion_verbs(), skip_fillers(s, j + 3));
        const bool verb_follows =
            s.in(opinion_verbs(), j) || s.in(verb_fillers(), j) || is_adverb(s, j) || parenthesis;
        // "according to some," / "by many." / "credited by many with": the agent of an
        // attribution, then a pause or the rest of the passive.
        const bool object_of_attribution =
            (s.is(alone - 1, "to") && !s.is_word(j)) ||
            (s.is(alone - 1, "by") && (!s.is_word(j) || s.is(j, "with") || s.is(j, "to") ||
                                       s.is(j, "as") || s.is(j, "for")));
        if (s.in(quantifier_pronouns(), alone) && !adverbial &&
            (placed || object_of_attribution || (verb_follows && !superlative))) {
            return {i, extend_qualifier(s, alone, nullptr), alone};
        }
        return {};
    }

    if (!is_agent_noun(s, i) || !is_plural(s, i)) {
        return {};
    }
    // A definite determiner before the noun points back to someone already named.
    for (std::ptrdiff_t back = i - 1; back >= i - 3 && back >= 0; --back) {
        if (s.in(definite_determiners(), back)) {
            return {};
        }
        if (!s.is_word(back) || s.in(clause_words(), back)) {
            break;
        }
    }
    if (s.is(i, "those")) {
        bool placed = false;
        const std::ptrdiff_t last = extend_qualifier(s, i, &placed);
        return placed ? Phrase{i, last, i} : Phrase{};
    }
    if (s.in(bare_agents(), i)) {
        return {i, extend_qualifier(s, i, nullptr), i};
    }
    // A collective is vague when placed: "countries in the region", "voices across Asia".
    bool placed = false;
    const std::ptrdiff_t last = extend_qualifier(s, i, &placed);
    return placed ? Phrase{i, last, i} : Phrase{};
}

Membership agent_starts() {
    // vague_agent_at starts at a quantifier, at "a"/"an" (indefinites; "a number of") or at an
    // agent noun, in a set or with an agent suffix; quantified_group_at at one of its
    // quantifiers or at "the"/"a" majority.
    return union_of({&quantifiers(), &singular_indefinites(), &group_quantifiers(), &bare_agents(),
                     &collective_agents(), &group_nouns()});
}

Phrase AgentPhrases::vague_agent_at(std::ptrdiff_t i) {
    if (agent_.at != i) {
        agent_ = {i, claims::vague_agent_at(s_, i)};
    }
    return agent_.phrase;
}

Phrase AgentPhrases::quantified_group_at(std::ptrdiff_t i) {
    if (group_.at != i) {
        group_ = {i, claims::quantified_group_at(s_, i)};
    }
    return group_.phrase;
}

bool named_after(const SentenceWords& s, std::ptrdiff_t last) {
    std::ptrdiff_t j = last + 1;
    const bool comma = s.is(j, ",") || s.is(j, "(") || s.is(j, "\u2014") || s.is(j, "\u2013");
    if (comma) {
        ++j;
        if (s.looks_like_name(j)) {
            // "One critic, John Smith, said": an apposition, closed after the name. Not the
            // next clause's subject ("According to some historians, Zeno's paradoxes were").
            std::ptrdiff_t k = j + 1;
            while (k <= j + 8 && (s.is_word(k) || s.is(k, ".") || s.is(k, "-")) &&
                   !s.in(be_forms(), k) && !s.in(verb_fillers(), k) && !s.in(opinion_verbs(), k)) {
                ++k;
            }
            return s.is(k, ",") || s.is(k, ")") || s.is(k, "\u2014") || s.is(k, "\u2013");
        }
    }
    if ((s.is(j, "most") || s.is(j, "more") || s.is(j, "and")) && s.in(naming_links(), j + 1)) {
        ++j; // "Many contributors, most notably Jacques Derrida, …"
    }
    if (!s.in(naming_links(), j)) {
        return false;
    }
    if ((s.is(j, "at") || s.is(j, "with")) && comma) {
        return false;
    }
    for (std::ptrdiff_t k = j + 1; k <= j + 3; ++k) {
        if (s.looks_like_name(k)) {
            return true;
        }
        if (s.is_break(k)) {
            return false;
        }
    }
    return false;
}

bool owner_after(const SentenceWords& s, std::ptrdiff_t last) {
    std::ptrdiff_t j = last + 1;
    if (s.is(j, "expressed") || s.is(j, "voiced") || s.is(j, "raised") || s.is(j, "shared")) {
        ++j;
    }
    if (!s.is(j, "from") && !s.is(j, "by") && !s.is(j, "among")) {
        return false;
    }
    // "from parents and students", "by the ministry", "from Japan": someone in particular.
    return !vague_agent_at(s, j + 1) && s.is_word(j + 1) && !s.quoted(j + 1);
}

bool hedged_before(const SentenceWords& s, std::ptrdiff_t i) {
    for (std::ptrdiff_t k = i - 1; k >= i - 3 && k >= 0; --k) {
        if (s.in(hedge_modals(), k)) {
            return true;
        }
        if (!s.is(k, "not") && !s.is(k, "also") && !s.is(k, "have") && !s.is(k, "be") &&
            !s.is(k, "well") && !is_adverb(s, k)) {
            return false;
        }
    }
    return false;
}

std::ptrdiff_t longest_phrase_end(const SentenceWords& s, std::ptrdiff_t i,
                                  const PhraseList& list) {
    if (s.quoted(i)) {
        return -1;
    }
    std::ptrdiff_t best = -1;
    // The phrases listed under the token's folded form: their first word matches already.
    for (const std::size_t index : list.starting_with(s.folded(i))) {
        const std::vector<std::string>& phrase = list.phrases()[index];
        const auto n = static_cast<std::ptrdiff_t>(phrase.size());
        bool match = true;
        for (std::ptrdiff_t k = 1; match && k < n; ++k) {
            match = !s.quoted(i + k) && s.is(i + k, phrase[static_cast<std::size_t>(k)]);
        }
        if (match && i + n - 1 > best) {
            best = i + n - 1;
        }
    }
    return best;
}

bool plural_noun(const SentenceWords& s, std::ptrdiff_t i) {
    static constexpr std::array<std::string_view, 4> irregular = {"people", "men", "women",
                                                                  "children"};
    const std::string_view f = s.folded(i);
    if (!s.is_word(i) || s.quoted(i) || s.in(clause_words(), i) || is_adverb(s, i)) {
        return false;
    }
    return std::ranges::any_of(irregular, [&](std::string_view w) { return f == w; }) ||
           (f.size() > 3 && f.ends_with("s") && !f.ends_with("ss") && !f.ends_with("ous") &&
            !f.ends_with("is"));
}

bool names_people(const SentenceWords& s, std::ptrdiff_t i) {
    if (!plural_noun(s, i)) {
        return false;
    }
    if (s.in(group_nouns(), i) || s.in(collective_agents(), i) || s.in(bare_agents(), i) ||
        s.in(demonyms(), i) || s.in(people_and_institutions(), i)) {
        return true;
    }
    static constexpr std::array<std::string_view, 6> agent_suffixes = {"ers", "ists", "ians",
                                                                       "ans", "ees",  "ors"};
    const std::string_view f = s.folded(i);
    return std::ranges::any_of(agent_suffixes, [&](std::string_view x) { return f.ends_with(x); });
}

Phrase quantified_group_at(const SentenceWords& s, std::ptrdiff_t i) {
    // "the majority of cannabis users", "a majority of voters": a share of a group, unnamed.
    const bool majority =
        (s.is(i, "the") || s.is(i, "a")) && s.is(i + 1, "majority") && s.is(i + 2, "of");
    if (s.quoted(i) ||
        (!majority &&
         (!s.in(group_quantifiers(), i) || s.is(i - 1, "the") || s.is(i - 1, "as") ||
          s.is(i - 1, "so") || s.is(i - 1, "how") || s.is(i - 1, "too") || s.is(i - 1, "a")))) {
        return {};
    }
    std::ptrdiff_t n = majority ? i + 3 : i + 1;
    for (int k = 0; k < 2 && s.is_word(n) && !plural_noun(s, n); ++k, ++n) {
        if (s.in(clause_words(), n) || s.in(belief_verbs(), n) || s.in(verb_fillers(), n) ||
            s.capitalized(n)) {
            return {};
        }
    }
    if (!plural_noun(s, n) || named_after(s, n)) {
        return {};
    }
    return {i, n, n};
}

} // namespace parallax::claims
