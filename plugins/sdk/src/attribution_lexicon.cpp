#include "attribution_lexicon.h"

#include "parallax/common_words.h"

#include <algorithm>
#include <array>

namespace parallax::embedded {
std::string_view evidence_reporting_verbs();
std::string_view evidence_finding_verbs();
std::string_view evidence_evidence_nouns();
std::string_view evidence_control_verbs();
std::string_view evidence_vague_agents();
std::string_view evidence_vague_quantifiers();
std::string_view evidence_anchorless_modifiers();
std::string_view evidence_pronouns();
std::string_view evidence_determiners();
std::string_view evidence_verb_fillers();
std::string_view evidence_be_forms();
std::string_view evidence_clause_words();
std::string_view evidence_noun_phrase_links();
std::string_view evidence_titles();
std::string_view evidence_time_words();
std::string_view evidence_time_openers();
std::string_view evidence_participle_openers();
std::string_view evidence_shares();
std::string_view evidence_named_only_verbs();
std::string_view evidence_authoring_verbs();
std::string_view evidence_work_nouns();
std::string_view evidence_trailing_verbs();
std::string_view evidence_phrasal_cues();
std::string_view evidence_false_cues();
std::string_view evidence_attribution_phrases();
std::string_view evidence_statement_phrases();
} // namespace parallax::embedded

namespace parallax::detail::evidence {

namespace {

std::vector<std::string> words_of(std::string_view entry) {
    std::vector<std::string> words;
    while (!entry.empty()) {
        const std::size_t space = entry.find(' ');
        const std::string_view word = entry.substr(0, space);
        entry.remove_prefix(space == std::string_view::npos ? entry.size() : space + 1);
        if (!word.empty()) {
            words.emplace_back(word);
        }
    }
    return words;
}

bool vowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/// Regular verb (and plural) forms of a base word ("add": adds, added, adding; "study":
/// studies, studied, studying).
std::vector<std::string> inflections(const std::string& base) {
    std::vector<std::string> forms;
    if (base.size() < 3 || base.find(' ') != std::string::npos) {
        return forms;
    }
    const char last = base.back();
    const char before = base[base.size() - 2];
    if (last == 'e') {
        const std::string stem = base.substr(0, base.size() - 1);
        forms = {base + "s", base + "d", stem + "ing"};
    } else if (last == 'y' && !vowel(before)) {
        const std::string stem = base.substr(0, base.size() - 1);
        forms = {stem + "ies", stem + "ied", base + "ing"};
    } else {
        const bool sibilant = last == 's' || last == 'x' || last == 'z' || last == 'h';
        forms = {base + (sibilant ? "es" : "s"), base + "ed", base + "ing"};
        if (!vowel(last) && vowel(before) && last != 'w' && last != 'y') {
            forms.push_back(base + last + "ed"); // admit -> admitted
            forms.push_back(base + last + "ing");
        }
    }
    return forms;
}

} // namespace

WordList::WordList(Match match, std::string_view lexicon_text) {
    for (const std::string_view entry : lexicon_entries(lexicon_text)) {
        if (entry.starts_with('=')) {
            words_.emplace(entry.substr(1));
            continue;
        }
        const std::string base(entry);
        words_.insert(base);
        if (match == Match::Inflected) {
            bases_.insert(base);
            for (std::string& form : inflections(base)) {
                words_.insert(std::move(form));
            }
        }
    }
}

PhraseList::PhraseList(std::string_view lexicon_text) {
    for (const std::string_view entry : lexicon_entries(lexicon_text)) {
        phrases_.push_back(words_of(entry));
        if (!phrases_.back().empty()) {
            const std::string& first = phrases_.back().front();
            by_first_word_[first].push_back(phrases_.size() - 1);
            first_bytes_.set(static_cast<unsigned char>(first.front()));
            first_lengths_.set(std::min<std::size_t>(first.size(), first_lengths_.size() - 1));
        }
    }
}

std::size_t PhraseList::longest_from(std::span<const Token> tokens, std::size_t at) const {
    const auto candidates = by_first_word_.find(tokens[at].folded);
    if (candidates == by_first_word_.end()) {
        return 0; // no phrase starts with this word
    }
    std::size_t best = 0;
    for (const std::size_t index : candidates->second) {
        const auto& phrase = phrases_[index];
        if (phrase.size() <= best || at + phrase.size() > tokens.size()) {
            continue;
        }
        bool equal = true;
        for (std::size_t k = 0; k < phrase.size() && equal; ++k) {
            equal = tokens[at + k].folded == phrase[k];
        }
        if (equal) {
            best = phrase.size();
        }
    }
    return best;
}

void PhraseList::add_first_words(HashedWordSet& out) const {
    for (const auto& [word, phrases] : by_first_word_) {
        out.insert(word);
    }
}

WordClasses Lexicon::classes_of(std::string_view folded) const {
    const auto it = classes.find(folded);
    WordClasses found = it == classes.end() ? 0 : it->second;
    const std::string_view bare = bare_form(folded);
    const bool bare_pronoun = bare.size() == folded.size() ? (found & pronouns.bit()) != 0
                                                           : pronouns.contains_folded(bare);
    if (bare_pronoun) {
        found |= word_class::kBarePronoun;
    }
    if (folded.size() <= 3) { // the marks: only the short forms are worth comparing
        if (folded == ":") {
            found |= word_class::kColon;
        }
        // The forms of TokenView::quote's marks: “ « `` ” » " '.
        constexpr std::array<std::string_view, 7> kMarks{"\u201C", "\u00AB", "``", "\u201D",
                                                         "\u00BB", "\"",     "'"};
        if (std::ranges::find(kMarks, folded) != kMarks.end()) {
            found |= word_class::kQuoteMark;
        }
    }
    return found;
}

namespace {

void add_class(HashedClassMap& classes, const HashedWordSet& words, WordClasses bit) {
    for (const std::string& word : words) {
        classes[word] |= bit;
    }
}

/// Gives every list its bit and indexes every form by its classes.
void index_classes(Lexicon& lexicon) {
    const std::array word_lists{&lexicon.reporting_verbs,
                                &lexicon.finding_verbs,
                                &lexicon.evidence_nouns,
                                &lexicon.control_verbs,
                                &lexicon.vague_agents,
                                &lexicon.vague_quantifiers,
                                &lexicon.anchorless_modifiers,
                                &lexicon.pronouns,
                                &lexicon.determiners,
                                &lexicon.verb_fillers,
                                &lexicon.be_forms,
                                &lexicon.clause_words,
                                &lexicon.noun_phrase_links,
                                &lexicon.titles,
                                &lexicon.time_words,
                                &lexicon.time_openers,
                                &lexicon.participle_openers,
                                &lexicon.shares,
                                &lexicon.named_only_verbs,
                                &lexicon.authoring_verbs,
                                &lexicon.work_nouns,
                                &lexicon.trailing_verbs};
    const std::array phrase_lists{&lexicon.attribution_phrases, &lexicon.statement_phrases,
                                  &lexicon.phrasal_cues, &lexicon.false_cues};
    static_assert(word_class::kFirstListBit + word_lists.size() + phrase_lists.size() <=
                      word_class::kLastListBit + 1,
                  "WordClasses has a bit for every list");
    unsigned next = word_class::kFirstListBit;
    for (WordList* list : word_lists) {
        list->set_bit(1U << next++);
        add_class(lexicon.classes, list->words(), list->bit());
    }
    for (PhraseList* list : phrase_lists) {
        list->set_bit(1U << next++);
        HashedWordSet first_words;
        list->add_first_words(first_words);
        add_class(lexicon.classes, first_words, list->bit());
    }
    add_class(lexicon.classes, lexicon.cue_words, word_class::kCueWord);
    add_class(lexicon.classes, lexicon.reporting_verbs.bases(), word_class::kReportingBase);

    const auto common = common_words();
    lexicon.common_classes.reserve(common.size());
    for (const CommonWord& word : common) {
        lexicon.common_classes.push_back(lexicon.classes_of(word.folded));
    }
}

Lexicon load_lexicon() {
    using enum WordList::Match;
    Lexicon lexicon{
        .reporting_verbs = WordList(Inflected, embedded::evidence_reporting_verbs()),
        .finding_verbs = WordList(Inflected, embedded::evidence_finding_verbs()),
        .evidence_nouns = WordList(Inflected, embedded::evidence_evidence_nouns()),
        .control_verbs = WordList(Inflected, embedded::evidence_control_verbs()),
        .vague_agents = WordList(Exact, embedded::evidence_vague_agents()),
        .vague_quantifiers = WordList(Exact, embedded::evidence_vague_quantifiers()),
        .anchorless_modifiers = WordList(Exact, embedded::evidence_anchorless_modifiers()),
        .pronouns = WordList(Exact, embedded::evidence_pronouns()),
        .determiners = WordList(Exact, embedded::evidence_determiners()),
        .verb_fillers = WordList(Exact, embedded::evidence_verb_fillers()),
        .be_forms = WordList(Exact, embedded::evidence_be_forms()),
        .clause_words = WordList(Exact, embedded::evidence_clause_words()),
        .noun_phrase_links = WordList(Exact, embedded::evidence_noun_phrase_links()),
        .titles = WordList(Exact, embedded::evidence_titles()),
        .time_words = WordList(Exact, embedded::evidence_time_words()),
        .time_openers = WordList(Exact, embedded::evidence_time_openers()),
        .participle_openers = WordList(Exact, embedded::evidence_participle_openers()),
        .shares = WordList(Exact, embedded::evidence_shares()),
        .named_only_verbs = WordList(Inflected, embedded::evidence_named_only_verbs()),
        .authoring_verbs = WordList(Inflected, embedded::evidence_authoring_verbs()),
        .work_nouns = WordList(Inflected, embedded::evidence_work_nouns()),
        .trailing_verbs = WordList(Inflected, embedded::evidence_trailing_verbs()),
        .attribution_phrases = PhraseList(embedded::evidence_attribution_phrases()),
        .statement_phrases = PhraseList(embedded::evidence_statement_phrases()),
        .phrasal_cues = PhraseList(embedded::evidence_phrasal_cues()),
        .false_cues = PhraseList(embedded::evidence_false_cues()),
        .cue_words = {},
        .classes = {},
        .common_classes = {},
    };
    for (const WordList* verbs : {&lexicon.reporting_verbs, &lexicon.finding_verbs,
                                  &lexicon.named_only_verbs, &lexicon.trailing_verbs}) {
        lexicon.cue_words.insert(verbs->words().begin(), verbs->words().end());
    }
    lexicon.phrasal_cues.add_first_words(lexicon.cue_words);
    index_classes(lexicon);
    return lexicon;
}

} // namespace

const Lexicon& lexicon() {
    static const Lexicon lexicon = load_lexicon();
    return lexicon;
}

} // namespace parallax::detail::evidence
