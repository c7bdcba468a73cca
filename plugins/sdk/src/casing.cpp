#include "parallax/casing.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace parallax {

namespace {

struct Shape {
    bool has_letters = false;
    bool all_upper = true;
    bool first_upper = false;
};

Shape shape_of(const icu::UnicodeString& text) {
    Shape shape;
    bool first = true;
    for (std::int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
        const UChar32 c = text.char32At(i);
        if (!u_isalpha(c)) {
            continue;
        }
        if (first) {
            shape.first_upper = u_isupper(c) || u_istitle(c);
            first = false;
        }
        shape.has_letters = true;
        shape.all_upper = shape.all_upper && !u_islower(c);
    }
    return shape;
}

} // namespace

std::string match_case(std::string_view matched, std::string_view replacement) {
    const auto match = icu::UnicodeString::fromUTF8(
        icu::StringPiece(matched.data(), static_cast<std::int32_t>(matched.size())));
    auto result = icu::UnicodeString::fromUTF8(
        icu::StringPiece(replacement.data(), static_cast<std::int32_t>(replacement.size())));
    const Shape from = shape_of(match);
    const Shape to = shape_of(result);
    // One capital letter ("I") says nothing about the rest of the word.
    const bool shouting = from.has_letters && from.all_upper && match.countChar32() > 1;
    if (shouting) {
        result.toUpper();
    } else if (from.first_upper && to.has_letters && !to.first_upper) {
        for (std::int32_t i = 0; i < result.length(); i = result.moveIndex32(i, 1)) {
            const UChar32 c = result.char32At(i);
            if (u_isalpha(c)) {
                icu::UnicodeString first(u_totitle(c));
                result.replace(i, U16_LENGTH(c), first);
                break;
            }
        }
    }
    std::string out;
    result.toUTF8String(out);
    return out;
}

} // namespace parallax
