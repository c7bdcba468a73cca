#include "inert_brackets.h"

namespace parallax::detail {

void BracketScan::add(std::string_view stretch) {
    for (const char c : stretch) {
        switch (c) {
        case '[':
            can_act_ = can_act_ || previous_ == ']';
            paired_ = paired_ && !open_;
            open_ = true;
            break;
        case ']':
            can_act_ = can_act_ || previous_ == '[';
            paired_ = paired_ && open_;
            open_ = false;
            break;
        case '^':
            can_act_ = can_act_ || previous_ == '[';
            break;
        case '(':
            can_act_ = can_act_ || previous_ == ']';
            break;
        case '\\':
            can_act_ = true;
            break;
        case '*':
        case '_':
        case '~':
            delimiter_ = true;
            delimiter_in_ = delimiter_in_ || open_;
            break;
        default:
            break;
        }
        previous_ = c;
    }
}

bool BracketScan::inert() const {
    return !can_act_ && (!delimiter_ || (paired_ && !open_ && !delimiter_in_));
}

} // namespace parallax::detail
