#include "lexicon.h"

#include <libstemmer.h>

#include <memory>

namespace parallax::claims {

namespace {

struct StemmerDeleter {
    void operator()(sb_stemmer* stemmer) const { sb_stemmer_delete(stemmer); }
};

/// The same Snowball stemmer the SDK gives tokens, so that a listed word and a token agree.
std::string stem_of(sb_stemmer* stemmer, std::string_view word) {
    const sb_symbol* stem = sb_stemmer_stem(
        stemmer, reinterpret_cast<const sb_symbol*>(word.data()), static_cast<int>(word.size()));
    if (stem == nullptr) {
        return std::string(word);
    }
    return std::string(reinterpret_cast<const char*>(stem),
                       static_cast<std::size_t>(sb_stemmer_length(stemmer)));
}

} // namespace

WordSet::WordSet(Match match, std::initializer_list<std::string_view> words) : match_(match) {
    std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer;
    if (match_ == Match::Stem) {
        stemmer.reset(sb_stemmer_new("english", "UTF_8"));
    }
    for (std::string_view word : words) {
        if (word.starts_with('=')) {
            exact_.insert(std::string(word.substr(1)));
        } else {
            keys_.insert(stemmer ? stem_of(stemmer.get(), word) : std::string(word));
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

namespace lexicon {

using enum WordSet::Match;

const WordSet& quantifiers() {
    static const WordSet set(Exact, {"many", "some", "several", "most", "certain", "various",
                                     "numerous", "few", "other", "others", "multiple", "countless",
                                     "unnamed", "anonymous", "unidentified", "more"});
    return set;
}

const WordSet& quantifier_pronouns() {
    static const WordSet set(Exact, {"many", "some", "several", "most", "few", "others", "those"});
    return set;
}

const WordSet& singular_indefinites() {
    static const WordSet set(Exact, {"a", "an", "one", "another"});
    return set;
}

const WordSet& definite_determiners() {
    static const WordSet set(Exact, {"the", "these", "those", "this", "such", "our", "both"});
    return set;
}

const WordSet& bare_agents() {
    static const WordSet set(
        Exact,
        {"critic",       "critics",     "expert",      "experts",      "observer",    "observers",
         "analyst",      "analysts",    "commentator", "commentators", "pundit",      "pundits",
         "insider",      "insiders",    "skeptic",     "skeptics",     "sceptic",     "sceptics",
         "detractors",   "opponents",   "proponents",  "supporters",   "advocates",   "source",
         "sources",      "official",    "officials",   "diplomat",     "diplomats",   "scholar",
         "scholars",     "academics",   "historians",  "economists",   "researchers", "scientists",
         "strategists",  "specialists", "watchers",    "onlookers",    "campaigners", "activists",
         "policymakers", "insiders",    "authorities"});
    return set;
}

const WordSet& collective_agents() {
    static const WordSet set(
        Exact, {"countries", "country",  "governments", "government",   "states",    "nations",
                "voices",    "people",   "leaders",     "residents",    "citizens",  "members",
                "capitals",  "quarters", "circles",     "stakeholders", "actors",    "players",
                "partners",  "allies",   "neighbours",  "neighbors",    "parties",   "groups",
                "observers", "those",    "figures",     "politicians",  "lawmakers", "voters",
                "analysts",  "experts",  "critics",     "officials",    "sources",   "scholars"});
    return set;
}

const WordSet& opinion_verbs() {
    static const WordSet set(
        Stem,
        {"say",         "said",        "tell",        "told",        "argue",        "believe",
         "fear",        "worry",       "claim",       "note",        "suggest",      "warn",
         "view",        "see",         "saw",         "seen",        "consider",     "contend",
         "insist",      "think",       "thought",     "feel",        "felt",         "suspect",
         "maintain",    "assert",      "question",    "doubt",       "speculate",    "predict",
         "expect",      "estimate",    "agree",       "disagree",    "describe",     "accuse",
         "complain",    "allege",      "caution",     "harbor",      "harbour",      "express",
         "voice",       "reckon",      "perceive",    "regard",      "deem",         "interpret",
         "dismiss",     "reject",      "condemn",     "denounce",    "decry",        "lament",
         "blame",       "credit",      "praise",      "welcome",     "=criticize",   "=criticise",
         "=criticizes", "=criticises", "=criticized", "=criticised", "=criticizing", "=criticising",
         "urge",        "wonder",      "acknowledge", "admit",       "concede",      "recognize",
         "recognise",   "dispute",     "challenge",   "stress",      "emphasize",    "emphasise",
         "report",      "=stated",     "write",       "wrote",       "explain",      "confirm",
         "shrug",       "point",       "hope",        "attribute",   "characterize", "characterise",
         "portray",     "call"});
    return set;
}

const WordSet& opinion_adjectives() {
    static const WordSet set(
        Exact,
        {"concerned", "worried",     "skeptical",    "sceptical",   "wary",       "suspicious",
         "convinced", "unconvinced", "divided",      "alarmed",     "uneasy",     "doubtful",
         "critical",  "fearful",     "apprehensive", "pessimistic", "optimistic", "confident",
         "hopeful",   "nervous",     "anxious",      "opposed",     "resistant",  "hostile",
         "afraid",    "adamant",     "unhappy",      "dismissive",  "split"});
    return set;
}

const WordSet& hearsay_participles() {
    static const WordSet set(
        Exact, {"believed",   "thought",   "said",     "rumored",      "rumoured", "alleged",
                "reputed",    "feared",    "reported", "claimed",      "argued",   "suggested",
                "understood", "felt",      "held",     "known",        "assumed",  "presumed",
                "speculated", "noted",     "accepted", "acknowledged", "agreed",   "recognized",
                "recognised", "estimated", "expected", "predicted"});
    return set;
}

const WordSet& characterising_participles() {
    static const WordSet set(
        Exact,
        {"viewed",     "seen",      "regarded",      "considered",    "perceived", "framed",
         "described",  "portrayed", "characterized", "characterised", "painted",   "labelled",
         "labeled",    "branded",   "touted",        "hailed",        "billed",    "depicted",
         "cast",       "cited",     "interpreted",   "judged",        "deemed",    "criticized",
         "criticised", "condemned", "praised",       "lauded",        "derided",   "decried",
         "denounced",  "lambasted", "blamed",        "accused",       "credited",  "dubbed",
         "touted"});
    return set;
}

const WordSet& opinion_nouns() {
    static const WordSet set(
        Stem,
        {"fear",        "concern",      "question",   "doubt",       "worry",      "worries",
         "suspicion",   "speculation",  "=criticism", "=criticisms", "assertion",  "claim",
         "allegation",  "accusation",   "skepticism", "scepticism",  "debate",     "controversy",
         "outrage",     "alarm",        "backlash",   "resistance",  "opposition", "belief",
         "perception",  "apprehension", "unease",     "anxiety",     "anger",      "frustration",
         "rumour",      "rumor",        "talk",       "call",        "warning",    "complaint",
         "accusations", "charges",      "misgivings", "reservations"});
    return set;
}

const WordSet& opinion_triggers() {
    static const WordSet set(
        Exact,
        {"raising", "raised",    "raises",      "raise",      "sparking",   "sparked", "sparks",
         "spark",   "prompting", "fuelling",    "fueling",    "fuelled",    "fueled",  "fuels",
         "stoking", "stoked",    "heightening", "heightened", "amid",       "amidst",  "despite",
         "growing", "mounting",  "widespread",  "lingering",  "persistent", "renewed"});
    return set;
}

const WordSet& reaction_nouns() {
    static const WordSet set(
        Stem,
        {"skepticism", "scepticism", "resistance",  "=criticism", "=criticisms",  "opposition",
         "backlash",   "debate",     "controversy", "outrage",    "condemnation", "scrutiny",
         "concern",    "fear",       "doubt",       "alarm",      "objection",    "ire",
         "anger",      "praise",     "acclaim",     "pushback",   "suspicion",    "distrust",
         "mistrust",   "hostility",  "disapproval", "complaint",  "derision",     "condemnation"});
    return set;
}

const WordSet& reaction_verbs() {
    static const WordSet set(Stem,
                             {"face",    "draw",    "drew",      "drawn",  "spark",  "meet",
                              "met",     "attract", "trigger",   "prompt", "invite", "elicit",
                              "receive", "garner",  "generate",  "ignite", "stir",   "provoke",
                              "fuel",    "stoke",   "encounter", "earn",   "court",  "spur"});
    return set;
}

const WordSet& report_nouns() {
    static const WordSet set(Exact, {"reports", "report", "rumors", "rumours", "accounts",
                                     "studies", "surveys", "polls", "research", "estimates",
                                     "assessments", "analyses", "sources"});
    return set;
}

const WordSet& report_modifiers() {
    static const WordSet set(
        Exact, {"media",    "press",    "news",        "intelligence", "unconfirmed", "unverified",
                "local",    "recent",   "earlier",     "initial",      "anonymous",   "unnamed",
                "numerous", "multiple", "several",     "many",         "some",        "various",
                "other",    "credible", "conflicting", "widespread",   "published",   "western",
                "foreign",  "a",        "one",         "independent",  "recent"});
    return set;
}

const WordSet& hearsay_adverbs() {
    static const WordSet set(Exact, {"reportedly", "allegedly", "purportedly", "reputedly",
                                     "supposedly", "rumoredly", "rumouredly"});
    return set;
}

const WordSet& be_forms() {
    static const WordSet set(
        Exact, {"be",     "is",      "are",      "was",     "were",   "been",    "being", "am",
                "remain", "remains", "remained", "become",  "became", "becomes", "grown", "grow",
                "grew",   "growing", "appear",   "appears", "seem",   "seems"});
    return set;
}

const WordSet& verb_fillers() {
    static const WordSet set(
        Exact,
        {"have",         "has",     "had",       "also",   "still",     "long",      "now",
         "already",      "often",   "even",      "do",     "does",      "did",       "always",
         "too",          "however", "not",       "never",  "continue",  "continues", "continued",
         "to",           "may",     "might",     "will",   "would",     "could",     "can",
         "tend",         "tends",   "privately", "openly", "widely",    "generally", "repeatedly",
         "increasingly", "all",     "both",      "alike",  "meanwhile", "instead",   "further"});
    return set;
}

const WordSet& hedge_modals() {
    static const WordSet set(Exact, {"could", "might", "may", "would", "can", "will"});
    return set;
}

const WordSet& prescription_modals() {
    static const WordSet set(Exact, {"must", "should", "ought", "shall"});
    return set;
}

const WordSet& place_prepositions() {
    static const WordSet set(Exact, {"in", "within", "across", "throughout", "around", "among",
                                     "inside", "outside", "from", "of"});
    return set;
}

const WordSet& naming_links() {
    static const WordSet set(Exact, {"including", "include", "includes", "such", "like", "notably",
                                     "namely", "especially", "particularly", "led", "among", "at",
                                     "with"});
    return set;
}

const WordSet& saying_verbs() {
    static const WordSet set(
        Stem, {"say",       "said",      "tell",    "told",        "state",   "write",
               "wrote",     "report",    "add",     "explain",     "note",    "argue",
               "warn",      "claim",     "insist",  "announce",    "confirm", "stress",
               "emphasize", "emphasise", "declare", "acknowledge", "believe", "estimate",
               "predict",   "conclude",  "testify", "testified",   "recall"});
    return set;
}

const WordSet& pronouns() {
    static const WordSet set(Exact, {"he", "she", "they", "it", "we", "i", "you"});
    return set;
}

const WordSet& clause_words() {
    static const WordSet set(
        Exact,
        {"and",    "but",      "or",     "nor",     "that",  "which",  "who",   "whom",    "whose",
         "to",     "of",       "as",     "than",    "while", "when",   "where", "because", "if",
         "though", "although", "yet",    "so",      "for",   "with",   "by",    "on",      "at",
         "in",     "into",     "from",   "about",   "after", "before", "since", "until",   "over",
         "under",  "amid",     "amidst", "despite", "is",    "are",    "was",   "were",    "be",
         "been",   "has",      "have",   "had",     "will",  "would",  "could", "can",     "may",
         "might",  "must",     "should", "not",     "this",  "these",  "those", "it",      "its"});
    return set;
}

} // namespace lexicon
} // namespace parallax::claims
