#include "prose_segments.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace parallax::rulepacks {

namespace {

/// White space as the tokenizer sees it (Unicode White_Space: a no-break space too).
bool only_white_space(std::string_view text) {
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
    const auto length = static_cast<std::int32_t>(text.size());
    for (std::int32_t i = 0; i < length;) {
        UChar32 c = 0;
        U8_NEXT(bytes, i, length, c);
        if (c < 0 || !u_isUWhiteSpace(c)) {
            return false;
        }
    }
    return true;
}

} // namespace

void append_prose_segments(const Document& document, const Block& block,
                           std::vector<ByteRange>& segments) {
    const auto tokens = document.tokens();
    const auto sentences = document.sentences_of(block);
    if (block.quoted || sentences.empty()) {
        return;
    }
    const std::uint32_t first = sentences.front().first_token;
    const std::uint32_t last = sentences.back().first_token + sentences.back().token_count;
    std::uint32_t run_start = first;
    for (std::uint32_t t = first; t < last; ++t) {
        const bool ends_run =
            t + 1 == last ||
            !only_white_space(document.slice({tokens[t].range.end, tokens[t + 1].range.start}));
        if (ends_run) {
            segments.push_back({tokens[run_start].range.start, tokens[t].range.end});
            run_start = t + 1;
        }
    }
}

std::vector<ByteRange> prose_segments(const Document& document) {
    std::vector<ByteRange> segments;
    for (const Block& block : document.blocks()) {
        append_prose_segments(document, block, segments);
    }
    return segments;
}

} // namespace parallax::rulepacks
