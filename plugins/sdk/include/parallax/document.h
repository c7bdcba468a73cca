#pragma once
// The Document model every plugin reads: Markdown (or plain text) -> prose blocks -> sentences
// -> tokens. Built once per document version and shared read-only by all plugins.

#include "parallax/evidence.h"
#include "parallax/place_mention.h"
#include "parallax/text.h"

#include <cstdint>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace parallax {

enum class DocumentFormat { Markdown, PlainText };

/// Markdown for .md/.markdown (and unknown extensions), plain text for .txt.
DocumentFormat format_for_path(std::string_view path);

enum class BlockKind { Heading, Paragraph, ListItem, TableCell };

/// How a build read the Markdown block structure: parsed from scratch, re-parsed reusing the
/// previous Document's tree, (an edit inside one line of prose that cannot change any block)
/// the previous tree with the edit applied and no parse at all, or (a draft of flat prose:
/// paragraphs, ATX headings and list items of prose lines without nesting) read line by line
/// with the blocks the block grammar would give, and no tree. Plain text is always Fresh.
enum class BlockParsing { Fresh, Incremental, EditedTree, FlatProse };

/// A block of the author's prose. Code blocks, HTML, front matter and the like never become
/// blocks; they are listed in Document::excluded().
struct Block {
    BlockKind kind = BlockKind::Paragraph;
    ByteRange range;
    int heading_level = 0; // 1-6 for headings, 0 otherwise
    bool quoted = false;   // inside a blockquote: someone else's words
    std::uint32_t first_sentence = 0;
    std::uint32_t sentence_count = 0;
};

/// Evidence attached to a sentence: a link, a footnote reference, a bracketed "[3]" or a
/// parenthetical "(IISS, 2024)" reference.
struct Citation {
    enum class Kind { Link, Footnote, Bracketed, Parenthetical };
    Kind kind = Kind::Link;
    ByteRange range;    // the whole citation as it appears in the text
    std::string target; // link destination or footnote label; empty for the others
};

enum class TokenKind { Word, Number, Punctuation, Symbol };

/// A Document's number for one case-folded form: tokens with equal Token::folded have equal ids,
/// below Document::word_count(). The commonest words have the same id in every Document (their
/// index in common_words(), parallax/common_words.h); the others are numbered from there in order
/// of first appearance, valid only within their Document. Lets a plugin work a fact out once
/// per distinct word and keep it in a vector indexed by id, instead of hashing each token's text.
struct WordId {
    std::uint32_t value = 0;
    friend bool operator==(WordId, WordId) = default;
};

struct Token {
    ByteRange range;
    TokenKind kind = TokenKind::Word;
    WordId word;        // the id of `folded` (fills what would be padding: Token stays 80 bytes)
    std::string folded; // Unicode case-folded form ("NATO's" -> "nato's")
    std::string stem;   // Snowball English stem of the folded form; empty for non-words
};

struct Sentence {
    ByteRange range;
    std::uint32_t block = 0;
    std::uint32_t first_token = 0;
    std::uint32_t token_count = 0;
    std::vector<std::uint32_t> citations; // indexes into Document::citations()
};

/// Always owned by a shared_ptr (build() makes it so): caches that outlive one analysis, such as
/// the engine's, keep the Document they were computed on with shared_from_this().
class Document : public std::enable_shared_from_this<Document> {
public:
    /// Builds the model of `text`. A Markdown draft of flat prose is read line by line, without
    /// the block grammar (BlockParsing::FlatProse). When `previous` is given with the edits
    /// that turned its text into this one, its syntax trees are reused (ts_tree_edit) and only
    /// changed parts re-parsed (one edit inside a line of prose re-parses no block: see
    /// BlockParsing::EditedTree); and a block whose bytes and markup are those of one of its
    /// blocks takes that block's sentences and tokens instead of splitting and tokenizing
    /// again. The result is the same as a build without `previous`.
    static std::shared_ptr<const Document> build(Text text, DocumentFormat format,
                                                 const Document* previous = nullptr,
                                                 std::span<const TextEdit> edits = {});
    /// The shortcuts a build of a Markdown draft takes past the grammars. Each gives the
    /// Document the grammars give, but that prose left out of the inline grammar has no
    /// unparsed() ranges.
    struct MarkdownShortcuts {
        /// Read a draft of flat prose line by line, without the block grammar.
        bool flat_prose = true;
        /// Leave out of the inline grammar prose whose only markup is brackets that can make no
        /// link, reference or footnote.
        bool inert_brackets = true;
    };
    /// For tests and fuzzing: a fresh build of a Markdown draft that takes only the shortcuts
    /// given, to check that they do not change the Document.
    static std::shared_ptr<const Document> build_markdown(Text text, MarkdownShortcuts shortcuts);
    ~Document();
    Document(const Document&) = delete;
    Document& operator=(const Document&) = delete;

    const Text& text() const { return text_; }
    std::string_view slice(ByteRange range) const { return text_.slice(range); }
    DocumentFormat format() const { return format_; }

    std::span<const Block> blocks() const { return blocks_; }
    std::span<const Sentence> sentences() const { return sentences_; }
    std::span<const Token> tokens() const { return tokens_; }
    std::span<const Citation> citations() const { return citations_; }
    /// Every Token::word is below this: the common words' ids and the others of this Document.
    std::uint32_t word_count() const { return word_count_; }
    std::span<const Token> tokens_of(const Sentence& sentence) const {
        return std::span<const Token>(tokens_).subspan(sentence.first_token, sentence.token_count);
    }
    std::span<const Sentence> sentences_of(const Block& block) const {
        return std::span<const Sentence>(sentences_)
            .subspan(block.first_sentence, block.sentence_count);
    }

    /// Every attribution found in the draft, in text order (see evidence.h).
    std::span<const Attribution> attributions() const { return attributions_; }

    /// Every country and grouping named in the prose, in text order (outlets aside): found once
    /// here for every plugin that asks (see find_place_mentions in gazetteer.h for the rules).
    std::span<const PlaceMention> place_mentions() const { return place_mentions_; }

    /// The draft's title: its first heading, or in plain text a short first line without final
    /// punctuation. Null when there is none.
    const Block* title() const;

    /// Text set aside from the prose: code, inline code, HTML, front matter, link destinations.
    std::span<const ByteRange> excluded() const { return excluded_; }
    /// Ranges the parser could not make sense of (tree-sitter ERROR or MISSING nodes), in what
    /// the grammars read (see MarkdownShortcuts).
    std::span<const ByteRange> unparsed() const { return unparsed_; }

    /// How this build read the block structure: a statistic for tests and tools.
    BlockParsing block_parsing() const { return block_parsing_; }
    /// How many blocks took their sentences and tokens from the previous Document's (same
    /// bytes and markup) instead of being split and tokenized again: a statistic likewise.
    std::uint32_t reused_blocks() const { return reused_blocks_; }

    /// Index of the sentence holding `offset`, or -1.
    std::int64_t sentence_at(ByteOffset offset) const;

    /// Frees what only a later incremental build reads (the syntax trees and the blocks'
    /// fingerprints, most of a Markdown Document's memory). The model itself is unchanged; a
    /// build with this Document as `previous` then parses from scratch. Safe to call while
    /// another thread builds on this Document.
    void release_parse_state() const;
    /// False once release_parse_state() was called.
    bool has_parse_state() const;

    struct Trees;    // tree-sitter state, private to the implementation
    struct Reusable; // what a later build reuses: Trees and block fingerprints

private:
    Document(Text text, DocumentFormat format);
    static std::shared_ptr<const Document> make(Text text, DocumentFormat format,
                                                const Document* previous,
                                                std::span<const TextEdit> edits,
                                                MarkdownShortcuts shortcuts);
    std::shared_ptr<const Reusable> reusable() const;

    Text text_;
    DocumentFormat format_;
    std::vector<Block> blocks_;
    std::vector<Sentence> sentences_;
    std::vector<Token> tokens_;
    std::vector<Citation> citations_;
    std::vector<Attribution> attributions_;
    std::vector<PlaceMention> place_mentions_;
    std::vector<ByteRange> excluded_;
    std::vector<ByteRange> unparsed_;
    BlockParsing block_parsing_ = BlockParsing::Fresh;
    std::uint32_t reused_blocks_ = 0;
    std::uint32_t word_count_ = 0;
    // Released from const Documents shared between threads (release_parse_state), hence the
    // mutex; nothing else in a built Document changes.
    mutable std::mutex reusable_mutex_;
    mutable std::shared_ptr<const Reusable> reusable_;
};

} // namespace parallax
