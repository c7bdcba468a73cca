#include "weasel_attribution.h"

#include "phrases.h"

#include <algorithm>
#include <array>

namespace parallax::claims {

namespace {

using namespace lexicon;
using Kind = WeaselMatch::Kind;

bool is_passive_be(const SentenceWords& s, std::ptrdiff_t i) {
    static constexpr std::array<std::string_view, 7> forms = {"be",   "is",   "are",  "was",
                                                              "were", "been", "being"};
    return std::ranges::any_of(forms, [&](std::string_view f) { return s.is(i, f); });
}

/// The first "by" after a participle, within its clause: "viewed with skepticism by many".
std::ptrdiff_t by_agent(const SentenceWords& s, std::ptrdiff_t participle) {
    for (std::ptrdiff_t k = participle + 1; k <= participle + 8 && k < s.size(); ++k) {
        if (s.is_break(k)) {
            return -1;
        }
        if (s.is(k, "by")) {
            return k;
        }
    }
    return -1;
}

/// A participle that holds a view: which ones need what after them.
bool passive_reads_as_opinion(const SentenceWords& s, std::ptrdiff_t be, std::ptrdiff_t p) {
    const std::ptrdiff_t next = p + 1;
    const bool dummy_it =
        s.is(be - 1, "it") || (s.is(be - 2, "it") && s.in(verb_fillers(), be - 1));
    if (s.in(hearsay_participles(), p)) {
        if (s.is(p, "expected") || s.is(p, "estimated") || s.is(p, "predicted") ||
            s.is(p, "known") || s.is(p, "agreed")) {
            return dummy_it && s.is(next, "that"); // "it is expected that" but not "is expected to"
        }
        if (s.is(p, "held") || s.is(p, "accepted") || s.is(p, "acknowledged") ||
            s.is(p, "recognized") || s.is(p, "recognised")) {
            return dummy_it || s.is(next, "as") || s.is(next, "that") ||
                   (s.is(next, "to") && s.is(next + 1, "be"));
        }
        // "is thought by some to": the agent decides (agent_or_nobody) whether it is vague.
        return dummy_it || s.is(next, "to") || s.is(next, "that") || s.is(next, "by");
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

/// Subject-verb agreement for a verb that follows its subject with no auxiliary between: a plural
/// agent "argues" nothing ("many points" is no sentence), a singular one does not "state".
bool agrees(const SentenceWords& s, std::ptrdiff_t verb, bool singular) {
    static constexpr std::array<std::string_view, 9> irregular_past = {
        "said", "told", "thought", "felt", "saw", "wrote", "held", "drew", "put"};
    const std::string_view f = s.folded(verb);
    const bool third_person = f.ends_with("s") && !f.ends_with("ss");
    const bool past =
        f.ends_with("ed") ||
        std::ranges::any_of(irregular_past, [&](std::string_view w) { return f == w; });
    return singular ? third_person || past : !third_person;
}

class Matcher {
public:
    explicit Matcher(const SentenceWords& s) : s_(s) {}

    std::vector<WeaselMatch> run() {
        for (std::ptrdiff_t i = 0; i < s_.size(); ++i) {
            if (s_.quoted(i) || !s_.is_word(i)) {
                continue;
            }
            vague_agent_verb(i);
            according_to_vague(i);
            passive(i);
            adverb_participle(i);
            ownerless_opinion(i);
            reaction(i);
            unnamed_report(i);
            if (s_.in(hearsay_adverbs(), i)) {
                add(i, i, Kind::HearsayAdverb, std::string(s_.folded(i)));
            }
        }
        return merge();
    }

private:
    void add(std::ptrdiff_t first, std::ptrdiff_t last, Kind kind, std::string cue,
             std::string holder = {}) {
        matches_.push_back({first, last, kind, std::move(cue), std::move(holder)});
    }

    /// "critics say", "many countries in the region harbor concerns", "some are wary".
    void vague_agent_verb(std::ptrdiff_t i) {
        if (s_.is(i - 1, "by") || (s_.is(i - 1, "to") && s_.is(i - 2, "according"))) {
            return; // the agent of a passive, or "according to": handled there
        }
        const Phrase agent = vague_agent_at(s_, i);
        if (!agent || named_after(s_, agent.last)) {
            return;
        }
        if (s_.in(singular_indefinites(), agent.first) && s_.has_quotation()) {
            return; // "“…,” an embassy official told AFP": one person, quoted
        }
        std::ptrdiff_t v = agent.last + 1;
        if (s_.is(v, ",")) { // a parenthetical: "Countries in the region, having endured …, fear"
            std::ptrdiff_t close = v + 1;
            while (close < s_.size() && close <= v + 12 && !s_.is(close, ",")) {
                ++close;
            }
            v = s_.is(close, ",") ? close + 1 : v;
        }
        std::ptrdiff_t aux = v;
        while (aux < s_.size() && is_adverb(s_, aux)) {
            ++aux;
        }
        const bool auxiliary = s_.in(verb_fillers(), aux); // "have long argued", "do not believe"
        v = skip_fillers(s_, v);
        const bool singular = !is_plural_agent(agent);
        const std::string holder(s_.slice(agent.first, agent.last));
        const bool named_verb = s_.capitalized(v) && !s_.initial(v); // "campaigners Hope Not Hate"
        if (s_.in(opinion_verbs(), v) && !s_.quoted(v) && !s_.in(bare_agents(), v) && !named_verb &&
            (auxiliary || agrees(s_, v, singular))) {
            add(agent.first, v, Kind::VagueAgent, std::string(s_.folded(v)), holder);
            return;
        }
        if (s_.in(be_forms(), v)) {
            const std::ptrdiff_t adjective = skip_fillers(s_, v + 1, 2);
            if (s_.in(opinion_adjectives(), adjective)) {
                add(agent.first, adjective, Kind::VagueAgent, std::string(s_.folded(adjective)),
                    holder);
            }
        }
    }

    bool is_plural_agent(const Phrase& agent) const {
        const std::string_view head = s_.folded(agent.head);
        return !s_.in(singular_indefinites(), agent.first) || s_.is(agent.first + 1, "few") ||
               head == "people" || (head.size() > 3 && head.back() == 's');
    }

    /// "according to experts", "according to some".
    void according_to_vague(std::ptrdiff_t i) {
        if (!s_.is(i, "according") || !s_.is(i + 1, "to")) {
            return;
        }
        const Phrase agent = vague_agent_at(s_, i + 2);
        if (agent && !named_after(s_, agent.last)) {
            add(i, agent.last, Kind::VagueAgent, "according",
                std::string(s_.slice(agent.first, agent.last)));
        }
    }

    /// "it is widely believed", "are framed as", "is viewed with skepticism by many …".
    void passive(std::ptrdiff_t be) {
        if (!is_passive_be(s_, be) || s_.is(be - 1, "to") || hedged_before(s_, be)) {
            return;
        }
        const std::ptrdiff_t p = skip_fillers(s_, be + 1, 3);
        if (s_.quoted(p) || !passive_reads_as_opinion(s_, be, p)) {
            return;
        }
        agent_or_nobody(be, p);
    }

    /// "widely held", "often described as": the participle without its auxiliary.
    void adverb_participle(std::ptrdiff_t a) {
        static constexpr std::array<std::string_view, 9> adverbs = {
            "widely",      "commonly", "generally",  "popularly",   "broadly",
            "universally", "often",    "frequently", "increasingly"};
        if (std::ranges::none_of(adverbs, [&](std::string_view w) { return s_.is(a, w); }) ||
            is_passive_be(s_, a - 1) || hedged_before(s_, a)) {
            return;
        }
        // Adjectival ("a widely held view") or a reduced relative (", often described as"); not
        // an active verb after its subject ("the Court generally held that").
        const std::ptrdiff_t before = a - 1;
        if (s_.is_word(before) && !s_.in(singular_indefinites(), before) &&
            !s_.in(definite_determiners(), before) && !s_.is(before, "and") &&
            !s_.is(before, "or") && !s_.is(before, "but") && !s_.is(before, "as") &&
            !s_.is(before, "its") && !s_.is(before, "their")) {
            return;
        }
        const std::ptrdiff_t p = a + 1;
        static constexpr std::array<std::string_view, 6> not_attribution = {
            "known", "expected", "predicted", "estimated", "assumed", "supposed"};
        const bool hearsay =
            s_.in(hearsay_participles(), p) &&
            std::ranges::none_of(not_attribution, [&](std::string_view w) { return s_.is(p, w); });
        if (!hearsay &&
            !(s_.in(characterising_participles(), p) && passive_reads_as_opinion(s_, a, p))) {
            return;
        }
        agent_or_nobody(a, p);
    }

    void agent_or_nobody(std::ptrdiff_t first, std::ptrdiff_t participle) {
        if (const std::ptrdiff_t by = by_agent(s_, participle); by >= 0) {
            const Phrase agent = vague_agent_at(s_, by + 1);
            if (agent && !named_after(s_, agent.last)) {
                add(agent.first, agent.last, Kind::VagueAgent, std::string(s_.folded(participle)),
                    std::string(s_.slice(agent.first, agent.last)));
            }
            return; // a named or definite agent holds the view
        }
        std::ptrdiff_t last = participle;
        if (s_.is(last + 1, "as") || s_.is(last + 1, "with") || s_.is(last + 1, "that") ||
            s_.is(last + 1, "to")) {
            ++last;
        }
        add(first, last, Kind::AgentlessPassive, std::string(s_.folded(participle)));
    }

    /// Index of the noun after a trigger, over articles, adjectives and hyphens; -1 when an
    /// owner stands in between ("China's concerns", "their fears").
    std::ptrdiff_t noun_after(std::ptrdiff_t t, const WordSet& nouns) const {
        std::ptrdiff_t n = t + 1;
        for (int k = 0; k < 4 && !s_.in(nouns, n); ++k, ++n) {
            const bool modifier =
                (s_.is_word(n) && !s_.capitalized(n) && !s_.in(clause_words(), n) &&
                 !s_.in(pronouns(), n) && !s_.in(definite_determiners(), n) && !s_.is(n, "his") &&
                 !s_.is(n, "her") && !s_.is(n, "their") && !s_.is(n, "our") &&
                 !s_.folded(n).ends_with("'s") && !s_.folded(n).ends_with("\u2019s")) ||
                s_.is(n, "-");
            // "little doubt", "no concern": the author's own certainty, not someone's view.
            if (!modifier || s_.is(n, "little") || s_.is(n, "no")) {
                return -1;
            }
        }
        const bool verb_form = s_.folded(n).ends_with("ed") || s_.folded(n).ends_with("ing");
        return s_.in(nouns, n) && !s_.quoted(n) && !s_.capitalized(n) && !verb_form ? n : -1;
    }

    /// "raising fears that", "amidst assertions of", "there are concerns".
    void ownerless_opinion(std::ptrdiff_t t) {
        std::ptrdiff_t from = t;
        if (s_.is(t, "there") && s_.in(be_forms(), t + 1)) {
            from = t + 1;
        } else if (!s_.in(opinion_triggers(), t)) {
            return;
        } else if (!s_.folded(t).ends_with("ing") && !s_.is(t, "amid") && !s_.is(t, "amidst") &&
                   !s_.is(t, "despite") && !s_.in(quantifiers(), t)) {
            // A finite "raised", "sparked": the subject may own the concern ("Japan raised …").
            std::ptrdiff_t subject = t - 1;
            while (s_.in(verb_fillers(), subject) || is_adverb(s_, subject)) {
                --subject;
            }
            if (s_.looks_like_name(subject) || s_.in(pronouns(), subject) ||
                s_.folded(subject).ends_with("'s") || s_.folded(subject).ends_with("\u2019s")) {
                if (!s_.is(subject, "it")) {
                    return;
                }
            }
        }
        const std::ptrdiff_t n = noun_after(from, opinion_nouns());
        if (n < 0 || owner_after(s_, n) || hedged_before(s_, t)) {
            return;
        }
        add(t, n, Kind::OwnerlessOpinion, std::string(s_.folded(n)));
    }

    /// "face considerable skepticism and resistance", "have drawn criticism", "sparks debates".
    void reaction(std::ptrdiff_t v) {
        if (!s_.in(reaction_verbs(), v) || (s_.capitalized(v) && !s_.initial(v)) ||
            hedged_before(s_, v)) {
            return;
        }
        std::ptrdiff_t n = noun_after(v, reaction_nouns());
        if (n < 0) {
            return;
        }
        const std::ptrdiff_t first_noun = n;
        while ((s_.is(n + 1, "and") || s_.is(n + 1, "or")) && s_.in(reaction_nouns(), n + 2)) {
            n += 2;
        }
        if (owner_after(s_, n)) {
            return;
        }
        add(v, n, Kind::UnattributedReaction, std::string(s_.folded(first_noun)));
    }

    /// "media reports have suggested", "in light of intelligence reports that".
    void unnamed_report(std::ptrdiff_t r) {
        if (!s_.in(report_nouns(), r) || s_.is(r, "sources")) {
            return;
        }
        std::ptrdiff_t first = r;
        while (s_.in(report_modifiers(), first - 1) && !s_.quoted(first - 1)) {
            --first;
        }
        const bool modified = first < r;
        const bool singular = s_.is(r, "report") || s_.is(r, "research");
        if (singular && !(s_.is(first, "a") || s_.is(first, "one")) && !s_.is(r, "research")) {
            return;
        }
        if (!modified && !s_.initial(r) && !s_.is_break(r - 1)) {
            return;
        }
        const std::ptrdiff_t before = first - 1;
        if (s_.looks_like_name(before) || s_.in(definite_determiners(), before) ||
            s_.folded(before).ends_with("'s") || s_.folded(before).ends_with("\u2019s") ||
            named_after(s_, r)) {
            return;
        }
        const std::ptrdiff_t v = skip_fillers(s_, r + 1, 2);
        const bool described = modified && !s_.in(singular_indefinites(), first); // "media reports"
        static constexpr std::array<std::string_view, 10> findings = {
            "show",      "shows",     "shown", "showed", "indicate",
            "indicated", "indicates", "found", "find",   "finds"};
        if (s_.is(r + 1, "that") || (s_.is(r + 1, "of") && described)) {
            add(first, r + 1, Kind::UnnamedReport, std::string(s_.folded(r)));
        } else if (s_.in(opinion_verbs(), v) ||
                   std::ranges::any_of(findings, [&](std::string_view w) { return s_.is(v, w); })) {
            add(first, v, Kind::UnnamedReport, std::string(s_.folded(r)));
        }
    }

    /// Sorted by position; a match overlapping an earlier one is dropped.
    std::vector<WeaselMatch> merge() {
        std::ranges::stable_sort(matches_, {}, &WeaselMatch::first);
        std::vector<WeaselMatch> out;
        for (WeaselMatch& m : matches_) {
            if (out.empty() || m.first > out.back().last) {
                out.push_back(std::move(m));
            }
        }
        return out;
    }

    const SentenceWords& s_;
    std::vector<WeaselMatch> matches_;
};

} // namespace

std::vector<WeaselMatch> find_weasel_attributions(const SentenceWords& s) {
    return Matcher(s).run();
}

} // namespace parallax::claims
