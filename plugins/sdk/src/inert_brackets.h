#pragma once
// Prose whose only inline markup is square brackets that cannot make a link, a reference or a
// footnote: the inline grammar would find nothing there that the Document keeps, and parsing a
// long paragraph costs more than the rest of its build, so it is left out.

#include <string_view>

namespace parallax::detail {

/// Reads the stretches of one block's prose, in order, for what its brackets can make. For
/// prose without "`" and "<" (which need the grammar anyway) in a draft without link reference
/// definitions (a "[label]" may name one), inert() is true only when the inline grammar finds
/// nothing in it but shortcut links and images ("[x]", "![x]"), which need a definition to mean
/// anything, and perhaps ERROR or MISSING nodes.
///
/// The conditions were found by comparing with the grammar (tree-sitter-markdown 0.3.2) on
/// random prose, and are checked again by tests/sdk/inert_brackets_test.cpp and fuzz_document:
/// - "[^" is a footnote, "](" an inline link or image, "][" a full or collapsed reference
///   link; "[]" and backslash escapes are left to the grammar too, as it can recover from an
///   error around them with a link destination;
/// - an emphasis or strikethrough delimiter ("*", "_", "~") inside an open bracket can make the
///   grammar close the bracket with a MISSING "]" and read a reference link from the next one:
///   prose with a delimiter qualifies only when its brackets pair up, "[...]" after "[...]",
///   with no delimiter between a pair.
class BracketScan {
public:
    /// Adds the next stretch of the prose.
    void add(std::string_view stretch);
    /// True when the brackets added so far can make nothing the Document keeps.
    bool inert() const;

private:
    char previous_ = '\0';
    bool can_act_ = false;      // "[^", "](", "][", "[]" or a backslash
    bool delimiter_ = false;    // "*", "_" or "~" somewhere
    bool paired_ = true;        // so far, each "]" closes the one "[" open
    bool open_ = false;         // a "[" not closed yet
    bool delimiter_in_ = false; // a delimiter inside a pair
};

} // namespace parallax::detail
