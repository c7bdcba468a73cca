// Word tokens: ICU's word iterator and full case folding.

#include "internal.h"
#include "white_space.h"

#include <unicode/locid.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>

#include <array>
#include <stdexcept>

namespace parallax::detail {

namespace {

TokenKind kind_of(const icu::UnicodeString& text, std::int32_t start, std::int32_t status) {
    if (status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT) {
        return TokenKind::Number;
    }
    if (status >= UBRK_WORD_LETTER) {
        return TokenKind::Word;
    }
    const UChar32 c = text.char32At(start);
    return u_ispunct(c) ? TokenKind::Punctuation : TokenKind::Symbol;
}

bool all_whitespace(const UChar* units, std::int32_t start, std::int32_t end) {
    for (std::int32_t i = start; i < end; ++i) {
        if (!is_white_space(units[i])) {
            return false;
        }
    }
    return true;
}

/// Full case folding of an ASCII word (most words) into `out`: A-Z lowercased, every other
/// character left alone. False, with `out` untouched, for a word with any other character (or a
/// very long one), which u_strFoldCase then folds.
bool fold_ascii(const UChar* source, std::int32_t length, std::string& out) {
    std::array<char, 32> folded{};
    if (length > static_cast<std::int32_t>(folded.size())) {
        return false;
    }
    for (std::int32_t i = 0; i < length; ++i) {
        const UChar c = source[i];
        if (c >= 0x80) {
            return false;
        }
        folded[static_cast<std::size_t>(i)] =
            static_cast<char>(c >= u'A' && c <= u'Z' ? c - u'A' + u'a' : c);
    }
    out.assign(folded.data(), static_cast<std::size_t>(length));
    return true;
}

/// Full case folding of text[start, end) to UTF-8, into `out`, by ICU (see fold_ascii).
void fold_utf8(const icu::UnicodeString& text, std::int32_t start, std::int32_t end,
               std::string& out) {
    const std::int32_t length = end - start;
    const UChar* const source = text.getBuffer() + start;
    std::array<UChar, 128> folded{};
    UErrorCode status = U_ZERO_ERROR;
    std::int32_t folded_length = 0;
    icu::UnicodeString heap; // only for very long words
    const UChar* result = folded.data();
    if (length * 3 < static_cast<std::int32_t>(folded.size())) {
        folded_length = u_strFoldCase(folded.data(), static_cast<std::int32_t>(folded.size()),
                                      source, length, U_FOLD_CASE_DEFAULT, &status);
    } else {
        heap = text.tempSubStringBetween(start, end);
        heap.foldCase(U_FOLD_CASE_DEFAULT);
        result = heap.getBuffer();
        folded_length = heap.length();
    }
    out.clear();
    std::int32_t utf8_length = 0;
    status = U_ZERO_ERROR;
    u_strToUTF8WithSub(nullptr, 0, &utf8_length, result, folded_length, 0xFFFD, nullptr, &status);
    out.resize(static_cast<std::size_t>(utf8_length));
    status = U_ZERO_ERROR;
    u_strToUTF8WithSub(out.data(), utf8_length, &utf8_length, result, folded_length, 0xFFFD,
                       nullptr, &status);
}

} // namespace

Tokenizer::Tokenizer() {
    // Cloned from one prototype, as SentenceSplitter's iterator is: cheaper than creating one.
    static const BreakIteratorPtr prototype = [] {
        UErrorCode status = U_ZERO_ERROR;
        BreakIteratorPtr words(
            icu::BreakIterator::createWordInstance(icu::Locale::getEnglish(), status));
        if (U_FAILURE(status) || !words) {
            throw std::runtime_error("ICU word iterator unavailable");
        }
        return words;
    }();
    iterator_.reset(prototype->clone());
    if (!iterator_) {
        throw std::runtime_error("ICU word iterator unavailable");
    }
}

void Tokenizer::tokenize(const ProseBuffer& buffer, std::string_view /*doc*/,
                         std::vector<Token>& out) {
    const icu::UnicodeString& text = buffer.text;
    if (text.isEmpty()) {
        return;
    }
    iterator_->setText(text);
    const UChar* const units = text.getBuffer();
    std::int32_t start = iterator_->first();
    for (std::int32_t end = iterator_->next(); end != icu::BreakIterator::DONE;
         start = end, end = iterator_->next()) {
        if (buffer.hidden[static_cast<std::size_t>(start)] != 0 ||
            all_whitespace(units, start, end)) {
            continue;
        }
        Token& token = out.emplace_back();
        token.range = buffer.bytes(start, end);
        token.kind = kind_of(text, start, iterator_->getRuleStatus());
        // Most words are ASCII, folded inline; fold_utf8 for the others.
        if (!fold_ascii(units + start, end - start, token.folded)) {
            fold_utf8(text, start, end, token.folded);
        }
    }
}

} // namespace parallax::detail
