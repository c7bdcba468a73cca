#pragma once
// Quotations: pairs of opening and closing marks within a block. A quotation left open at the end
// of a paragraph (newswire style for a quote that runs on) ends with its block.

#include "attribution_tokens.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <utility>
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
    bool inside(std::size_t i) const { return (flags_[i] & kInside) != 0; }

private:
    static constexpr std::uint8_t kInside = 1;
    static constexpr std::uint8_t kOpens = 2;

    /// The mark paired with the mark at token i, if any.
    std::optional<std::size_t> partner(std::size_t i) const;

    std::vector<std::uint8_t> flags_; // by token: kInside, kOpens
    // Each paired mark with its partner (open mark -> close, close mark -> open), in token
    // order: few tokens are marks, and a search here is rare.
    std::vector<std::pair<std::size_t, std::size_t>> partners_;
};

} // namespace parallax::detail::evidence
