#pragma once
// The words of a draft as the framing rules read them: each word token with its stem (of the
// base form, possessive stripped) interned to a number, whether it is a function word, a name or
// a topic word, and whether punctuation separates it from the word before.

#include "parallax/document.h"
#include "parallax/framing/options.h"
#include "parallax/lexicon.h"

#include <cstdint>
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
    bool function = false;      // "the", "of", "rather"
    bool name = false;          // a capitalised proper name: "NATO", "Korean"
    bool topic = false;         // a name, a generic noun or one of the draft's most frequent words
    bool joined = false;        // follows the previous word of its sentence with no break between
    bool quote_before = false;  // an opening quotation mark directly before it
    bool quote_after = false;   // a closing quotation mark directly after it
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

    const std::string& stem(std::uint32_t id) const { return stems_[id]; }
    /// The word's case-folded form without a possessive ending.
    std::string_view folded(const Word& word) const;
    std::optional<std::uint32_t> find(std::string_view stem) const;
    /// Prose occurrences of a stem.
    std::uint32_t count(std::uint32_t id) const { return counts_[id]; }
    bool is_topic_stem(std::uint32_t id) const { return topic_[id]; }

    /// Bytes from the start of `first` to the end of `last`.
    ByteRange range(const Word& first, const Word& last) const;
    /// The text of a range with runs of whitespace as one space.
    std::string text(ByteRange range) const;

private:
    std::uint32_t intern(std::string_view stem);
    void mark_paragraphs();
    void mark_quotations(std::uint32_t max_scare_quote_words);
    void mark_reported_speech();
    void mark_names();
    void mark_topics(const TopicOptions& options);

    const Block* find_title() const;

    const Document& document_;
    const Block* title_ = nullptr;
    std::vector<Word> words_;
    std::vector<std::uint32_t> sentence_start_; // one past the end for the last sentence too
    std::vector<bool> prose_;
    std::vector<std::uint32_t> paragraph_;
    std::vector<bool> quoted_;
    std::vector<bool> reported_;
    std::vector<std::string> stems_;
    StringMap<std::uint32_t> ids_;
    std::vector<std::uint32_t> counts_;
    std::vector<bool> topic_;
};

} // namespace parallax::framing
