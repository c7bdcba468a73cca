#include "attribution_quotes.h"

namespace parallax::detail::evidence {

namespace {
constexpr std::size_t kNone = static_cast<std::size_t>(-1);
}

Quotations::Quotations(const TokenView& view)
    : partner_(view.size(), kNone), opens_(view.size(), false), depth_(view.size(), false) {
    const Document& doc = view.doc();
    for (const Block& block : doc.blocks()) {
        if (block.sentence_count == 0) {
            continue;
        }
        const auto sentences = doc.sentences_of(block);
        const std::size_t first = sentences.front().first_token;
        const std::size_t last = sentences.back().first_token + sentences.back().token_count;
        std::size_t open = kNone;
        for (std::size_t i = first; i < last; ++i) {
            if (view.word(i) || view.at(i).kind == TokenKind::Number) {
                // No mark (see TokenView::quote), without the call: most tokens are words.
                depth_[i] = open != kNone;
                continue;
            }
            const QuoteMark mark = view.quote(i);
            const bool opening =
                mark == QuoteMark::Open || (mark == QuoteMark::Either && open == kNone);
            const bool closing =
                mark == QuoteMark::Close || (mark == QuoteMark::Either && open != kNone);
            if (opening) {
                open = i;
                opens_[i] = true;
            } else if (closing && open != kNone) {
                partner_[open] = i;
                partner_[i] = open;
                open = kNone;
            } else if (open != kNone && mark != QuoteMark::Second) {
                depth_[i] = true;
            }
        }
        if (open != kNone && last > open + 1) {
            partner_[open] = last - 1;
        }
    }
}

std::optional<Quotation> Quotations::opened_at(std::size_t i) const {
    if (i >= partner_.size() || !opens_[i] || partner_[i] == kNone) {
        return std::nullopt;
    }
    return Quotation{i, partner_[i]};
}

std::optional<Quotation> Quotations::closed_at(std::size_t i) const {
    if (i >= partner_.size() || opens_[i] || partner_[i] == kNone) {
        return std::nullopt;
    }
    return Quotation{partner_[i], i};
}

} // namespace parallax::detail::evidence
