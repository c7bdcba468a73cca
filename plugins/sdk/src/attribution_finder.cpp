#include "attribution_finder.h"

#include "attribution_details.h"
#include "attribution_quotes.h"
#include "attribution_scanner.h"
#include "attribution_tokens.h"

namespace parallax::detail {

std::vector<Attribution> find_attributions(const Document& doc) {
    const evidence::TokenView view(doc);
    const evidence::Quotations quotes(view);
    std::vector<evidence::Found> found;
    const auto count = static_cast<std::uint32_t>(doc.sentences().size());
    for (std::uint32_t s = 0; s < count; ++s) {
        evidence::SentenceScanner(view, quotes, s, found).scan();
    }
    return evidence::finish(view, quotes, found);
}

} // namespace parallax::detail
