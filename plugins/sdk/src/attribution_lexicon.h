#pragma once
// The word lists the attribution finder reasons with, loaded once from the data files under
// plugins/data/lexicons/evidence/ (embedded at build time; each file says what it is for).

#include "parallax/document.h"
#include "parallax/lexicon.h"

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace parallax::detail::evidence {

/// A set of words, matched on a token's case-folded form. In an inflected list each entry also
/// stands for its regular verb and plural forms ("argue": argues, argued, arguing) — not for
/// its derivations ("insist" is not "insistence", which a Snowball stem would conflate); an entry
/// written "=word" stands for itself only. In an exact list every entry stands for itself.
class WordList {
public:
    enum class Match { Inflected, Exact };
    WordList(Match match, std::string_view lexicon_text);

    bool contains(const Token& token) const;
    bool contains_folded(std::string_view folded) const;
    /// Whether the token is an entry's base form ("say", not "says" or "said"): present tense
    /// that agrees only with a plural or I/we/you/they, or follows an auxiliary.
    bool base_form(const Token& token) const { return bases_.contains(token.folded); }
    /// Every word form the list matches.
    const StringSet& words() const { return words_; }

private:
    StringSet words_;
    StringSet bases_;
};

/// Multi-word phrases, matched word by word on case-folded tokens.
class PhraseList {
public:
    explicit PhraseList(std::string_view lexicon_text);
    /// Number of tokens of the longest phrase starting at tokens[at], or 0.
    std::size_t match(std::span<const Token> tokens, std::size_t at) const;
    /// Adds the first word of every phrase to `out`.
    void add_first_words(StringSet& out) const;

private:
    std::vector<std::vector<std::string>> phrases_;
    StringMap<std::vector<std::size_t>> by_first_word_; // indexes into phrases_
};

struct Lexicon {
    WordList reporting_verbs;
    WordList finding_verbs;
    WordList evidence_nouns;
    WordList control_verbs;
    WordList vague_agents;
    WordList vague_quantifiers;
    WordList anchorless_modifiers;
    WordList pronouns;
    WordList determiners;
    WordList verb_fillers;
    WordList be_forms;
    WordList clause_words;
    WordList noun_phrase_links;
    WordList titles;
    WordList time_words;
    WordList time_openers;
    WordList participle_openers;
    WordList shares;
    WordList named_only_verbs;
    WordList authoring_verbs;
    WordList work_nouns;
    WordList trailing_verbs;
    PhraseList attribution_phrases;
    PhraseList statement_phrases;
    PhraseList phrasal_cues;
    PhraseList false_cues;
    /// Every word a reporting cue can start with: the reporting, finding, named-only and
    /// trailing verbs and the first words of phrasal cues. Most words are none of them, and one
    /// lookup here spares the five a cue needs.
    StringSet cue_words;
};

/// The lexicon, loaded on first use.
const Lexicon& lexicon();

} // namespace parallax::detail::evidence
