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

struct CommonVocabulary; // draft_words.cpp

struct Word {
    std::uint32_t token = 0;    // index into Document::tokens()
    std::uint32_t sentence = 0; // index into Document::sentences()
    std::uint32_t id = 0;       // the interned stem; DraftWords::stem(id) gives it back
    std::uint32_t form = 0;     // the interned form; DraftWords::form(id) gives it back
    bool function = false;      // "the", "of", "rather"
    bool name = false;          // a capitalised proper name: "NATO", "Korean"
    bool topic = false;         // a name, a generic noun or one of the draft's most frequent words
    bool joined = false;        // follows the previous word of its sentence with no break between
    bool compound_part = false; // hyphened to a word beside it: "anti" in "anti-war"
    bool quote_before = false;  // an opening quotation mark directly before it
    bool quote_after = false;   // a closing quotation mark directly after it
    bool opens_phrase = false;  // its stem or form is the first word of some lexicon phrase
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
    /// Whether a word lies between quotation marks in the content of an attribution, however
    /// few words the marks hold ("\u201cThey are thugs,\u201d the minister said): the speaker's
    /// words, not the author's.
    bool attributed_quote(std::uint32_t word) const { return attributed_quote_[word]; }

    std::string_view stem(std::uint32_t id) const { return stems_[id].text; }
    /// A case-folded form without its possessive ending.
    std::string_view form(std::uint32_t id) const { return forms_[id].text; }
    /// The word's case-folded form without a possessive ending.
    std::string_view folded(const Word& word) const { return forms_[word.form].text; }
    /// What the lexicons say of a word's stem and of its form.
    const StemFacts& facts(const Word& word) const { return stems_[word.id].facts; }
    const FormFacts& form_facts(const Word& word) const { return forms_[word.form].facts; }
    /// Distinct stems (ids are below this).
    std::uint32_t stem_count() const { return static_cast<std::uint32_t>(stems_.size()); }
    /// Prose occurrences of a stem.
    std::uint32_t count(std::uint32_t id) const { return counts_[id]; }
    bool is_topic_stem(std::uint32_t id) const { return topic_[id] != 0; }

    /// Bytes from the start of `first` to the end of `last`.
    ByteRange range(const Word& first, const Word& last) const;
    /// Whether the words from `first` to `last` are written as one, with no space between:
    /// the parts of a hyphenated compound ("re-enters", "wall-to-wall").
    bool written_as_one(const Word& first, const Word& last) const;
    /// Whether a word follows "anti-" or "counter-" in one compound, which names the opposition
    /// to it: "anti-fascist campaigners" brands no one a fascist, a "counter-propaganda
    /// campaign" is no propaganda.
    bool opposed_in_compound(std::uint32_t word) const;
    /// Whether a coordinating conjunction ("and", "or", "but", "nor") stands between two words
    /// (indexes into words(), `first` < `last`).
    bool coordinated(std::uint32_t first, std::uint32_t last) const;
    /// The text of a range with runs of whitespace as one space.
    std::string text(ByteRange range) const;

private:
    /// The form id of a word token, interning its form and stem when new.
    std::uint32_t intern(const Token& token);
    /// intern() for a token of a word outside the common words, met for the first time.
    std::uint32_t intern_other(const Token& token);
    /// The id of a form or stem of the common words (by its index in their table), added when
    /// new; add_common_form() when known to be new.
    std::uint32_t intern_common_form(std::uint32_t common_form);
    std::uint32_t add_common_form(std::uint32_t common_form);
    std::uint32_t intern_common_stem(std::uint32_t common_stem);
    /// The stem id of a stem, added when new; `hash` is IdTable<std::string_view>::hash(stem).
    std::uint32_t intern_stem(std::string_view stem, std::uint64_t hash);
    std::uint32_t add_form(std::string_view form, std::uint32_t stem, const FormFacts& facts);
    std::uint32_t add_stem(std::string_view stem, const StemFacts& facts);
    /// The form id of a case-folded form without possessive, or IdTable::kNone when the draft
    /// has no such form.
    std::uint32_t find_form(std::string_view form) const;
    void mark_paragraphs();
    /// Fills reported_ and attributed_quote_ from the document's attributions.
    void mark_reported_speech();
    /// Whether a case-folded word stems to a verb of saying.
    bool is_reporting_verb(const std::string& folded);
    /// `content_words`: the content words of the prose; `name_stems`: by stem id, whether its
    /// words are names (Word::name).
    void mark_topics(const TopicOptions& options, std::uint32_t content_words,
                     const std::vector<std::uint8_t>& name_stems);

    const Block* find_title() const;

    const Document& document_;
    const lexicon::Vocabulary& vocabulary_;
    const CommonVocabulary& common_;
    const Block* title_ = nullptr;
    std::vector<Word> words_;
    std::vector<std::uint32_t> sentence_start_; // one past the end for the last sentence too
    std::vector<bool> prose_;
    std::vector<std::uint32_t> paragraph_;
    std::vector<bool> quoted_;
    std::vector<bool> in_quotation_marks_; // between a pair of marks, however few words
    std::vector<bool> reported_;
    std::vector<bool> attributed_quote_;
    // Forms and stems by id: views into the common words' table, into the Document's tokens,
    // or into owned_ for the stem of a form first met as a possessive (the token's stem is that
    // of "nato's", not of "nato").
    struct Form {
        std::string_view text;
        std::uint32_t stem = 0; // its stem's id
        FormFacts facts;
    };
    struct Stem {
        std::string_view text;
        StemFacts facts;
    };
    std::vector<Form> forms_; // by id
    std::vector<Stem> stems_; // by id
    std::deque<std::string> owned_;
    std::optional<Stemmer> stemmer_;
    // The forms and stems of the common words have indexes worked out once per process
    // (CommonVocabulary): a token of one is looked up by those, without hashing text.
    SparseIds form_of_common_; // by common form index
    SparseIds stem_of_common_; // by common stem index
    // By Document word (Token::word) beyond the common words: its form id, or kNoForm until
    // met. Each distinct word of the Document is hashed once, not once per token.
    static constexpr std::uint32_t kNoForm = UINT32_MAX;
    std::vector<std::uint32_t> form_of_other_word_;
    // The other forms and stems, by text: their ids in these tables, then in forms_ / stems_.
    IdTable<std::string_view> other_forms_;
    IdTable<std::string_view> other_stems_;
    std::vector<std::uint32_t> form_of_other_; // by id in other_forms_
    std::vector<std::uint32_t> stem_of_other_; // by id in other_stems_
    std::vector<std::uint32_t> counts_;
    std::vector<std::uint8_t> topic_; // by stem: a byte, not a bit, read once per word
};

} // namespace parallax::framing
