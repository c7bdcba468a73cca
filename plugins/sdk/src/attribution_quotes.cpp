#include "attribution_quotes.h"

#include <algorithm>

namespace parallax::detail::evidence {

namespace {
constexpr std::size_t kNone = static_cast<std::size_t>(-1);
}

Quotations::Quotations(const TokenView& view) : flags_(view.size(), 0) {
    const Document& doc = view.doc();
    // Marks inside the current quotation that are not inside it, with their flags: a mark
    // opening it anew, the second of two apostrophes.
    std::vector<std::pair<std::size_t, std::uint8_t>> excluded;
    for (const Block& block : doc.blocks()) {
        if (block.sentence_count == 0) {
            continue;
        }
        const auto sentences = doc.sentences_of(block);
        const std::size_t first = sentences.front().first_token;
        const std::size_t last = sentences.back().first_token + sentences.back().token_count;
        std::size_t open = kNone;
        std::size_t start = kNone; // the mark that opened the quotation first
        // Every token after `start` and before `end` is inside, but for the excluded marks.
        const auto close_region = [&](std::size_t end) {
            std::fill(flags_.begin() + static_cast<std::ptrdiff_t>(start + 1),
                      flags_.begin() + static_cast<std::ptrdiff_t>(end), kInside);
            for (const auto& [k, flags] : excluded) {
                flags_[k] = flags;
            }
            excluded.clear();
        };
        for (std::size_t i = first; i < last; ++i) {
            // No mark (see TokenView::quote), without the call: most tokens are not.
            if ((view.classes(i) & word_class::kQuoteMark) == 0 || view.word(i) ||
                view.at(i).kind == TokenKind::Number) {
                continue;
            }
            const QuoteMark mark = view.quote(i);
            const bool opening =
                mark == QuoteMark::Open || (mark == QuoteMark::Either && open == kNone);
            const bool closing =
                mark == QuoteMark::Close || (mark == QuoteMark::Either && open != kNone);
            if (opening) {
                if (open == kNone) {
                    start = i;
                } else {
                    excluded.emplace_back(i, kOpens);
                }
                open = i;
                flags_[i] = kOpens;
            } else if (closing && open != kNone) {
                // Pairs are added in token order: each opens after the previous one closed.
                partners_.emplace_back(open, i);
                partners_.emplace_back(i, open);
                close_region(i);
                open = kNone;
            } else if (open != kNone && mark == QuoteMark::Second) {
                excluded.emplace_back(i, 0);
            }
        }
        if (open != kNone) {
            close_region(last);
            if (last > open + 1) {
                partners_.emplace_back(open, last - 1);
            }
        }
    }
}

std::optional<std::size_t> Quotations::partner(std::size_t i) const {
    const auto it =
        std::ranges::lower_bound(partners_, i, {}, [](const auto& p) { return p.first; });
    if (it == partners_.end() || it->first != i) {
        return std::nullopt;
    }
    return it->second;
}

std::optional<Quotation> Quotations::opened_at(std::size_t i) const {
    if (i >= flags_.size() || (flags_[i] & kOpens) == 0) {
        return std::nullopt;
    }
    const auto close = partner(i);
    return close ? std::optional(Quotation{i, *close}) : std::nullopt;
}

std::optional<Quotation> Quotations::closed_at(std::size_t i) const {
    if (i >= flags_.size() || (flags_[i] & kOpens) != 0) {
        return std::nullopt;
    }
    const auto open = partner(i);
    return open ? std::optional(Quotation{*open, i}) : std::nullopt;
}

} // namespace parallax::detail::evidence
