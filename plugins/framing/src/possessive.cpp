#include "possessive.h"

namespace parallax::framing {

std::string_view strip_possessive(std::string_view folded) {
    for (std::string_view suffix : {std::string_view("\u2019s"), std::string_view("'s")}) {
        if (folded.size() > suffix.size() && folded.ends_with(suffix)) {
            return folded.substr(0, folded.size() - suffix.size());
        }
    }
    for (std::string_view suffix : {std::string_view("s\u2019"), std::string_view("s'")}) {
        if (folded.size() > suffix.size() && folded.ends_with(suffix)) {
            return folded.substr(0, folded.size() - suffix.size() + 1);
        }
    }
    return folded;
}

} // namespace parallax::framing
