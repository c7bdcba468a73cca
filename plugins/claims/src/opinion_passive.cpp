#include "opinion_passive.h"

#include "phrases.h"

#include <algorithm>
#include <array>

namespace parallax::claims {

using namespace lexicon;

bool is_passive_be(const SentenceWords& s, std::ptrdiff_t i) {
    static constexpr std::array<std::string_view, 7> forms = {"be",   "is",   "are",  "was",
                                                              "were", "been", "being"};
    return std::ranges::any_of(forms, [&](std::string_view f) { return s.is(i, f); });
}

std::ptrdiff_t by_agent(const SentenceWords& s, std::ptrdiff_t participle) {
    for (std::ptrdiff_t k = participle + 1; k <= participle + 8 && k < s.size(); ++k) {
        if (s.is_break(k) || s.is(k, "to") || s.is(k, "that")) {
            return -1; // "believed to be haunted by spirits": the "by" of another verb
        }
        if (s.is(k, "by")) {
            return k;
        }
    }
    return -1;
}

bool passive_reads_as_opinion(const SentenceWords& s, std::ptrdiff_t be, std::ptrdiff_t p) {
    const std::ptrdiff_t next = p + 1;
    const bool dummy_it =
        s.is(be - 1, "it") || (s.is(be - 2, "it") && s.in(verb_fillers(), be - 1));
    if (s.in(hearsay_participles(), p)) {
        if (s.is(p, "expected") || s.is(p, "estimated") || s.is(p, "predicted") ||
            s.is(p, "known") || s.is(p, "agreed")) {
            // "it is expected that" and "is widely expected to", but not "is expected to".
            const bool widely = s.is(p - 1, "widely") || s.is(p - 1, "generally") ||
                                s.is(p - 1, "commonly") || s.is(p - 1, "universally");
            return (dummy_it && s.is(next, "that")) ||
                   (widely && !s.is(p, "known") && (s.is(next, "to") || s.is(next, "that")));
        }
        if (s.is(p, "held") || s.is(p, "accepted") || s.is(p, "acknowledged") ||
            s.is(p, "recognized") || s.is(p, "recognised")) {
            return dummy_it || s.is(next, "as") || s.is(next, "that") ||
                   (s.is(next, "to") && s.is(next + 1, "be"));
        }
        // "is thought by some to": the agent decides (agent_or_nobody) whether it is vague.
        // "The idea has long been claimed.": a claim that ends its clause belongs to nobody.
        const bool claim = s.is(p, "claimed") || s.is(p, "alleged") || s.is(p, "rumored") ||
                           s.is(p, "rumoured") || s.is(p, "suggested") || s.is(p, "argued") ||
                           s.is(p, "speculated");
        return dummy_it || s.is(next, "to") || s.is(next, "that") || s.is(next, "by") ||
               (claim && (!s.is_word(next) || s.quoted(next)));
    }
    // Reactions and disputes: "has been criticized", "is hotly disputed", "was widely praised".
    static constexpr std::array<std::string_view, 19> reactions = {
        "criticized", "criticised", "condemned", "lauded",    "derided",
        "decried",    "denounced",  "lambasted", "blamed",    "accused",
        "questioned", "disputed",   "contested", "debated",   "doubted",
        "praised",    "acclaimed",  "ridiculed", "disparaged"};
    if (std::ranges::any_of(reactions, [&](std::string_view w) { return s.is(p, w); })) {
        return true;
    }
    if (!s.in(characterising_participles(), p)) {
        return false;
    }
    if (s.is(p, "considered") || s.is(p, "regarded") || s.is(p, "deemed") || s.is(p, "judged")) {
        static constexpr std::array<std::string_view, 12> not_opinion = {
            "in",    "at",    "for",  "on",  "during", "before",
            "after", "under", "when", "and", "or",     "but"};
        return s.is_word(next) &&
               std::ranges::none_of(not_opinion, [&](std::string_view w) { return s.is(next, w); });
    }
    const std::ptrdiff_t n = skip_fillers(s, next, 2);
    const bool viewing = s.is(p, "viewed") || s.is(p, "seen") || s.is(p, "perceived");
    return s.is(n, "as") || (viewing && s.is(n, "with")) || (s.is(n, "to") && s.is(n + 1, "be")) ||
           s.is(n, "by");
}

} // namespace parallax::claims
