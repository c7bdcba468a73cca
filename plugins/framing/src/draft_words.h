#pragma once
// The words of a draft as the framing rules read them: each word token with its case-folded
// form (possessive stripped) and that form's stem interned to numbers, whether it is a function
// word, a name or a topic word, and whether punctuation separates it from the word before.
// Each distinct form is looked up in the lexicons once (StemFacts, FormFacts), so the rules
// compare numbers and read flags instead of hashing strings per occurrence.

#include "id_table.h"
#include "lexicon.h"

#include "parallax/document.h"
#include "parallax/framing/options.h"
#include "parallax/lexicon.h"

#include <cstdint>
#include <deque>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace parallax::framing {

struct Word {
    std::uint32_t token = 0;    // index into Document::tokens()
    std::uint32_t sentence = 0; // index into Document::sentences()
    std::uint32_t id = 0;       // the interned stem; DraftWords::stem(id) gives it back
    std::uint32_t form = 0;     // the interned form; DraftWords::form(id) gives it back
    bool function = false;      // "the", "of", "rather"
    bool name = false;          // a capitalised proper name: "NATO", "Korean"
    bool topic = false;         // a name, a generic noun or one of the draft's most frequent words
    bool joined = false;        // follows the previous word of its sentence with no break between
    bool quote_before = false;  // an opening quotation mark directly before it
    bool quote_after = false;   // a closing quotation mark directly after it
    bool phrase_word = false;   // its stem or form is a word of some lexicon phrase
    bool prose = false;         // in the author's prose (DraftWords::is_prose of its sentence)
    bool content() const { return !function; }
};

class DraftWords {
public:
    explicit DraftWords(const Document& document, const TopicOptions& topic = {},
                        std::uint32_t max_scare_quote_words = 4);

    const Document& document() const { return document_; }
    /// The draft's title: Document::title(), or else a first block of one short line that does
    /// not end in a full stop (a Markdown draft whose headline is not marked as a heading).
    const Block* title() const { return title_; }
    std::span<const Word> words() const { return words_; }
    std::span<const Word> sentence_words(std::uint32_t sentence) const;
    /// Index of a word in words(): sentence_words(s)[i] is words()[first_word(s) + i].
    std::uint32_t first_word(std::uint32_t sentence) const { return sentence_start_[sentence]; }
    /// The author's prose: not in a blockquote, not a syndication footer, not page furniture
    /// (page_furniture.h).
    bool is_prose(std::uint32_t sentence) const { return prose_[sentence]; }
    /// The paragraph of a sentence, counted from 0 in text order: a block, or in a block written
    /// one paragraph per line (every line break falls between sentences), a line.
    std::uint32_t paragraph_of(std::uint32_t sentence) const { return paragraph_[sentence]; }
    /// Whether a word lies inside a quotation of more than `max_scare_quote_words` words:
    /// someone else's words, not the author's.
    bool quoted(std::uint32_t word) const { return quoted_[word]; }
    /// Whether a word lies in the content of an attribution ("officials said that ..."):
    /// reported speech, not the author's own framing.
    bool reported(std::uint32_t word) const { return reported_[word]; }

    std::string_view stem(std::uint32_t id) const { return stems_.key(id); }
    /// A case-folded form without its possessive ending.
    std::string_view form(std::uint32_t id) const { return forms_.key(id); }
    /// The word's case-folded form without a possessive ending.
    std::string_view folded(const Word& word) const { return forms_.key(word.form); }
    /// What the lexicons say of a word's stem and of its form.
    const StemFacts& facts(const Word& word) const { return stem_facts_[word.id]; }
    const FormFacts& form_facts(const Word& word) const { return form_facts_[word.form]; }
    /// Distinct stems (ids are below this).
    std::uint32_t stem_count() const { return static_cast<std::uint32_t>(stems_.size()); }
    /// Prose occurrences of a stem.
    std::uint32_t count(std::uint32_t id) const { return counts_[id]; }
    bool is_topic_stem(std::uint32_t id) const { return topic_[id]; }

    /// Bytes from the start of `first` to the end of `last`.
    ByteRange range(const Word& first, const Word& last) const;
    /// The text of a range with runs of whitespace as one space.
    std::string text(ByteRange range) const;

private:
    /// The form id of a word token, interning its form and stem when new.
    std::uint32_t intern(const Token& token);
    /// intern() for a token whose Document word was not met before.
    std::uint32_t intern_new(const Token& token);
    void mark_paragraphs();
    void mark_quotations(std::uint32_t max_scare_quote_words);
    void mark_reported_speech();
    /// Whether a case-folded word stems to a verb of saying.
    bool is_reporting_verb(const std::string& folded);
    void mark_names();
    void mark_topics(const TopicOptions& options);

    const Block* find_title() const;

    const Document& document_;
    const lexicon::Vocabulary& vocabulary_;
    const Block* title_ = nullptr;
    std::vector<Word> words_;
    std::vector<std::uint32_t> sentence_start_; // one past the end for the last sentence too
    std::vector<bool> prose_;
    std::vector<std::uint32_t> paragraph_;
    std::vector<bool> quoted_;
    std::vector<bool> reported_;
    // Forms and stems are views into the Document's tokens, or into owned_ for the stem of a
    // form first met as a possessive (the token's stem is that of "nato's", not of "nato").
    IdTable<std::string_view> forms_;
    IdTable<std::string_view> stems_;
    std::deque<std::string> owned_;
    std::optional<Stemmer> stemmer_;
    // By Document word (Token::word): its form id, or kNoForm until met. Each distinct word of
    // the Document is hashed once, not once per token.
    static constexpr std::uint32_t kNoForm = UINT32_MAX;
    std::vector<std::uint32_t> form_of_word_;
    std::vector<std::uint32_t> form_stem_; // by form
    std::vector<FormFacts> form_facts_;    // by form
    std::vector<StemFacts> stem_facts_;    // by stem
    std::vector<std::uint32_t> counts_;
    std::vector<bool> topic_;
};

} // namespace parallax::framing
