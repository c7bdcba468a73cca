// Markdown: the tree-sitter block grammar, then the inline grammar over each `inline` node and
// table cell. Prose becomes blocks; code, HTML, front matter and link targets are set aside;
// links and footnote references become citations.

#include "flat_markdown.h"
#include "inert_brackets.h"
#include "internal.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <map>
#include <stdexcept>
#include <string>

extern "C" const TSLanguage* tree_sitter_markdown(void);
extern "C" const TSLanguage* tree_sitter_markdown_inline(void);

namespace parallax::detail {

namespace {

struct ParserDeleter {
    void operator()(TSParser* parser) const { ts_parser_delete(parser); }
};
using ParserPtr = std::unique_ptr<TSParser, ParserDeleter>;

/// Owns a TSTreeCursor.
class Cursor {
public:
    explicit Cursor(TSNode node) : cursor_(ts_tree_cursor_new(node)) {}
    ~Cursor() { ts_tree_cursor_delete(&cursor_); }
    Cursor(const Cursor&) = delete;
    Cursor& operator=(const Cursor&) = delete;
    TSTreeCursor* get() { return &cursor_; }
    TSNode node() const { return ts_tree_cursor_current_node(&cursor_); }

private:
    TSTreeCursor cursor_;
};

enum class Kind : std::uint8_t {
    Other,
    // block grammar
    AtxHeading,
    AtxH1,
    AtxH2,
    AtxH3,
    AtxH4,
    AtxH5,
    AtxH6,
    SetextHeading,
    SetextH1,
    SetextH2,
    Paragraph,
    Inline,
    BlockContinuation,
    BlockQuote,
    ListItem,
    FencedCode,
    IndentedCode,
    HtmlBlock,
    MinusMetadata,
    PlusMetadata,
    LinkReferenceDefinition,
    LinkLabel,
    LinkDestination,
    LinkTitle,
    PipeTableCell,
    // inline grammar
    CodeSpan,
    HtmlTag,
    InlineLink,
    Image,
    FullReferenceLink,
    CollapsedReferenceLink,
    ShortcutLink,
    LinkText,
    UriAutolink,
    EmailAutolink,
};

constexpr std::pair<const char*, Kind> kKindNames[] = {
    {"atx_heading", Kind::AtxHeading},
    {"atx_h1_marker", Kind::AtxH1},
    {"atx_h2_marker", Kind::AtxH2},
    {"atx_h3_marker", Kind::AtxH3},
    {"atx_h4_marker", Kind::AtxH4},
    {"atx_h5_marker", Kind::AtxH5},
    {"atx_h6_marker", Kind::AtxH6},
    {"setext_heading", Kind::SetextHeading},
    {"setext_h1_underline", Kind::SetextH1},
    {"setext_h2_underline", Kind::SetextH2},
    {"paragraph", Kind::Paragraph},
    {"inline", Kind::Inline},
    {"block_continuation", Kind::BlockContinuation},
    {"block_quote", Kind::BlockQuote},
    {"list_item", Kind::ListItem},
    {"fenced_code_block", Kind::FencedCode},
    {"indented_code_block", Kind::IndentedCode},
    {"html_block", Kind::HtmlBlock},
    {"minus_metadata", Kind::MinusMetadata},
    {"plus_metadata", Kind::PlusMetadata},
    {"link_reference_definition", Kind::LinkReferenceDefinition},
    {"link_label", Kind::LinkLabel},
    {"link_destination", Kind::LinkDestination},
    {"link_title", Kind::LinkTitle},
    {"pipe_table_cell", Kind::PipeTableCell},
    {"code_span", Kind::CodeSpan},
    {"html_tag", Kind::HtmlTag},
    {"inline_link", Kind::InlineLink},
    {"image", Kind::Image},
    {"full_reference_link", Kind::FullReferenceLink},
    {"collapsed_reference_link", Kind::CollapsedReferenceLink},
    {"shortcut_link", Kind::ShortcutLink},
    {"link_text", Kind::LinkText},
    {"uri_autolink", Kind::UriAutolink},
    {"email_autolink", Kind::EmailAutolink},
};

/// Node kinds by symbol, for one grammar.
class KindTable {
public:
    explicit KindTable(const TSLanguage* language)
        : kinds_(ts_language_symbol_count(language), Kind::Other) {
        for (TSSymbol symbol = 0; symbol < kinds_.size(); ++symbol) {
            if (ts_language_symbol_type(language, symbol) != TSSymbolTypeRegular) {
                continue;
            }
            const char* name = ts_language_symbol_name(language, symbol);
            for (const auto& [known, kind] : kKindNames) {
                if (std::strcmp(name, known) == 0) {
                    kinds_[symbol] = kind;
                }
            }
        }
    }
    Kind operator()(TSNode node) const {
        const TSSymbol symbol = ts_node_symbol(node);
        return symbol < kinds_.size() ? kinds_[symbol] : Kind::Other;
    }

private:
    std::vector<Kind> kinds_;
};

const KindTable& block_kinds() {
    static const KindTable table(tree_sitter_markdown());
    return table;
}

const KindTable& inline_kinds() {
    static const KindTable table(tree_sitter_markdown_inline());
    return table;
}

/// ERROR (tree-sitter's built-in symbol 65535) or MISSING nodes.
bool is_unparsed(TSNode node) {
    return ts_node_symbol(node) == static_cast<TSSymbol>(-1) || ts_node_is_missing(node);
}

ByteRange range_of(TSNode node) {
    return {ByteOffset{ts_node_start_byte(node)}, ByteOffset{ts_node_end_byte(node)}};
}

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

std::string normalize_label(std::string_view label) {
    std::string out;
    bool space = false;
    for (const char c : label) {
        if (is_space(c)) {
            space = !out.empty();
            continue;
        }
        if (space) {
            out.push_back(' ');
            space = false;
        }
        out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
    return out;
}

std::string_view strip_brackets(std::string_view s, char open, char close) {
    if (s.size() >= 2 && s.front() == open && s.back() == close) {
        return s.substr(1, s.size() - 2);
    }
    return s;
}

/// Every inline node that walk_inline acts on starts with one of these bytes: code spans with a
/// backtick; HTML tags and autolinks with "<"; links, images, references and footnotes with "[".
/// Prose without them is not given to the inline grammar: its parse would find nothing to act
/// on, and it was nearly half the cost of reading a Markdown draft of plain prose. Nor is prose
/// whose brackets are inert (see inert_brackets.h).
constexpr std::string_view kCodeAndHtmlTriggers = "`<";

/// A stretch of prose found in the block tree, parsed with the inline grammar afterwards.
struct ProseItem {
    RawBlock block;
    std::vector<TSRange> ranges; // the inline grammar's included ranges
    bool atx_heading = false;    // may end with a closing "##" sequence
};

TSInputEdit input_edit(const TextEdit& edit) {
    auto point = [](Position p) { return TSPoint{p.line.value, p.character}; };
    return TSInputEdit{edit.start.value,          edit.old_end.value,
                       edit.new_end.value,        point(edit.start_point),
                       point(edit.old_end_point), point(edit.new_end_point)};
}

/// How far a stretch [start, end) of the previous text moved, or nullopt when an edit touched
/// it (then its inline tree is not reused: the inline grammar's scanner keeps state, and an
/// incremental re-parse can disagree with a fresh one).
std::optional<std::int64_t> shift_of(std::uint32_t start, std::uint32_t end,
                                     std::span<const TextEdit> edits) {
    std::int64_t shift = 0;
    for (const TextEdit& edit : edits) {
        const auto s = static_cast<std::int64_t>(start) + shift;
        const auto e = static_cast<std::int64_t>(end) + shift;
        if (edit.start.value >= e) {
            continue;
        }
        if (edit.old_end.value <= s) {
            shift += static_cast<std::int64_t>(edit.new_end.value) - edit.old_end.value;
            continue;
        }
        return std::nullopt;
    }
    return shift;
}

/// Bytes an edit may remove or insert and still leave every line's block meaning as it was,
/// when it lies after the first letter of a prose line: letters, digits, spaces and punctuation
/// that no CommonMark or GFM block rule reads past a line's start (list markers, thematic breaks,
/// setext underlines, fences, HTML starts and link definitions all begin a line). Excluded:
/// line ends, tabs and other controls; table pipes and the backslash that escapes them; "#"
/// (ATX closing sequences); and, to be safe, every other character with a block or container
/// meaning at a line's start. Bytes of multi-byte UTF-8 characters are allowed.
bool plain_edit_byte(unsigned char c) {
    if (c >= 0x80) {
        return true;
    }
    if (std::isalnum(c) != 0 || c == ' ') {
        return true;
    }
    constexpr std::string_view kPlainPunctuation = ".,;:'\"()/%$@^{}";
    return kPlainPunctuation.find(static_cast<char>(c)) != std::string_view::npos;
}

bool plain_edit_bytes(std::string_view bytes) {
    return std::all_of(bytes.begin(), bytes.end(),
                       [](char c) { return plain_edit_byte(static_cast<unsigned char>(c)); });
}

/// Moves `cursor` to the first child holding the byte before `offset` and reaching `offset`.
/// (ts_tree_cursor_goto_first_child_for_byte takes a child ending at its goal in some versions.)
bool goto_child_around(Cursor& cursor, std::uint32_t offset) {
    if (!ts_tree_cursor_goto_first_child(cursor.get())) {
        return false;
    }
    do {
        const TSNode child = cursor.node();
        if (ts_node_start_byte(child) < offset && ts_node_end_byte(child) >= offset) {
            return true;
        }
    } while (ts_tree_cursor_goto_next_sibling(cursor.get()));
    return false;
}

/// Whether a line whose first byte (after its container markers and spaces) is `c` is prose
/// whatever follows: letters, quotation marks, "(" and non-ASCII characters begin no block.
/// (Digits may begin an ordered list item, once ". " is typed after them.)
bool prose_line_start(char c) {
    const auto u = static_cast<unsigned char>(c);
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '"' || c == '\'' || c == '(' ||
           u >= 0x80;
}

/// Whether `edit`, the only edit from `old_text` (parsed as `tree`) to `new_text`, is a plain
/// edit inside one line of prose: the block grammar would parse the new text to the same tree
/// with every node after the edit moved by its length, so ts_tree_edit alone gives that tree.
/// Conservative: anything it is unsure of is parsed again. The conditions:
/// - the tree has no ERROR node, and the edit lies inside one `inline` node (a paragraph's,
///   heading's or list item's text) or one table cell, starting after its first byte;
/// - on the edit's line, the first byte after the container markers and spaces is before the
///   edit and a prose_line_start: the line's start, indentation and blank state stay as they
///   were, and no block rule that reads a line's start can see the edit;
/// - removed and inserted bytes are plain_edit_bytes, and the byte before the edit is no
///   backslash (an escape of what follows);
/// - the paragraph does not start with "[" (a link reference definition's title may continue
///   on later lines), a heading's line holds no "#" (closing sequence), and the edit leaves no
///   whitespace at the end of the node (where a fresh parse may end it).
bool plain_in_paragraph_edit(const TSTree* tree, std::string_view old_text,
                             std::string_view new_text, const TextEdit& edit) {
    const std::uint32_t start = edit.start.value;
    const std::uint32_t old_end = edit.old_end.value;
    const std::uint32_t new_end = edit.new_end.value;
    const bool consistent = start > 0 && start <= old_end && start <= new_end &&
                            old_end <= old_text.size() && new_end <= new_text.size() &&
                            old_text.size() - old_end == new_text.size() - new_end &&
                            old_text.substr(0, start) == new_text.substr(0, start) &&
                            old_text.substr(old_end) == new_text.substr(new_end);
    if (!consistent) {
        return false;
    }
    if (!plain_edit_bytes(old_text.substr(start, old_end - start)) ||
        !plain_edit_bytes(new_text.substr(start, new_end - start)) || old_text[start - 1] == '\\') {
        return false;
    }
    const TSNode root = ts_tree_root_node(tree);
    if (ts_node_has_error(root)) {
        return false;
    }
    // Down to the prose node holding the byte before the edit.
    const KindTable& kinds = block_kinds();
    Cursor cursor(root);
    bool heading = false;
    Kind kind = Kind::Other;
    for (;;) {
        kind = kinds(cursor.node());
        if (kind == Kind::Inline || kind == Kind::PipeTableCell) {
            break;
        }
        switch (kind) {
        case Kind::FencedCode:
        case Kind::IndentedCode:
        case Kind::HtmlBlock:
        case Kind::MinusMetadata:
        case Kind::PlusMetadata:
        case Kind::LinkReferenceDefinition:
            return false;
        case Kind::AtxHeading:
        case Kind::SetextHeading:
            heading = true;
            break;
        default:
            break;
        }
        if (!goto_child_around(cursor, start)) {
            return false;
        }
    }
    const TSNode node = cursor.node();
    const std::uint32_t node_start = ts_node_start_byte(node);
    const std::uint32_t node_end = ts_node_end_byte(node);
    if (!(node_start < start && old_end <= node_end)) {
        return false;
    }
    // The edit's line, and where its prose starts: after the line's continuation markers.
    const std::size_t newline = old_text.rfind('\n', start - 1);
    std::uint32_t line_start =
        newline == std::string_view::npos ? 0 : static_cast<std::uint32_t>(newline + 1);
    line_start = std::max(line_start, node_start);
    if (kind == Kind::Inline && ts_node_child_count(node) > 0) {
        Cursor child(node);
        ts_tree_cursor_goto_first_child(child.get());
        do {
            const TSNode c = child.node();
            if (ts_node_start_byte(c) >= start) {
                break;
            }
            if (kinds(c) == Kind::BlockContinuation) {
                line_start = std::max(line_start, ts_node_end_byte(c));
            }
        } while (ts_tree_cursor_goto_next_sibling(child.get()));
    }
    std::uint32_t first = line_start;
    while (first < start && old_text[first] == ' ') {
        ++first;
    }
    if (first >= start || !prose_line_start(old_text[first])) {
        return false;
    }
    if (kind == Kind::Inline) {
        std::uint32_t lead = node_start;
        while (lead < node_end && is_space(old_text[lead])) {
            ++lead;
        }
        if (lead < node_end && old_text[lead] == '[') {
            return false;
        }
    }
    if (heading) {
        const std::size_t line_end = new_text.find_first_of("\r\n", first);
        const std::string_view line = new_text.substr(
            first, line_end == std::string_view::npos ? std::string_view::npos : line_end - first);
        if (line.find('#') != std::string_view::npos) {
            return false;
        }
    }
    if (old_end == node_end && is_space(new_text[new_end - 1])) {
        return false;
    }
    return true;
}

/// `from` moved over `bytes`: lines end at "\n", columns count bytes.
Position advance(Position from, std::string_view bytes) {
    for (const char c : bytes) {
        if (c == '\n') {
            ++from.line.value;
            from.character = 0;
        } else {
            ++from.character;
        }
    }
    return from;
}

/// The one edit that turns `old_text` into `new_text`, keeping their common prefix and suffix.
TextEdit overall_edit(std::string_view old_text, std::string_view new_text) {
    const std::size_t shorter = std::min(old_text.size(), new_text.size());
    std::size_t prefix = 0;
    while (prefix < shorter && old_text[prefix] == new_text[prefix]) {
        ++prefix;
    }
    std::size_t suffix = 0;
    while (suffix < shorter - prefix &&
           old_text[old_text.size() - 1 - suffix] == new_text[new_text.size() - 1 - suffix]) {
        ++suffix;
    }
    const std::string_view before = old_text.substr(0, prefix);
    const std::size_t line_start = before.rfind('\n');
    const Position start{
        LineNumber{static_cast<std::uint32_t>(std::count(before.begin(), before.end(), '\n'))},
        static_cast<std::uint32_t>(line_start == std::string_view::npos ? prefix
                                                                        : prefix - line_start - 1)};
    const std::size_t old_end = old_text.size() - suffix;
    const std::size_t new_end = new_text.size() - suffix;
    return TextEdit{ByteOffset{static_cast<std::uint32_t>(prefix)},
                    ByteOffset{static_cast<std::uint32_t>(old_end)},
                    ByteOffset{static_cast<std::uint32_t>(new_end)},
                    start,
                    advance(start, old_text.substr(prefix, old_end - prefix)),
                    advance(start, new_text.substr(prefix, new_end - prefix))};
}

/// tree-sitter-markdown's scanners take a NUL byte for the end of the input and can then loop
/// without end, allocating until memory runs out (fuzz_document found "- .\n  \0."). The
/// grammars read a copy with each NUL as U+001A instead: one byte for one, so every offset is
/// unchanged. Empty when the text holds no NUL, the common case.
std::string grammar_copy(std::string_view text) {
    if (text.find('\0') == std::string_view::npos) {
        return {};
    }
    std::string copy(text);
    std::replace(copy.begin(), copy.end(), '\0', '\x1a');
    return copy;
}

class MarkdownReader {
public:
    MarkdownReader(std::string_view text, Document::Trees& trees,
                   Document::MarkdownShortcuts shortcuts)
        : text_(text), grammar_copy_(grammar_copy(text)), trees_(trees), shortcuts_(shortcuts),
          block_(block_kinds()), inline_(inline_kinds()) {}

    Parsed read(const Document::Trees* previous, std::string_view previous_text,
                std::span<const TextEdit> edits);

private:
    std::string_view text(ByteRange range) const {
        return text_.substr(range.start.value, range.size());
    }
    /// What the grammars read: the text, or its copy without NUL bytes.
    std::string_view grammar_text() const {
        return grammar_copy_.empty() ? text_ : std::string_view(grammar_copy_);
    }
    /// Reads a draft of flat prose line by line into items_; false for any other draft.
    bool read_flat_prose();
    void parse_blocks(const Document::Trees* previous, std::string_view previous_text,
                      std::span<const TextEdit> edits);
    void walk_blocks();
    void add_inline(TSNode node, BlockKind kind, int level, bool quoted, bool atx);
    void add_table_cell(TSNode node, bool quoted);
    void add_definition(TSNode node);
    void prepare_reuse(const Document::Trees* previous, std::span<const TextEdit> edits);
    /// Whether the prose in `ranges` has markup the inline grammar can make something of.
    bool needs_inline_grammar(std::span<const TSRange> ranges) const;
    /// The inline tree of `ranges`: an untouched previous one, else a fresh parse.
    TreePtr inline_tree(const std::vector<TSRange>& ranges);
    void parse_inline(ProseItem& item);
    void walk_inline(TSNode root, RawBlock& block);
    void add_citation(RawBlock& block, Citation::Kind kind, ByteRange range, std::string target);
    void add_span(RawBlock& block, ByteRange range, SpanKind kind, bool excluded);

    std::string_view text_;
    std::string grammar_copy_;
    Document::Trees& trees_;
    Document::MarkdownShortcuts shortcuts_;
    const KindTable& block_;
    const KindTable& inline_;
    ParserPtr parser_;
    Parsed parsed_;
    std::vector<ProseItem> items_;
    std::map<std::string, std::string, std::less<>> definitions_; // label -> destination
    std::vector<Document::Trees::Inline> reusable_;               // untouched previous trees, moved
    std::size_t next_reusable_ = 0;
};

Parsed MarkdownReader::read(const Document::Trees* previous, std::string_view previous_text,
                            std::span<const TextEdit> edits) {
    parser_.reset(ts_parser_new());
    if (!parser_) {
        throw std::runtime_error("tree-sitter parser unavailable");
    }
    // Flat prose needs no block tree, and a later build never needs this one's: an edit that
    // leaves the draft flat is read line by line again, any other parses from scratch.
    if (!shortcuts_.flat_prose || !read_flat_prose()) {
        parse_blocks(previous, previous_text, edits);
        walk_blocks();
    }
    prepare_reuse(previous, edits);
    if (!ts_parser_set_language(parser_.get(), tree_sitter_markdown_inline())) {
        throw std::runtime_error("incompatible Markdown inline grammar");
    }
    trees_.inlines.reserve(items_.size());
    for (ProseItem& item : items_) {
        parse_inline(item);
        parsed_.blocks.push_back(std::move(item.block));
    }
    return std::move(parsed_);
}

bool MarkdownReader::read_flat_prose() {
    const auto blocks = read_flat_blocks(text_);
    if (!blocks) {
        return false;
    }
    items_.reserve(blocks->size());
    for (const FlatBlock& flat : *blocks) {
        // What add_inline makes of the block grammar's `inline` node for the block: one range,
        // since no line of it has container markers to leave out.
        ProseItem item;
        item.atx_heading = flat.kind == BlockKind::Heading;
        item.block.kind = flat.kind;
        item.block.heading_level = flat.heading_level;
        item.block.range = {ByteOffset{flat.start}, ByteOffset{flat.end}};
        item.ranges.push_back({TSPoint{flat.start_line, flat.start_column},
                               TSPoint{flat.end_line, flat.end_column}, flat.start, flat.end});
        items_.push_back(std::move(item));
    }
    parsed_.block_parsing = BlockParsing::FlatProse;
    return true;
}

void MarkdownReader::parse_blocks(const Document::Trees* previous, std::string_view previous_text,
                                  std::span<const TextEdit> edits) {
    if (!ts_parser_set_language(parser_.get(), tree_sitter_markdown())) {
        throw std::runtime_error("incompatible Markdown grammar");
    }
    TreePtr old;
    if (previous != nullptr && previous->block) {
        // Typing inside a line of prose changes no block: the previous tree, with the edit
        // applied, is the tree a parse would give. A re-parse costs as much as a fresh one
        // (tree-sitter re-reads every sibling of a changed node, and a draft's blocks are
        // siblings), so skip it; the edited tree is kept for the next build.
        // Several edits since the previous build (typing faster than the analysis) are judged
        // as the one edit they add up to.
        TextEdit edit{};
        if (edits.size() == 1) {
            edit = edits.front();
        } else if (edits.size() > 1) {
            edit = overall_edit(previous_text, text_);
        }
        // The previous Document's tree may be read by other threads: edit a copy.
        old.reset(ts_tree_copy(previous->block.get()));
        if (!edits.empty() &&
            plain_in_paragraph_edit(previous->block.get(), previous_text, text_, edit)) {
            const TSInputEdit e = input_edit(edit);
            ts_tree_edit(old.get(), &e);
            trees_.block = std::move(old);
            parsed_.block_parsing = BlockParsing::EditedTree;
            return;
        }
        for (const TextEdit& each : edits) {
            const TSInputEdit e = input_edit(each);
            ts_tree_edit(old.get(), &e);
        }
        parsed_.block_parsing = BlockParsing::Incremental;
    }
    trees_.block.reset(ts_parser_parse_string(parser_.get(), old.get(), grammar_text().data(),
                                              static_cast<std::uint32_t>(text_.size())));
    if (!trees_.block) {
        throw std::runtime_error("tree-sitter failed to parse the Markdown document");
    }
}

void MarkdownReader::walk_blocks() {
    struct Frame {
        bool quoted = false;
        bool list = false;
        int heading = 0;
        bool atx = false;
    };
    std::vector<Frame> frames{Frame{}};
    Cursor cursor(ts_tree_root_node(trees_.block.get()));
    for (;;) {
        const TSNode node = cursor.node();
        const Frame frame = frames.back();
        Frame child = frame;
        bool descend = true;
        if (is_unparsed(node)) {
            parsed_.unparsed.push_back(range_of(node));
        }
        switch (block_(node)) {
        case Kind::FencedCode:
        case Kind::IndentedCode:
        case Kind::HtmlBlock:
        case Kind::MinusMetadata:
        case Kind::PlusMetadata:
            parsed_.excluded.push_back(range_of(node));
            descend = false;
            break;
        case Kind::LinkReferenceDefinition:
            parsed_.excluded.push_back(range_of(node));
            add_definition(node);
            descend = false;
            break;
        case Kind::Inline:
            add_inline(node,
                       frame.heading > 0 ? BlockKind::Heading
                       : frame.list      ? BlockKind::ListItem
                                         : BlockKind::Paragraph,
                       frame.heading, frame.quoted, frame.atx);
            descend = false;
            break;
        case Kind::PipeTableCell:
            add_table_cell(node, frame.quoted);
            descend = false;
            break;
        case Kind::BlockQuote:
            child.quoted = true;
            break;
        case Kind::ListItem:
            child.list = true;
            break;
        case Kind::AtxHeading:
        case Kind::SetextHeading: {
            const std::uint32_t count = ts_node_child_count(node);
            for (std::uint32_t i = 0; i < count; ++i) {
                const Kind marker = block_(ts_node_child(node, i));
                if (marker >= Kind::AtxH1 && marker <= Kind::AtxH6) {
                    child.atx = true;
                    child.heading = static_cast<int>(marker) - static_cast<int>(Kind::AtxH1) + 1;
                } else if (marker == Kind::SetextH1 || marker == Kind::SetextH2) {
                    child.heading = marker == Kind::SetextH1 ? 1 : 2;
                }
            }
            break;
        }
        default:
            break;
        }
        if (descend && ts_tree_cursor_goto_first_child(cursor.get())) {
            frames.push_back(child);
            continue;
        }
        while (!ts_tree_cursor_goto_next_sibling(cursor.get())) {
            if (!ts_tree_cursor_goto_parent(cursor.get())) {
                return;
            }
            frames.pop_back();
        }
    }
}

void MarkdownReader::add_inline(TSNode node, BlockKind kind, int level, bool quoted, bool atx) {
    ProseItem item;
    item.atx_heading = atx;
    item.block.kind = kind;
    item.block.heading_level = level;
    item.block.quoted = quoted;
    item.block.range = range_of(node);
    std::uint32_t from = ts_node_start_byte(node);
    TSPoint from_point = ts_node_start_point(node);
    // Continuation markers begin lines after the first: a one-line inline has none, and its
    // children (the block grammar's tokens for every word) need not be visited.
    const bool one_line = text(range_of(node)).find_first_of("\r\n") == std::string_view::npos;
    if (!one_line && ts_node_child_count(node) > 0) {
        Cursor cursor(node);
        ts_tree_cursor_goto_first_child(cursor.get());
        do {
            const TSNode child = cursor.node();
            if (block_(child) != Kind::BlockContinuation) {
                continue; // the block grammar also tokenises punctuation inside `inline`
            }
            const ByteRange r = range_of(child);
            if (r.start.value > from) {
                item.ranges.push_back(
                    {from_point, ts_node_start_point(child), from, r.start.value});
            }
            if (r.size() > 0) {
                item.block.spans.push_back({r, SpanKind::Blank});
            }
            from = r.end.value;
            from_point = ts_node_end_point(child);
        } while (ts_tree_cursor_goto_next_sibling(cursor.get()));
    }
    if (ts_node_end_byte(node) > from) {
        item.ranges.push_back({from_point, ts_node_end_point(node), from, ts_node_end_byte(node)});
    }
    if (!item.ranges.empty()) {
        items_.push_back(std::move(item));
    }
}

void MarkdownReader::add_table_cell(TSNode node, bool quoted) {
    std::uint32_t start = ts_node_start_byte(node);
    std::uint32_t end = ts_node_end_byte(node);
    TSPoint start_point = ts_node_start_point(node);
    TSPoint end_point = ts_node_end_point(node);
    while (start < end && is_space(text_[start])) {
        ++start;
        ++start_point.column;
    }
    while (end > start && is_space(text_[end - 1])) {
        --end;
        --end_point.column;
    }
    if (start == end) {
        return;
    }
    ProseItem item;
    item.block.kind = BlockKind::TableCell;
    item.block.quoted = quoted;
    item.block.range = {ByteOffset{start}, ByteOffset{end}};
    item.ranges.push_back({start_point, end_point, start, end});
    items_.push_back(std::move(item));
}

void MarkdownReader::add_definition(TSNode node) {
    std::string label;
    std::string destination;
    const std::uint32_t count = ts_node_named_child_count(node);
    for (std::uint32_t i = 0; i < count; ++i) {
        const TSNode child = ts_node_named_child(node, i);
        const Kind kind = block_(child);
        if (kind == Kind::LinkLabel) {
            label = normalize_label(strip_brackets(text(range_of(child)), '[', ']'));
        } else if (kind == Kind::LinkDestination) {
            destination = std::string(strip_brackets(text(range_of(child)), '<', '>'));
        }
    }
    if (!label.empty()) {
        definitions_.emplace(std::move(label), std::move(destination));
    }
}

void MarkdownReader::prepare_reuse(const Document::Trees* previous,
                                   std::span<const TextEdit> edits) {
    if (previous == nullptr) {
        return;
    }
    for (const auto& [ranges, tree] : previous->inlines) {
        const auto shift = shift_of(ranges.front().start_byte, ranges.back().end_byte, edits);
        if (!shift) {
            continue;
        }
        Document::Trees::Inline moved{ranges, TreePtr(ts_tree_copy(tree.get()))};
        for (TSRange& range : moved.ranges) {
            range.start_byte = static_cast<std::uint32_t>(range.start_byte + *shift);
            range.end_byte = static_cast<std::uint32_t>(range.end_byte + *shift);
        }
        for (const TextEdit& edit : edits) {
            const TSInputEdit e = input_edit(edit);
            ts_tree_edit(moved.tree.get(), &e);
        }
        reusable_.push_back(std::move(moved));
    }
}

bool MarkdownReader::needs_inline_grammar(std::span<const TSRange> ranges) const {
    const std::string_view text = grammar_text();
    auto bytes_of = [&](const TSRange& range) {
        return text.substr(range.start_byte, range.end_byte - range.start_byte);
    };
    bool brackets = false;
    for (const TSRange& range : ranges) {
        const std::string_view bytes = bytes_of(range);
        // One memchr per trigger: find_first_of calls memchr once per byte of the prose.
        if (std::ranges::any_of(kCodeAndHtmlTriggers, [&](char trigger) {
                return bytes.find(trigger) != std::string_view::npos;
            })) {
            return true;
        }
        brackets = brackets || bytes.find('[') != std::string_view::npos;
    }
    if (!brackets) {
        return false;
    }
    if (!shortcuts_.inert_brackets || !definitions_.empty()) {
        return true;
    }
    BracketScan scan;
    for (const TSRange& range : ranges) {
        scan.add(bytes_of(range));
    }
    return !scan.inert();
}

TreePtr MarkdownReader::inline_tree(const std::vector<TSRange>& ranges) {
    auto same_bytes = [](const std::vector<TSRange>& a, const std::vector<TSRange>& b) {
        return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                          [](const TSRange& x, const TSRange& y) {
                              return x.start_byte == y.start_byte && x.end_byte == y.end_byte;
                          });
    };
    // Previous trees come in document order, as do items: advance through them together.
    while (next_reusable_ < reusable_.size() &&
           reusable_[next_reusable_].ranges.front().start_byte < ranges.front().start_byte) {
        ++next_reusable_;
    }
    if (next_reusable_ < reusable_.size() && same_bytes(reusable_[next_reusable_].ranges, ranges)) {
        return std::move(reusable_[next_reusable_++].tree); // the same bytes: the same parse
    }
    ts_parser_set_included_ranges(parser_.get(), ranges.data(),
                                  static_cast<std::uint32_t>(ranges.size()));
    TreePtr tree(ts_parser_parse_string(parser_.get(), nullptr, grammar_text().data(),
                                        static_cast<std::uint32_t>(text_.size())));
    if (!tree) {
        throw std::runtime_error("tree-sitter failed to parse inline Markdown");
    }
    return tree;
}

void MarkdownReader::parse_inline(ProseItem& item) {
    if (needs_inline_grammar(item.ranges)) {
        TreePtr tree = inline_tree(item.ranges);
        walk_inline(ts_tree_root_node(tree.get()), item.block);
        trees_.inlines.push_back({item.ranges, std::move(tree)});
    }

    // Trim the block to its prose; keep spans inside it, in order.
    RawBlock& block = item.block;
    std::uint32_t s = block.range.start.value;
    std::uint32_t e = block.range.end.value;
    while (s < e && is_space(text_[s])) {
        ++s;
    }
    while (e > s && is_space(text_[e - 1])) {
        --e;
    }
    if (item.atx_heading) {
        // "## Title ##": the closing sequence is not part of the heading.
        std::uint32_t h = e;
        while (h > s && text_[h - 1] == '#') {
            --h;
        }
        if (h < e && (h == s || text_[h - 1] == ' ' || text_[h - 1] == '\t')) {
            e = h;
            while (e > s && is_space(text_[e - 1])) {
                --e;
            }
        }
    }
    block.range = {ByteOffset{s}, ByteOffset{e}};
    std::sort(block.spans.begin(), block.spans.end(),
              [](const Span& a, const Span& b) { return a.range.start < b.range.start; });
    std::erase_if(block.spans, [&](const Span& span) { return !span.range.overlaps(block.range); });
}

void MarkdownReader::add_citation(RawBlock& block, Citation::Kind kind, ByteRange range,
                                  std::string target) {
    block.citations.push_back(static_cast<std::uint32_t>(parsed_.citations.size()));
    parsed_.citations.push_back(Citation{kind, range, std::move(target)});
}

void MarkdownReader::add_span(RawBlock& block, ByteRange range, SpanKind kind, bool excluded) {
    block.spans.push_back({range, kind});
    if (excluded) {
        parsed_.excluded.push_back(range);
    }
}

void MarkdownReader::walk_inline(TSNode root, RawBlock& block) {
    Cursor cursor(root);
    // Spans never nest: skip nodes inside the last one added.
    for (;;) {
        const TSNode node = cursor.node();
        const ByteRange range = range_of(node);
        bool descend = true;
        if (is_unparsed(node)) {
            parsed_.unparsed.push_back(range);
        }
        switch (inline_(node)) {
        case Kind::CodeSpan:
        case Kind::HtmlTag:
            add_span(block, range, SpanKind::Hidden, true);
            descend = false;
            break;
        case Kind::UriAutolink:
        case Kind::EmailAutolink:
            add_citation(block, Citation::Kind::Link, range,
                         std::string(strip_brackets(text(range), '<', '>')));
            add_span(block, range, SpanKind::Hidden, true);
            descend = false;
            break;
        case Kind::LinkDestination:
            add_span(block, range, SpanKind::Removed, true);
            descend = false;
            break;
        case Kind::LinkTitle:
            add_span(block, range, SpanKind::Removed, false);
            descend = false;
            break;
        case Kind::InlineLink: {
            std::string target;
            const std::uint32_t count = ts_node_named_child_count(node);
            for (std::uint32_t i = 0; i < count; ++i) {
                const TSNode child = ts_node_named_child(node, i);
                if (inline_(child) == Kind::LinkDestination) {
                    target = std::string(strip_brackets(text(range_of(child)), '<', '>'));
                }
            }
            add_citation(block, Citation::Kind::Link, range, std::move(target));
            break;
        }
        case Kind::FullReferenceLink:
        case Kind::CollapsedReferenceLink: {
            const std::uint32_t count = ts_node_named_child_count(node);
            std::string label;
            for (std::uint32_t i = 0; i < count; ++i) {
                const TSNode child = ts_node_named_child(node, i);
                const Kind kind = inline_(child);
                if (kind == Kind::LinkLabel || (kind == Kind::LinkText && label.empty())) {
                    label = normalize_label(strip_brackets(text(range_of(child)), '[', ']'));
                }
                if (kind == Kind::LinkLabel) {
                    add_span(block, range_of(child), SpanKind::Removed, false);
                }
            }
            const auto def = definitions_.find(label);
            add_citation(block, Citation::Kind::Link, range,
                         def != definitions_.end() && !def->second.empty() ? def->second : label);
            break;
        }
        case Kind::ShortcutLink: {
            const std::string_view inner = strip_brackets(text(range), '[', ']');
            if (!inner.empty() && inner.front() == '^') {
                const bool definition = range.start == block.range.start &&
                                        range.end.value < text_.size() &&
                                        text_[range.end.value] == ':';
                if (definition) {
                    // "[^1]: text" defines the footnote: its text is prose, its label is not.
                    add_span(block, {range.start, ByteOffset{range.end.value + 1}},
                             SpanKind::Removed, false);
                } else {
                    add_citation(block, Citation::Kind::Footnote, range,
                                 std::string(inner.substr(1)));
                    add_span(block, range, SpanKind::Removed, false);
                }
                descend = false;
            } else if (const auto def = definitions_.find(normalize_label(inner));
                       def != definitions_.end()) {
                add_citation(block, Citation::Kind::Link, range, def->second);
            }
            break;
        }
        default:
            break;
        }
        if (descend && ts_tree_cursor_goto_first_child(cursor.get())) {
            continue;
        }
        while (!ts_tree_cursor_goto_next_sibling(cursor.get())) {
            if (!ts_tree_cursor_goto_parent(cursor.get())) {
                return;
            }
        }
    }
}

} // namespace

Parsed parse_markdown(std::string_view text, Document::Trees& trees,
                      const Document::Trees* previous, std::string_view previous_text,
                      std::span<const TextEdit> edits, Document::MarkdownShortcuts shortcuts) {
    MarkdownReader reader(text, trees, shortcuts);
    return reader.read(previous, previous_text, edits);
}

} // namespace parallax::detail
