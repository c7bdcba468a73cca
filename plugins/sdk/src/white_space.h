#pragma once
// White space as ICU's u_isUWhiteSpace sees it, without a call into ICU for ASCII: the sentence
// splitter and the tokenizer ask once or more for every segment of every block.

#include <unicode/uchar.h>

namespace parallax::detail {

inline bool is_white_space(UChar unit) {
    if (unit < 0x80) {
        return unit == u' ' || (unit >= u'\t' && unit <= u'\r');
    }
    return u_isUWhiteSpace(unit) != 0;
}

} // namespace parallax::detail
