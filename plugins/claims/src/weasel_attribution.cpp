#include "weasel_attribution.h"

#include "claim_context.h"
#include "opinion_passive.h"
#include "pattern_words.h"
#include "phrases.h"

#include <algorithm>
#include <array>

namespace parallax::claims {

namespace {

using namespace lexicon;
using Kind = WeaselMatch::Kind;
using namespace pattern_words;

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

/// The sets whose words the Matcher's patterns that need no agent start from. With weasel_cues
/// (fixed words of pattern_words.h) among them, a token in none starts none of those patterns,
/// unless it ends in "-known" ("well-known").
Membership cue_sets() {
    return union_of({&weasel_cues(), &characterising_participles(), &hearsay_participles(),
                     &be_forms(), &opinion_triggers(), &opinion_nouns(), &reaction_verbs(),
                     &report_nouns(), &hearsay_adverbs(), &quantifier_pronouns()});
}

class Matcher {
public:
    explicit Matcher(const SentenceWords& s) : s_(s), agents_(s) {}

    std::vector<WeaselMatch> run() {
        for (std::ptrdiff_t i = 0; i < s_.size(); ++i) {
            if (s_.quoted(i) || !s_.is_word(i) || !may_start_any(i)) {
                continue;
            }
            // Most tokens start no pattern: two cheap tests pick the patterns worth trying at
            // this one (the patterns that find nothing here are skipped, the order of the
            // others is kept). Each pattern's first test must imply its gate: a new pattern's
            // first words belong in cue_sets() or pattern_words.h.
            const bool agent = may_start_agent(s_, i);
            const bool cue = starts_cue(i);
            if (agent) {
                vague_agent_verb(i);
                quantified_believers(i);
            }
            if (agent || cue) {
                relative_believers(i); // an agent, or a quantifier pronoun or "people" (cues)
            }
            if (!cue) {
                continue;
            }
            reduced_participle(i);
            by_quantifier(i);
            reduced_characterisation(i);
            according_to_vague(i);
            passive(i);
            adverb_participle(i);
            reputation(i);
            ownerless_opinion(i);
            ownerless_subject(i);
            reaction(i);
            unnamed_report(i);
            unnamed_evidence(i);
            if (s_.in(hearsay_adverbs(), i)) {
                add(i, i, Kind::HearsayAdverb, std::string(s_.folded(i)));
            }
        }
        return merge();
    }

private:
    /// Whether any pattern may start at token `i` (may_start_agent or starts_cue), with one bit
    /// test for most tokens.
    bool may_start_any(std::ptrdiff_t i) const {
        static const Membership sets = [] {
            Membership all = agent_starts();
            all.sets |= cue_sets().sets;
            return all;
        }();
        return s_.in_any(sets, i) || s_.is(i, "the") || has_agent_suffix(s_, i) ||
               s_.folded(i).ends_with("-known");
    }

    /// Whether a pattern that needs no agent at token `i` may start there.
    bool starts_cue(std::ptrdiff_t i) const {
        static const Membership sets = cue_sets();
        return s_.in_any(sets, i) || s_.folded(i).ends_with("-known");
    }

    void add(std::ptrdiff_t first, std::ptrdiff_t last, Kind kind, std::string cue,
             std::string holder = {}) {
        matches_.push_back({first, last, kind, std::move(cue), std::move(holder)});
    }

    /// "critics say", "many countries in the region harbor concerns", "some are wary".
    void vague_agent_verb(std::ptrdiff_t i) {
        if (s_.is(i - 1, "by") || (s_.is(i - 1, "to") && s_.is(i - 2, "according"))) {
            return; // the agent of a passive, or "according to": handled there
        }
        Phrase agent = agents_.vague_agent_at(i);
        if (!agent || named_after(s_, agent.last)) {
            return;
        }
        if (s_.in(singular_indefinites(), agent.first) && s_.has_quotation()) {
            return; // "“…,” an embassy official told AFP": one person, quoted
        }
        // "Advocates and practitioners of the therapy claim": a second unnamed group joined on.
        if (s_.is(agent.last + 1, "and") && plural_noun(s_, agent.last + 2) &&
            !s_.in(opinion_verbs(), agent.last + 2)) {
            agent.last += 2;
            if (s_.is(agent.last + 1, "of")) {
                std::ptrdiff_t q = agent.last + 2;
                for (int n = 0; n < 3 && s_.is_word(q) && !s_.in(opinion_verbs(), q) &&
                                !s_.in(verb_fillers(), q) && !s_.in(clause_words(), q);
                     ++n, ++q) {
                    agent.last = q;
                }
            }
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
        if (s_.in(be_forms(), v) && s_.is(v + 1, "of") && s_.is(v + 2, "the") &&
            (s_.is(v + 3, "opinion") || s_.is(v + 3, "view") || s_.is(v + 3, "belief"))) {
            add(agent.first, v + 3, Kind::VagueAgent, std::string(s_.folded(v + 3)), holder);
            return; // "some are of the opinion that"
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

    /// "many parents believe", "some men feel": any quantified group becomes a vague source
    /// when it holds a belief, not only the nouns the lexicon knows as agents.
    void quantified_believers(std::ptrdiff_t i) {
        if (s_.is(i - 1, "by") || s_.is(i - 1, "to")) {
            return; // the agent of a passive, or "according to": handled there
        }
        const Phrase group = agents_.quantified_group_at(i);
        if (!group) {
            return;
        }
        std::ptrdiff_t aux = group.last + 1;
        while (aux < s_.size() && is_adverb(s_, aux)) {
            ++aux;
        }
        const bool auxiliary = s_.in(verb_fillers(), aux) && !s_.in(hedge_modals(), aux);
        const std::ptrdiff_t v = skip_fillers(s_, group.last + 1);
        if (!s_.in(belief_verbs(), v) || s_.quoted(v) || !(auxiliary || agrees(s_, v, false))) {
            return;
        }
        add(group.first, v, Kind::VagueAgent, std::string(s_.folded(v)),
            std::string(s_.slice(group.first, group.last)));
    }

    /// "scholars who believe", "there are those who argue", "people who think": the belief is
    /// held by a group that the relative clause describes but does not name.
    void relative_believers(std::ptrdiff_t i) {
        if (s_.in(definite_determiners(), i - 1) || s_.is(i - 1, "by") || s_.is(i - 1, "to")) {
            return;
        }
        std::ptrdiff_t last = -1;
        if (const Phrase agent = agents_.vague_agent_at(i)) {
            last = agent.last;
        } else if (const Phrase group = agents_.quantified_group_at(i)) {
            last = group.last;
        } else if (s_.in(quantifier_pronouns(), i) || s_.is(i, "people")) {
            last = i;
        }
        if (last < 0 || !s_.is(last + 1, "who") || named_after(s_, last)) {
            return;
        }
        const std::ptrdiff_t v = skip_fillers(s_, last + 2);
        if (s_.in(belief_verbs(), v) && !s_.quoted(v) && !hedged_before(s_, v)) {
            add(i, v, Kind::VagueAgent, std::string(s_.folded(v)), std::string(s_.slice(i, last)));
        }
    }

    /// "a pistol, considered by many to be inferior", "a view held by some historians": the
    /// participle of an opinion without its auxiliary, its agent vague.
    void reduced_participle(std::ptrdiff_t p) {
        if (is_passive_be(s_, p - 1) || s_.quoted(p) ||
            !(s_.in(characterising_participles(), p) || s_.in(hearsay_participles(), p))) {
            return; // a full passive is read by passive()
        }
        const std::ptrdiff_t by = is_adverb(s_, p + 1) ? p + 2 : p + 1;
        if (!s_.is(by, "by")) {
            return;
        }
        Phrase agent = agents_.vague_agent_at(by + 1);
        if (!agent) {
            agent = agents_.quantified_group_at(by + 1);
        }
        if (agent && !named_after(s_, agent.last)) {
            add(agent.first, agent.last, Kind::VagueAgent, std::string(s_.folded(p)),
                std::string(s_.slice(agent.first, agent.last)));
        }
    }

    /// "is favoured by some because", "was used by many to argue", "believed in by some": a
    /// passive whose agent is a bare quantifier. Whatever the participle, "by some" names no
    /// one; the question Wikipedia editors tag it with is "[by whom?]".
    void by_quantifier(std::ptrdiff_t by) {
        static constexpr std::array<std::string_view, 6> bare = {"some",    "many", "others",
                                                                 "several", "few",  "those"};
        const std::ptrdiff_t q = by + 1;
        if (!s_.is(by, "by") || s_.quoted(q) ||
            std::ranges::none_of(bare, [&](std::string_view w) { return s_.is(q, w); })) {
            return;
        }
        // The participle before "by" (over a particle: "believed in by some").
        std::ptrdiff_t p = by - 1;
        if (s_.is(p, "in") || s_.is(p, "on") || s_.is(p, "upon") || is_adverb(s_, p)) {
            --p;
        }
        const std::string_view f = s_.folded(p);
        const bool participle = s_.in(hearsay_participles(), p) ||
                                s_.in(characterising_participles(), p) ||
                                (f.size() > 4 && (f.ends_with("ed") || f.ends_with("en")));
        // The quantifier stands alone: no noun after it ("by some scholars" is read elsewhere).
        const bool number = s_.text(q + 1).find_first_of("0123456789") != std::string_view::npos;
        // "by those opposing the campaign", "by those who": a description, not a name.
        const bool described = s_.is(q, "those") && s_.folded(q + 1).ends_with("ing");
        const bool alone = (!s_.is_word(q + 1) && !number) || s_.in(clause_words(), q + 1) ||
                           described || s_.is(q + 1, "to") || s_.is(q + 1, "as") ||
                           s_.is(q + 1, "for") || s_.is(q + 1, "with") ||
                           s_.in(place_prepositions(), q + 1);
        if (participle && alone && !s_.is(q - 2, "followed") && !named_after(s_, q)) {
            add(q, q, Kind::VagueAgent, std::string(f), std::string(s_.folded(q)));
        }
    }

    /// "comments criticized as racist", "a style, described as transitional": a characterising
    /// participle as a reduced relative clause, its holder left out. Not an active verb after
    /// its subject ("he described it as"): the participle is followed by "as" directly and
    /// follows a noun or a comma, not a pronoun, name or auxiliary.
    void reduced_characterisation(std::ptrdiff_t p) {
        if (!s_.is(p + 1, "as") || s_.quoted(p) ||
            std::ranges::none_of(characterised_as,
                                 [&](std::string_view w) { return s_.is(p, w); })) {
            return;
        }
        const std::ptrdiff_t before = p - 1;
        const bool after_noun = s_.is_word(before) && !s_.capitalized(before) &&
                                !s_.in(pronouns(), before) && !s_.in(be_forms(), before) &&
                                !s_.in(verb_fillers(), before) && !s_.in(clause_words(), before) &&
                                !is_adverb(s_, before) && !s_.in(bare_agents(), before) &&
                                !s_.in(collective_agents(), before);
        if ((after_noun || s_.is(before, ",")) && !hedged(s_, p, p + 1)) {
            add(p, p + 1, Kind::AgentlessPassive, std::string(s_.folded(p)));
        }
    }

    /// "according to experts", "according to some".
    void according_to_vague(std::ptrdiff_t i) {
        if (!s_.is(i, "according") || !s_.is(i + 1, "to")) {
            return;
        }
        Phrase agent = agents_.vague_agent_at(i + 2);
        if (!agent) {
            agent = agents_.quantified_group_at(i + 2); // "according to some chronicles"
        }
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
        if (std::ranges::none_of(participle_adverbs,
                                 [&](std::string_view w) { return s_.is(a, w); }) ||
            is_passive_be(s_, a - 1) || hedged_before(s_, a)) {
            return;
        }
        // Adjectival ("a widely held view") or a reduced relative (", often described as"); not
        // an active verb after its subject ("the Court generally held that").
        const std::ptrdiff_t before = a - 1;
        const std::ptrdiff_t p = a + 1;
        // After a common noun, a characterising participle with "to be" or "as" is a reduced
        // relative too: "the tournament generally considered to be the championship".
        const bool reduced_relative =
            s_.is_word(before) && !s_.capitalized(before) && !s_.in(pronouns(), before) &&
            !s_.in(verb_fillers(), before) && !s_.in(be_forms(), before) &&
            !s_.in(clause_words(), before) && s_.in(characterising_participles(), p) &&
            (s_.is(p + 1, "as") || (s_.is(p + 1, "to") && s_.is(p + 2, "be")));
        if (s_.is_word(before) && !s_.in(singular_indefinites(), before) &&
            !s_.in(definite_determiners(), before) && !s_.is(before, "and") &&
            !s_.is(before, "or") && !s_.is(before, "but") && !s_.is(before, "as") &&
            !s_.is(before, "its") && !s_.is(before, "their") && !reduced_relative) {
            return;
        }
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

    /// "best known for", "a well-known rule", "famous for": a reputation,
    /// held by unnamed people, stated as fact (GUIDELINES §1, like "it is widely believed").
    void reputation(std::ptrdiff_t k) {
        static constexpr std::array<std::string_view, 9> degrees = {
            "well",       "best",      "better",          "widely",
            "commonly",   "generally", "internationally", "popularly",
            "universally"};
        auto degree = [&](std::string_view w) {
            return std::ranges::any_of(degrees, [&](std::string_view d) { return w == d; });
        };
        const std::string_view f = s_.folded(k);
        std::ptrdiff_t first = -1;
        if (std::ranges::any_of(renown_words, [&](std::string_view w) { return f == w; }) &&
            !s_.quoted(k)) {
            first = k; // "a famous siege", "infamous for egging devotees"
        } else if (f.ends_with("-known") && degree(f.substr(0, f.size() - 6))) {
            first = k; // one token: "well-known"
        } else if (f == "known") {
            const std::ptrdiff_t a = s_.is(k - 1, "-") ? k - 2 : k - 1;
            if (a >= 0 && degree(s_.folded(a)) && !s_.quoted(a)) {
                first = a;
            }
        }
        // "commonly known as Ursus", "better known by his stage name": a name in use, no view.
        if (first < 0 || hedged_before(s_, first) || s_.is(k + 1, "as") || s_.is(k + 1, "by")) {
            return;
        }
        if (s_.is(first - 1, "most") || s_.is(first - 1, "more")) {
            --first; // "most commonly known as"
        }
        add(first, k, Kind::AgentlessPassive, "known"); // "known by whom?"
    }

    void agent_or_nobody(std::ptrdiff_t first, std::ptrdiff_t participle) {
        if (const std::ptrdiff_t by = by_agent(s_, participle); by >= 0) {
            Phrase agent = agents_.vague_agent_at(by + 1);
            if (!agent) {
                agent = agents_.quantified_group_at(by + 1); // "praised by many fans"
            }
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

    /// "speculation later arose", "concerns have grown", "questions have been raised",
    /// "conventional wisdom holds": an opinion as the subject of its clause, arising or voiced
    /// with no one holding it.
    void ownerless_subject(std::ptrdiff_t n) {
        static constexpr std::array<std::string_view, 21> emerging = {
            "arose",   "arise",    "arises",    "arisen",   "grew",       "grow",    "grows",
            "grown",   "emerged",  "emerge",    "emerges",  "mounted",    "mount",   "mounts",
            "persist", "persists", "persisted", "surfaced", "circulated", "swirled", "erupted"};
        // "Conventional wisdom holds that", "popular opinion has it": received belief as an
        // agent, when a word of currency qualifies it.
        const bool received =
            std::ranges::any_of(received_nouns, [&](std::string_view w) { return s_.is(n, w); }) &&
            (s_.is(n - 1, "conventional") || s_.is(n - 1, "popular") || s_.is(n - 1, "common") ||
             s_.is(n - 1, "received") || s_.is(n - 1, "prevailing") || s_.is(n - 1, "general"));
        if ((!s_.in(opinion_nouns(), n) && !received) || s_.capitalized(n) != s_.initial(n) ||
            s_.folded(n).ends_with("ed") || s_.folded(n).ends_with("ing")) {
            return;
        }
        // The noun opens its clause, with at most an adjective before it: "But speculation",
        // "growing concern"; not "the controversy" or "his doubts", which point to an owner.
        std::ptrdiff_t first = n;
        if (s_.is_word(n - 1) && !s_.in(clause_words(), n - 1) && !s_.initial(n)) {
            const std::string_view before = s_.folded(n - 1);
            if (s_.in(definite_determiners(), n - 1) || s_.in(pronouns(), n - 1) ||
                before.ends_with("'s") || before.ends_with("\u2019s") ||
                (s_.capitalized(n - 1) && !s_.initial(n - 1)) || s_.is(n - 1, "his") ||
                s_.is(n - 1, "her") || s_.is(n - 1, "their") || s_.is(n - 1, "its") ||
                s_.is(n - 1, "our")) {
                return;
            }
            first = n - 1;
        }
        if (!s_.initial(first) && !s_.is_break(first - 1) && !s_.in(clause_words(), first - 1)) {
            return;
        }
        const std::ptrdiff_t v = skip_fillers(s_, n + 1, 3);
        if (owner_after(s_, n) || hedged_before(s_, v)) {
            return;
        }
        static constexpr std::array<std::string_view, 4> holding = {"holds", "held", "says",
                                                                    "dictates"};
        const bool holds =
            received &&
            (std::ranges::any_of(holding, [&](std::string_view w) { return s_.is(v, w); }) ||
             (s_.is(n + 1, "has") && s_.is(n + 2, "it"))); // "has it that"
        if (holds ||
            std::ranges::any_of(emerging, [&](std::string_view w) { return s_.is(v, w); })) {
            add(first, v, Kind::OwnerlessOpinion, std::string(s_.folded(n)));
            return;
        }
        // "Questions have also been raised", "concerns were voiced": raised by no one.
        static constexpr std::array<std::string_view, 5> voiced = {"raised", "expressed", "voiced",
                                                                   "levelled", "leveled"};
        std::ptrdiff_t p = v;
        if (!s_.in(be_forms(), p)) {
            return;
        }
        p = skip_fillers(s_, p + 1, 2);
        if (s_.is(p, "been")) {
            p = skip_fillers(s_, p + 1, 2);
        }
        if (std::ranges::any_of(voiced, [&](std::string_view w) { return s_.is(p, w); }) &&
            by_agent(s_, p) < 0) {
            add(first, p, Kind::OwnerlessOpinion, std::string(s_.folded(n)));
        }
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

    /// "there is some evidence that", "there are indications that": evidence no one can look
    /// up. Not "there is no evidence", "not enough evidence" or "little evidence": the author's
    /// own certainty of an absence.
    void unnamed_evidence(std::ptrdiff_t t) {
        if (!s_.is(t, "there") || !s_.in(be_forms(), t + 1)) {
            return;
        }
        std::ptrdiff_t n = t + 2;
        if (s_.is(n, "been")) {
            ++n;
        }
        for (int k = 0; k < 2 && s_.is_word(n) && !s_.is(n, "evidence") &&
                        !s_.is(n, "indications") && !s_.is(n, "no") && !s_.is(n, "not") &&
                        !s_.is(n, "little") && !s_.capitalized(n) && !s_.quoted(n);
             ++k) {
            ++n;
        }
        if ((s_.is(n, "evidence") || s_.is(n, "indications")) && !s_.quoted(n) &&
            !owner_after(s_, n) && !hedged_before(s_, t + 1)) {
            add(t, n, Kind::UnnamedReport, std::string(s_.folded(n)));
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
    AgentPhrases agents_;
    std::vector<WeaselMatch> matches_;
};

} // namespace

std::vector<WeaselMatch> find_weasel_attributions(const SentenceWords& s) {
    return Matcher(s).run();
}

} // namespace parallax::claims
