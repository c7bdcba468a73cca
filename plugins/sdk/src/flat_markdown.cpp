// Flat prose read line by line. Most drafts are paragraphs separated by blank lines, perhaps with
// an ATX title and a numbered point or two. For them the block grammar's parse (nearly half the
// cost of reading a Markdown draft, and a whole re-parse when an edit joins or splits
// paragraphs) finds nothing but those blocks, and where each block's `inline` node lies follows
// from the lines alone. Anything this reader is not sure of goes to the grammar: it answers
// only when it knows the grammar's answer (tests/sdk/flat_markdown_test.cpp and fuzz_document
// compare the two).
//
// Why these lines cannot be anything else, in CommonMark/GFM and in tree-sitter-markdown:
// - No line starts (after its indentation) with a character that opens or continues another
//   block: not ">" (quotes), "-", "+", "*", "_" (lists, thematic breaks, setext underlines),
//   "=" (setext), "`", "~" (fences), "|", ":" (tables: a delimiter row starts with one of
//   "|:-"), "[" (link reference definitions), "\\", "#" (headings). Except where none of those
//   constructs can be: "-", "+", "*", "_", "=" not followed by a space or tab (a list marker
//   needs one) on a line with some character other than those, ":", "|" and blanks (breaks,
//   underlines, delimiter rows and front matter fences have none), as in "-based",
//   "*emphasis*" or "___."; "#" followed by a letter or digit ("#hashtag"); one "`" or "~" (a
//   fence needs three). A digit run is prose unless "." or ")" and then a space or the line's
//   end follow it (an ordered list marker). "<" is prose only before an ASCII tag name that
//   starts no HTML block (types 1 and 6 by name; 2-5 need "!" or "?" after "<") on a line
//   that is not one complete open tag and blanks (type 7). "---"/"+++" front matter and a BOM
//   (which tree-sitter skips) cannot start a draft.
// - A paragraph's first line starts at column 0, or is indented by up to three spaces (not
//   tabs: four columns make code) when no list may be open (an indented line after an item
//   can go on the item); the `inline` node starts at the line's start either way.
// - Later lines of a paragraph, indented or not, go on it unless they are an ATX heading, a
//   thematic break of "*" or "_" (never a setext underline, unlike "-") or a list item that
//   interrupts (a bullet, or "1." / "1)", then prose). An ordered list marker with another
//   number does not interrupt: the line goes on the paragraph.
// - An ATX heading is "#" x 1-6 at the line's start, one space, then a prose character, and a
//   line end after it (at the end of input the grammar makes an ERROR of it).
// - A list item is "-", "+", "*" or 1-9 digits with "." or ")" at the line's start, one space,
//   then a prose character; after a blank line, the draft's start, a paragraph line (as above)
//   or an item of the same list (same bullet, or same delimiter: both CommonMark and
//   tree-sitter make it the next item). Its paragraph goes on over lazy continuation lines
//   (prose at column 0) and ends at a blank line or the next item; a block at column 0 that is
//   not an item ends the list.
// - Thematic breaks end a paragraph and make no block.
// - No control characters but tabs and "\r\n" line ends; valid UTF-8; no spaces or tabs after
//   the last line end (the grammar makes an empty paragraph or code of them).
// Where the `inline` node lies: from a paragraph's first line's start, from the first byte
// after a heading's or item's marker and space; to the last byte of the block's last line that
// is not a space or tab, or to the end of the input when the last line has no line end (the
// grammar keeps trailing whitespace there). No line of a block has container markers to leave
// out of it.

#include "flat_markdown.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <iterator>
#include <string>

namespace parallax::detail {

namespace {

bool ascii_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool ascii_digit(char c) {
    return c >= '0' && c <= '9';
}

bool blank_byte(char c) {
    return c == ' ' || c == '\t';
}

/// HTML block start conditions by tag name (types 1 and 6, and "textarea" and "search" of later
/// CommonMark versions for good measure).
bool html_block_name(std::string_view lower) {
    static constexpr std::string_view kNames[] = {
        "address", "article",  "aside",    "base",     "basefont", "blockquote", "body",
        "caption", "center",   "col",      "colgroup", "dd",       "details",    "dialog",
        "dir",     "div",      "dl",       "dt",       "fieldset", "figcaption", "figure",
        "footer",  "form",     "frame",    "frameset", "h1",       "h2",         "h3",
        "h4",      "h5",       "h6",       "head",     "header",   "hr",         "html",
        "iframe",  "legend",   "li",       "link",     "main",     "menu",       "menuitem",
        "nav",     "noframes", "ol",       "optgroup", "option",   "p",          "param",
        "section", "source",   "summary",  "table",    "tbody",    "td",         "tfoot",
        "th",      "thead",    "title",    "tr",       "track",    "ul",         "pre",
        "script",  "style",    "textarea", "search"};
    return std::find(std::begin(kNames), std::end(kNames), lower) != std::end(kNames);
}

/// Whether `line`, which starts with "<" and an ASCII tag name, may be an HTML block of type 7:
/// a complete open tag (CommonMark's syntax, which tree-sitter-markdown follows) and nothing
/// but blanks after it. True when unsure: a byte that is not ASCII before the tag's end.
bool maybe_lone_tag(std::string_view line) {
    const auto at = [&](std::size_t i) { return i < line.size() ? line[i] : '\n'; };
    const auto name_char = [](char c) { return ascii_letter(c) || ascii_digit(c) || c == '-'; };
    std::size_t i = 1;
    while (ascii_letter(at(i))) {
        ++i;
    }
    if (at(i) == '/') {
        return true; // tree-sitter takes this "/" for a self-closing tag's, then reads on
    }
    while (name_char(at(i))) {
        ++i;
    }
    for (;;) {
        const std::size_t before_blanks = i;
        while (blank_byte(at(i))) {
            ++i;
        }
        if (at(i) == '/' || at(i) == '>') {
            break;
        }
        if (i == before_blanks) {
            return static_cast<unsigned char>(at(i)) >= 0x80; // not a tag, unless unsure
        }
        // An attribute: a name, then perhaps "=" and a value.
        const char first = at(i);
        if (!ascii_letter(first) && first != '_' && first != ':') {
            return static_cast<unsigned char>(first) >= 0x80;
        }
        ++i;
        while (ascii_letter(at(i)) || ascii_digit(at(i)) || at(i) == '_' || at(i) == '.' ||
               at(i) == ':' || at(i) == '-') {
            ++i;
        }
        std::size_t j = i;
        while (blank_byte(at(j))) {
            ++j;
        }
        if (at(j) != '=') {
            continue;
        }
        i = j + 1;
        while (blank_byte(at(i))) {
            ++i;
        }
        const char quote = at(i);
        if (quote == '"' || quote == '\'') {
            const std::size_t close = line.find(quote, i + 1);
            if (close == std::string_view::npos) {
                return false; // a value that does not end on the line: not a tag here
            }
            i = close + 1;
        } else {
            const std::size_t from = i;
            while (i < line.size() && !blank_byte(line[i]) &&
                   std::string_view("\"'=<>`").find(line[i]) == std::string_view::npos) {
                ++i;
            }
            if (i == from) {
                return false;
            }
        }
    }
    if (at(i) == '/') {
        ++i;
    }
    if (at(i) != '>') {
        return false;
    }
    return line.find_first_not_of(" \t", i + 1) == std::string_view::npos;
}

/// Whether a line whose content is `line` (from its first non-blank byte to its end, line end
/// excluded) is prose whatever block it is in: it can neither start nor continue any other
/// block construct.
bool prose_start(std::string_view line) {
    const char c = line.front();
    const auto u = static_cast<unsigned char>(c);
    if (ascii_letter(c)) {
        return true;
    }
    if (u >= 0x80) {
        // A byte order mark is skipped by tree-sitter's lexer; any other character is prose.
        return !line.starts_with("\xef\xbb\xbf");
    }
    if (ascii_digit(c)) {
        std::size_t i = 1;
        while (i < line.size() && ascii_digit(line[i])) {
            ++i;
        }
        if (i < line.size() && (line[i] == '.' || line[i] == ')')) {
            return i + 1 < line.size() && !blank_byte(line[i + 1]); // "2.5", not "2. " or "2."
        }
        return true;
    }
    if (c == '<') {
        std::size_t i = 1;
        while (i < line.size() && ascii_letter(line[i])) {
            ++i;
        }
        if (i == 1 || (i < line.size() &&
                       (ascii_digit(line[i]) || static_cast<unsigned char>(line[i]) >= 0x80))) {
            return false; // "</", "<!", "<?", or a tag name that goes on ("h1", "über")
        }
        std::string name(line.substr(1, i - 1));
        std::transform(name.begin(), name.end(), name.begin(),
                       [](unsigned char l) { return static_cast<char>(std::tolower(l)); });
        return !html_block_name(name) && !maybe_lone_tag(line);
    }
    if (c == '#') {
        // A heading's "#"s need a space or a line end after them: "#hashtag" is prose.
        return line.size() > 1 && (ascii_letter(line[1]) || ascii_digit(line[1]));
    }
    if (c == '-' || c == '+' || c == '*' || c == '_' || c == '=') {
        // A list marker needs a space or a line end after it; a thematic break, a setext
        // underline, a table's delimiter row or front matter's fence holds nothing but these
        // characters, ":", "|" and blanks: "-based", "*emphasis*", "___." are prose.
        return line.size() > 1 && !blank_byte(line[1]) &&
               line.find_first_not_of("-+*_=:| \t") != std::string_view::npos;
    }
    if (c == '`' || c == '~') {
        // A fence needs three: "`code` first" and "~ a sign-off" are prose.
        return line.size() > 1 && line[1] != c;
    }
    constexpr std::string_view kProsePunctuation = "!\"$%&'(),./;?@^{}";
    return kProsePunctuation.find(c) != std::string_view::npos;
}

/// Whether `line` (from its first non-blank byte) is an ordered list marker that cannot
/// interrupt a paragraph, then a space and prose: a paragraph line goes on through it. Start
/// numbers other than 1 cannot (CommonMark); tree-sitter-markdown lets none with more than one
/// digit interrupt, so "01." (number 1) is left to the grammar.
bool continuing_ordered_item(std::string_view line) {
    std::size_t i = 0;
    while (i < line.size() && ascii_digit(line[i])) {
        ++i;
    }
    if (i == 0 || i > 9 || (i == 1 && line[0] == '1') || (i > 1 && line[0] == '0')) {
        return false;
    }
    return i + 2 < line.size() && (line[i] == '.' || line[i] == ')') && line[i + 1] == ' ' &&
           prose_start(line.substr(i + 2));
}

/// The length of a list marker ("-", "+", "*", or 1-9 digits and "." or ")") at the start of
/// `line`, or 0.
std::size_t list_marker(std::string_view line) {
    if (line.empty()) {
        return 0;
    }
    if (line.front() == '-' || line.front() == '+' || line.front() == '*') {
        return 1;
    }
    std::size_t i = 0;
    while (i < line.size() && i < 10 && ascii_digit(line[i])) {
        ++i;
    }
    if (i == 0 || i > 9 || i >= line.size() || (line[i] != '.' && line[i] != ')')) {
        return 0;
    }
    return i + 1;
}

/// Whether `line` is a thematic break of "*" or "_" (three or more, spaces and tabs between):
/// never a setext underline, which only "=" and "-" make.
bool thematic_break(std::string_view line) {
    const char c = line.front();
    if (c != '*' && c != '_') {
        return false;
    }
    std::size_t count = 0;
    for (const char b : line) {
        if (b == c) {
            ++count;
        } else if (!blank_byte(b)) {
            return false;
        }
    }
    return count >= 3;
}

/// Whether `line` starts with a list item that interrupts a paragraph: a bullet, or "1." or
/// "1)" (in CommonMark and tree-sitter alike), then one space and prose.
bool interrupting_item(std::string_view line) {
    const std::size_t marker = list_marker(line);
    const bool bullet = marker == 1;
    const bool one = marker == 2 && line[0] == '1';
    return (bullet || one) && marker + 1 < line.size() && line[marker] == ' ' &&
           prose_start(line.substr(marker + 1));
}

/// The number of "#" of an ATX heading marker at the start of `line`, or 0.
int heading_marker(std::string_view line) {
    std::size_t n = 0;
    while (n < line.size() && line[n] == '#') {
        ++n;
    }
    return n >= 1 && n <= 6 ? static_cast<int>(n) : 0;
}

/// The bytes the line reader stops at: line ends and control characters (all but tabs).
constexpr std::array<bool, 256> kLineBreakOrControl = [] {
    std::array<bool, 256> table{};
    for (std::size_t u = 0; u < 0x20; ++u) {
        table[u] = u != '\t';
    }
    table[0x7f] = true;
    return table;
}();

/// Reads the lines; see read_flat_blocks.
class FlatReader {
public:
    explicit FlatReader(std::string_view text) : text_(text) {}

    std::optional<std::vector<FlatBlock>> read();

private:
    /// What the previous line was: none, blank, a heading or thematic break, or a line of an
    /// open paragraph or list item.
    enum class Previous { Start, Blank, Heading, Paragraph, ListItem };

    /// One line: [start, content_end) without its line end; `terminated` when one follows.
    struct Line {
        std::uint32_t number = 0;
        std::uint32_t start = 0;
        std::uint32_t content_end = 0;
        bool terminated = false;
    };

    bool read_line(const Line& line);
    /// A line that starts a block: a heading, a list item or a paragraph.
    bool start_block(const Line& line, std::string_view content, std::size_t first);
    /// Where a block whose last line is `line` ends: its last non-blank byte, or the end of
    /// the input when no line end follows.
    std::uint32_t block_end(const Line& line) const;
    void add(BlockKind kind, int level, const Line& first, std::uint32_t start, const Line& last);
    void open(BlockKind kind, const Line& line, std::uint32_t start);
    void close_open_block();

    std::string_view text_;
    std::vector<FlatBlock> blocks_;
    Previous previous_ = Previous::Start;
    // The open paragraph or list item, and the item's bullet or delimiter.
    BlockKind open_kind_ = BlockKind::Paragraph;
    char open_marker_ = 0;
    bool list_open_ = false; // since the last list item, no block started at column 0
    std::uint32_t open_start_ = 0;
    Line open_first_;
    Line open_last_;
};

std::optional<std::vector<FlatBlock>> FlatReader::read() {
    if (text_.size() >= UINT32_MAX || !is_valid_utf8(text_)) {
        return std::nullopt;
    }
    Line line;
    std::uint32_t pos = 0;
    const auto size = static_cast<std::uint32_t>(text_.size());
    while (pos < size) {
        line.start = pos;
        std::uint32_t i = pos;
        for (; i < size; ++i) {
            const auto u = static_cast<unsigned char>(text_[i]);
            if (!kLineBreakOrControl[u]) {
                continue; // most bytes: one lookup
            }
            if (u == '\n') {
                break;
            }
            if (u != '\r' || i + 1 >= size || text_[i + 1] != '\n') {
                return std::nullopt; // a control character, or a lone "\r" (ends a line too)
            }
        }
        line.terminated = i < size;
        line.content_end = line.terminated && i > pos && text_[i - 1] == '\r' ? i - 1 : i;
        if (!read_line(line)) {
            return std::nullopt;
        }
        pos = line.terminated ? i + 1 : i;
        ++line.number;
    }
    close_open_block();
    return std::move(blocks_);
}

bool FlatReader::read_line(const Line& line) {
    const std::string_view content = text_.substr(line.start, line.content_end - line.start);
    const std::size_t first = content.find_first_not_of(" \t");
    if (first == std::string_view::npos) {
        if (!line.terminated && !content.empty()) {
            return false; // the grammar makes a block of spaces at the end of the input
        }
        close_open_block();
        previous_ = Previous::Blank;
        return true;
    }
    const std::string_view rest = content.substr(first);
    switch (previous_) {
    case Previous::Paragraph:
        if (first == 0 && (content.front() == '#' || thematic_break(content)) &&
            !prose_start(content)) {
            close_open_block(); // a heading or a thematic break interrupts a paragraph
            return start_block(line, content, first);
        }
        if (first == 0 && interrupting_item(content)) {
            close_open_block();
            return start_block(line, content, first);
        }
        // Any indentation: nothing that could interrupt starts the line.
        if (!prose_start(rest) && !continuing_ordered_item(rest)) {
            return false;
        }
        open_last_ = line;
        return true;
    case Previous::ListItem: {
        // The next item of the same list (the same bullet, or the same delimiter after the
        // number), or a lazy continuation line of the item's paragraph; indented lines would
        // be read with continuation markers, and anything else may end the item.
        if (first != 0) {
            return false;
        }
        const std::size_t marker = list_marker(content);
        if (marker > 0 && (marker == content.size() || blank_byte(content[marker]))) {
            if (content[marker - 1] != open_marker_) {
                return false;
            }
            close_open_block();
            return start_block(line, content, first);
        }
        if (!prose_start(rest)) {
            return false;
        }
        open_last_ = line;
        return true;
    }
    default:
        return start_block(line, content, first);
    }
}

bool FlatReader::start_block(const Line& line, std::string_view content, std::size_t first) {
    if (first != 0) {
        // A paragraph indented by one to three spaces, unless a list may still be open (an
        // indented line after an item can go on it); more would be code, and only a
        // paragraph here, nothing a prose line could start.
        const std::string_view rest = content.substr(first);
        if (first > 3 || list_open_ ||
            content.substr(0, first).find('\t') != std::string_view::npos || !prose_start(rest)) {
            return false;
        }
        open(BlockKind::Paragraph, line, line.start);
        previous_ = Previous::Paragraph;
        return true;
    }
    // A block at column 0 that is not an item ends any list.
    list_open_ = false;
    if (thematic_break(content)) {
        if (!line.terminated) {
            return false; // keep to the plain case
        }
        previous_ = Previous::Heading; // no block, and the next line starts one
        return true;
    }
    if (content.front() == '#' && !prose_start(content)) {
        const int level = heading_marker(content);
        const auto marker = static_cast<std::size_t>(level);
        if (level == 0 || !line.terminated || marker + 1 >= content.size() ||
            content[marker] != ' ' || !prose_start(content.substr(marker + 1))) {
            return false;
        }
        add(BlockKind::Heading, level, line, line.start + static_cast<std::uint32_t>(marker) + 1,
            line);
        previous_ = Previous::Heading;
        return true;
    }
    const std::size_t marker = list_marker(content);
    if (marker > 0 && (marker == content.size() || blank_byte(content[marker]))) {
        // A list item: at the start, after a blank line or (read_line checks it is the same
        // list's) after an item; not right after a heading, to keep to the plain cases.
        if (previous_ == Previous::Heading || marker + 1 >= content.size() ||
            content[marker] != ' ' || !prose_start(content.substr(marker + 1))) {
            return false;
        }
        open(BlockKind::ListItem, line, line.start + static_cast<std::uint32_t>(marker) + 1);
        open_marker_ = content[marker - 1];
        list_open_ = true;
        previous_ = Previous::ListItem;
        return true;
    }
    if (!prose_start(content)) {
        return false;
    }
    open(BlockKind::Paragraph, line, line.start);
    previous_ = Previous::Paragraph;
    return true;
}

std::uint32_t FlatReader::block_end(const Line& line) const {
    if (!line.terminated) {
        return line.content_end;
    }
    std::uint32_t end = line.content_end;
    while (end > line.start && blank_byte(text_[end - 1])) {
        --end;
    }
    return end;
}

void FlatReader::add(BlockKind kind, int level, const Line& first, std::uint32_t start,
                     const Line& last) {
    FlatBlock block;
    block.kind = kind;
    block.heading_level = level;
    block.start = start;
    block.end = block_end(last);
    block.start_line = first.number;
    block.start_column = start - first.start;
    block.end_line = last.number;
    block.end_column = block.end - last.start;
    blocks_.push_back(block);
}

void FlatReader::open(BlockKind kind, const Line& line, std::uint32_t start) {
    open_kind_ = kind;
    open_start_ = start;
    open_first_ = line;
    open_last_ = line;
}

void FlatReader::close_open_block() {
    if (previous_ == Previous::Paragraph || previous_ == Previous::ListItem) {
        add(open_kind_, 0, open_first_, open_start_, open_last_);
    }
}

} // namespace

std::optional<std::vector<FlatBlock>> read_flat_blocks(std::string_view text) {
    return FlatReader(text).read();
}

} // namespace parallax::detail
