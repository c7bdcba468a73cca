#pragma once
// Markdown drafts of flat prose: paragraphs, ATX headings and simple list items separated by
// blank lines, read line by line with the blocks tree-sitter's block grammar would give them.

#include "parallax/document.h"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace parallax::detail {

/// One prose block of a flat draft: where the block grammar's `inline` node for it lies, in
/// bytes and in (line, byte column) points, which is what the inline grammar is given.
struct FlatBlock {
    BlockKind kind = BlockKind::Paragraph;
    int heading_level = 0; // 1-6 for ATX headings
    std::uint32_t start = 0;
    std::uint32_t end = 0;
    std::uint32_t start_line = 0;
    std::uint32_t start_column = 0;
    std::uint32_t end_line = 0;
    std::uint32_t end_column = 0;
};

/// The blocks of `text` when every line is provably one of: blank; a paragraph line; an ATX
/// heading; a list item of prose lines after a blank line (see flat_markdown.cpp for the exact
/// conditions). Nullopt for anything else, which the block grammar then parses: the answer is
/// conservative, never different from the grammar's.
std::optional<std::vector<FlatBlock>> read_flat_blocks(std::string_view text);

} // namespace parallax::detail
