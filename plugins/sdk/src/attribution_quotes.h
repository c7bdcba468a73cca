#pragma once
// Quotations: pairs of opening and closing marks within a block. A quotation left open at the end
// of a paragraph (newswire style for a quote that runs on) ends with its block.

#include "attribution_tokens.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace parallax::detail::evidence {

struct Quotation {
    std::size_t open = 0;  // token index of the opening mark
    std::size_t close = 0; // token index of the closing mark, or the block's last token
};

class Quotations {
public:
    explicit Quotations(const TokenView& view);

    /// The quotation opened by the mark at token i.
    std::optional<Quotation> opened_at(std::size_t i) const;
    /// The quotation closed by the mark at token i.
    std::optional<Quotation> closed_at(std::size_t i) const;
    /// Whether token i lies inside a quotation (marks excluded).
    bool inside(std::size_t i) const { return depth_[i]; }

private:
    std::vector<std::size_t> partner_; // open mark -> close, close mark -> open, else npos
    std::vector<bool> opens_;
    std::vector<bool> depth_;
};

} // namespace parallax::detail::evidence
