#pragma once
// The attribution patterns of one sentence: a scanner over its tokens that appends what it finds.
// Its patterns live in attribution_scanner_patterns.cpp, the word-level judgements they share
// (subjects, clause ends, contents) in attribution_scanner_context.cpp.

#include "attribution_details.h"
#include "attribution_quotes.h"
#include "attribution_tokens.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace parallax::detail::evidence {

inline constexpr std::size_t kNone = static_cast<std::size_t>(-1);

/// Finds the attributions of one sentence, appending them to `out`.
class SentenceScanner {
public:
    SentenceScanner(const TokenView& view, const Quotations& quotes, std::uint32_t index,
                    std::vector<Found>& out);

    /// Appends the sentence's attributions in text order.
    void scan();

private:
    // Patterns, in attribution_scanner_patterns.cpp.

    /// "according to X", "in the words of X": the source follows the phrase.
    bool according_to(std::size_t i, std::size_t n);

    /// "Smith: “…”", "- Philip Bump: “…”", "Jake Tapper: Donald Trump released …" — a short name
    /// opening the sentence (or following a dash), a colon, and a quotation or what the speaker
    /// said. Without a quotation the name must look like a person's: two or more names (or
    /// initials) and no possessive ("Editor's Note: …" and "The Latest: …" are labels).
    void speaker_colon(std::size_t i);

    /// A reporting verb at token i (or a phrasal cue: "called for", "pointed out") and its
    /// source: the subject before it ("X has repeatedly warned", "X declined to say"), or, by
    /// what stands before it, a passive agent, an inverted source, an appositive subject, or the
    /// subject of a coordinated or participial verb.
    void reporting_verb(std::size_t i);

    /// "was first reported by MSNBC", "as reported by Reuters".
    void passive(std::size_t verb, std::size_t be);

    /// The verb follows a comma, dash or quotation mark. In order: an inverted source after a
    /// quotation ("…,” said Smith"); a participle continuing the previous source (", adding
    /// that"); an appositive subject ("Smith, a spokesman for the ministry, said"); an inverted
    /// source after a clause ("Talks stalled, said Smith.").
    void after_separator(std::size_t verb, std::size_t j, std::size_t cue_end, bool reporting,
                         bool participle);

    /// A verb whose subject is the source of the previous attribution in the sentence, or else
    /// the name or pronoun opening the sentence: "He echoed the promise, saying …".
    void continue_subject(std::size_t verb, std::size_t cue_end);

    /// The subject of the sentence's main clause, before token `limit`: the first name or
    /// pronoun followed by a lowercase word that does not continue a phrase ("But a few days
    /// later, Trump reversed himself" -> "Trump"; "In a speech in Westchester County on Tuesday,
    /// Mr. Trump struck" -> "Mr. Trump").
    std::optional<TokenSpan> sentence_subject(std::size_t limit) const;

    /// Adds "…, said X [in a statement]" with the clause or quotation before token j as content.
    void add_inverted(TokenSpan source, std::size_t verb, std::size_t j);

    /// "Smith, a spokesman for the ministry, said": the name before the appositive is the
    /// source, with the appositive.
    bool appositive(std::size_t verb, std::size_t j, std::size_t cue_end);

    /// Tokens [first, last) can be an appositive: a noun phrase, or a relative clause
    /// ("who …", "whose …"); not a clause with its own verb ("…, was diagnosed with …, said").
    bool appositive_segment(std::size_t first, std::size_t last) const;

    /// "Smith smiled and said": the subject of the verb before "and", else of the sentence.
    void and_verb(std::size_t verb, std::size_t and_index, std::size_t cue_end);

    /// A sentence that opens with the verb, right after a quotation: "“Why?” asked Dunn."
    void inverted_at_start(std::size_t verb, std::size_t cue_end);

    // Shared judgements, in attribution_scanner_context.cpp.

    /// A headline written in title case ("Obama Says Museum Will Tell…"): its verbs are
    /// capitalised too. Judged on first need (a capitalised cue word), once per sentence.
    bool title_case();
    bool title_case_words() const;

    void add(TokenSpan source, TokenSpan cue, TokenSpan content);

    Found* previous_in_sentence() const;

    /// The token before `i` that is not an auxiliary, negation or adverb; kNone at the start.
    std::size_t left_of(std::size_t i) const;

    std::size_t skip_parenthesis(std::size_t close) const;

    /// "said in a statement", "pointed out", "called for".
    std::size_t extend_cue(std::size_t verb, std::size_t phrasal) const;

    bool named_or_pronoun(TokenSpan phrase) const;

    /// An inverted source after a clause ends the sentence or its clause: "…, said Smith." or
    /// "…, said Smith, a spokesman".
    bool ends_inverted_clause(std::size_t i) const;

    /// A base-form verb ("say", "argue") has a plural or I/we/you/they subject, or follows an
    /// auxiliary ("will say", "did not argue"); otherwise the word is likely a noun.
    bool agrees_with_base(TokenSpan source, std::size_t head, std::size_t verb) const;

    /// A title's or an initial's full stop inside a name: "Sen. Jane Doe", "John F. Kennedy".
    bool abbreviation(std::size_t k) const;

    /// A colon or an opening quotation mark right after the cue: "he continued: “…”".
    bool introduces_quotation(std::size_t i) const;

    /// "52 percent said", "half said": a share of a group.
    bool counted(TokenSpan phrase) const;

    bool names_evidence(TokenSpan phrase) const;

    /// The object at token i is a work, not a statement: "wrote a book", "published two
    /// novels"; not "wrote a letter" nor "wrote the talks had stalled".
    bool names_a_work(std::size_t i) const;

    /// Only punctuation (or nothing) from token i to the end of the sentence.
    bool ends_sentence(std::size_t i) const;

    /// An inverted source ends its clause: "said Smith." / "said Smith, adding" / "said Smith in".
    bool ends_clause(std::size_t i) const;

    /// The reported clause or quotation after a cue: skips ",", ":", "that" and, after "told" or
    /// "asked", the addressee.
    TokenSpan content_after(std::size_t k, std::size_t verb = kNone) const;

    /// The clause or quotation before a trailing attribution that starts at token `k`.
    TokenSpan content_before(std::size_t k) const;

    const TokenView& view_;
    const Lexicon& lex_;
    const Quotations& quotes_;
    std::uint32_t index_;
    std::vector<Found>& out_;
    std::size_t first_out_;
    std::size_t b_ = 0;
    std::size_t e_ = 0;
    std::size_t next_free_ = 0;
    std::optional<bool> title_case_;
};

} // namespace parallax::detail::evidence
