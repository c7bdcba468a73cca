#pragma once
// Internal pieces of the Document build, shared by the front ends (Markdown, plain text) and the
// prose pipeline (sentences, tokens). Not part of the SDK's public headers.

#include "parallax/document.h"
#include "parallax/lexicon.h"

#include <tree_sitter/api.h>
#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace parallax {

namespace detail {

struct TreeDeleter {
    void operator()(TSTree* tree) const { ts_tree_delete(tree); }
};
using TreePtr = std::unique_ptr<TSTree, TreeDeleter>;

/// How a stretch of a block's bytes is shown to the ICU break iterators.
enum class SpanKind {
    Hidden,  // code, HTML, autolinks: one U+FFFC, no tokens
    Removed, // link destinations, footnote and bracketed references: nothing, no tokens
    Blank,   // block continuation markers ("> ") inside a block: one space
};

struct Span {
    ByteRange range;
    SpanKind kind = SpanKind::Hidden;
};

/// A prose block as a front end finds it, before sentences and tokens.
struct RawBlock {
    BlockKind kind = BlockKind::Paragraph;
    ByteRange range;
    int heading_level = 0;
    bool quoted = false;
    std::vector<Span> spans;              // sorted by start, non-overlapping, inside `range`
    std::vector<std::uint32_t> citations; // indexes into Parsed::citations found by the parser
};

struct Parsed {
    std::vector<RawBlock> blocks;
    std::vector<Citation> citations;
    std::vector<ByteRange> excluded;
    std::vector<ByteRange> unparsed;
    BlockParsing block_parsing = BlockParsing::Fresh;
};

/// Markdown front end. `trees` receives the syntax trees; `previous` (the trees of
/// `previous_text`, with the `edits` that turned it into `text`) are reused. A draft of flat
/// prose is read without the block grammar (and gets no block tree), and prose with no markup
/// that can make anything is not given to the inline grammar, unless `shortcuts` says otherwise.
Parsed parse_markdown(std::string_view text, Document::Trees& trees,
                      const Document::Trees* previous, std::string_view previous_text,
                      std::span<const TextEdit> edits, Document::MarkdownShortcuts shortcuts = {});

/// Plain-text front end.
Parsed parse_plain_text(std::string_view text);

/// Finds bracketed ("[3]") and parenthetical ("(IISS, 2024)") references in a block's prose,
/// outside its spans and the citations already found, adding them to `citations`.
void scan_citations(std::string_view text, RawBlock& block, std::vector<Citation>& citations);

/// The place mentions of a built Document's prose (its sentences and tokens), which the build
/// keeps as Document::place_mentions(). In gazetteer_match.cpp.
std::vector<PlaceMention> scan_place_mentions(const Document& document);

/// The UTF-16 text ICU sees for one block, with a map from each unit back to its byte offset.
struct ProseBuffer {
    icu::UnicodeString text;
    std::vector<std::uint32_t> starts; // byte offset where each unit's character starts
    std::vector<std::uint32_t> ends;   // byte offset where each unit's character (or span) ends
    std::vector<std::uint8_t> hidden;  // 1 for units standing for hidden spans

    void fill(std::string_view doc, const RawBlock& block);
    /// Byte range of the units [start, end), end > start.
    ByteRange bytes(std::int32_t start, std::int32_t end) const {
        return {ByteOffset{starts[static_cast<std::size_t>(start)]},
                ByteOffset{ends[static_cast<std::size_t>(end - 1)]}};
    }
};

struct UnitRange {
    std::int32_t start = 0;
    std::int32_t end = 0;
};

using BreakIteratorPtr = std::unique_ptr<icu::BreakIterator>;

/// Sentence boundaries with our abbreviations; create once per Document build.
class SentenceSplitter {
public:
    SentenceSplitter();
    /// Sentences of `buffer`, trimmed of whitespace, empty ones dropped.
    void split(const ProseBuffer& buffer, std::vector<UnitRange>& out);

private:
    BreakIteratorPtr iterator_;
};

/// Word tokens with case-folded forms; create once per Document build. Their ids and stems are
/// given by WordIds (word_ids.h) once the block's sentences have taken them.
class Tokenizer {
public:
    Tokenizer();
    /// Appends the tokens of `buffer` to `out` (whitespace and hidden units skipped).
    void tokenize(const ProseBuffer& buffer, std::string_view doc, std::vector<Token>& out);

private:
    BreakIteratorPtr iterator_;
};

} // namespace detail

struct Document::Trees {
    detail::TreePtr block;
    struct Inline {
        std::vector<TSRange> ranges; // the included ranges it was parsed with
        detail::TreePtr tree;
    };
    /// One inline tree per inline node (or table cell) that holds inline markup, in document
    /// order; prose without markup is not parsed by the inline grammar and has no entry.
    std::vector<Inline> inlines;
};

} // namespace parallax
