// Sentence boundaries: ICU's sentence iterator, filtered with our own abbreviations, over the
// UTF-16 text of one block.

#include "internal.h"
#include "utf8.h"
#include "white_space.h"

#include <unicode/filteredbrk.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <new>
#include <stdexcept>
#include <string_view>

namespace parallax::detail {

namespace {

constexpr char16_t kObjectReplacement = 0xFFFC;

// ICU 72 ends a sentence after these even when a name or a lowercase word follows.
constexpr std::array<const char*, 37> kAbbreviations = {
    "U.S.",  "U.K.", "U.N.",  "E.U.", "Dr.",  "Mr.",  "Mrs.", "Ms.",  "Prof.", "Gen.",
    "Col.",  "Lt.",  "Sgt.",  "Sen.", "Rep.", "Gov.", "St.",  "Jan.", "Feb.",  "Aug.",
    "Sept.", "Oct.", "Nov.",  "Dec.", "No.",  "vs.",  "e.g.", "i.e.", "etc.",  "Inc.",
    "Ltd.",  "Co.",  "Corp.", "Jr.",  "Sr.",  "Mt.",  "Ft."};

// Dotted initialisms and middle initials ICU 72 still ends a sentence after when a capitalised
// word follows ("the U.S. Census Bureau", "Warren E. Buffett"), despite the filter: such a break
// is undone. A sentence that really ends
// with "U.S." before a capitalised word is rarer in news prose than a name that continues.
constexpr std::array<std::u16string_view, 4> kInitialisms = {u"U.S.", u"U.K.", u"U.N.", u"E.U."};

bool ends_with_initialism(const icu::UnicodeString& text, std::int32_t start, std::int32_t end) {
    for (const std::u16string_view initialism : kInitialisms) {
        const auto length = static_cast<std::int32_t>(initialism.size());
        const std::int32_t from = end - length;
        if (from >= start && text.compare(from, length, initialism.data(), 0, length) == 0 &&
            (from == start || !u_isalpha(text.char32At(from - 1)))) {
            return true;
        }
    }
    // A middle initial: "Warren E. Buffett", "George W. Bush".
    return end - start >= 3 && text.charAt(end - 1) == u'.' && u_isupper(text.charAt(end - 2)) &&
           is_white_space(text.charAt(end - 3));
}

/// Where the run of ASCII bytes starting at bytes[i] ends, at `stop` at the latest: eight bytes
/// at a time while none has its high bit set.
std::uint32_t ascii_run_end(const char* bytes, std::uint32_t i, std::uint32_t stop) {
    constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
    for (; stop - i >= 8; i += 8) {
        std::uint64_t word = 0;
        std::memcpy(&word, bytes + i, sizeof word);
        if ((word & kHighBits) != 0) {
            break;
        }
    }
    while (i < stop && static_cast<unsigned char>(bytes[i]) < 0x80U) {
        ++i;
    }
    return i;
}

/// Writes the units of one block straight into the buffers: appending to an icu::UnicodeString
/// and three vectors one unit at a time was a tenth of a Document build.
class UnitWriter {
public:
    UnitWriter(ProseBuffer& buffer, std::size_t capacity) : buffer_(buffer) {
        buffer_.starts.resize(capacity);
        buffer_.ends.resize(capacity);
        buffer_.hidden.resize(capacity);
        units_ = buffer_.text.getBuffer(static_cast<std::int32_t>(capacity));
        if (units_ == nullptr) {
            throw std::bad_alloc();
        }
    }
    ~UnitWriter() {
        buffer_.text.releaseBuffer(static_cast<std::int32_t>(count_));
        buffer_.starts.resize(count_);
        buffer_.ends.resize(count_);
        buffer_.hidden.resize(count_);
    }
    UnitWriter(const UnitWriter&) = delete;
    UnitWriter& operator=(const UnitWriter&) = delete;

    void add(char16_t unit, std::uint32_t start, std::uint32_t end, bool hidden = false) {
        units_[count_] = static_cast<UChar>(unit);
        buffer_.starts[count_] = start;
        buffer_.ends[count_] = end;
        buffer_.hidden[count_] = hidden ? 1 : 0;
        ++count_;
    }

    /// Adds the ASCII bytes of doc[i, stop) up to the first other byte, each as one unit (line
    /// ends as spaces); returns the offset where it stopped. Found first, then written in a
    /// loop without exits that the compiler vectorises; through local pointers, since a store
    /// through `hidden` (bytes, which may alias anything) would reload every member.
    std::uint32_t add_ascii(std::string_view doc, std::uint32_t i, std::uint32_t stop) {
        const char* const bytes = doc.data();
        const std::uint32_t run_end = ascii_run_end(bytes, i, stop);
        const std::size_t n = run_end - i;
        UChar* const units = units_ + count_;
        std::uint32_t* const starts = buffer_.starts.data() + count_;
        std::uint32_t* const ends = buffer_.ends.data() + count_;
        for (std::size_t k = 0; k < n; ++k) {
            const auto c = static_cast<unsigned char>(bytes[i + k]);
            // Soft line breaks are spaces: ICU ends a sentence at every line break.
            units[k] = c == '\n' || c == '\r' ? u' ' : static_cast<UChar>(c);
            starts[k] = i + static_cast<std::uint32_t>(k);
            ends[k] = i + static_cast<std::uint32_t>(k) + 1;
        }
        std::fill_n(buffer_.hidden.data() + count_, n, std::uint8_t{0});
        count_ += n;
        return run_end;
    }

private:
    ProseBuffer& buffer_;
    UChar* units_ = nullptr;
    std::size_t count_ = 0;
};

} // namespace

void ProseBuffer::fill(std::string_view doc, const RawBlock& block) {
    const std::uint32_t end = block.range.end.value;
    std::uint32_t i = block.range.start.value;
    // Each byte gives at most one unit (a four-byte character two), and a span one unit for
    // all its bytes; a character may run one past the block's end.
    UnitWriter out(*this, block.range.size() + 2U);
    auto span = block.spans.begin();
    while (i < end) {
        while (span != block.spans.end() && span->range.end.value <= i) {
            ++span;
        }
        if (span != block.spans.end() && span->range.start.value <= i) {
            const std::uint32_t stop = std::min(span->range.end.value, end);
            switch (span->kind) {
            case SpanKind::Hidden:
                out.add(kObjectReplacement, i, stop, true);
                break;
            case SpanKind::Blank:
                out.add(u' ', i, stop);
                break;
            case SpanKind::Removed:
                break;
            }
            i = stop;
            continue;
        }
        // Up to the next span, most bytes are ASCII: added in one run.
        const std::uint32_t stop =
            span != block.spans.end() ? std::min(span->range.start.value, end) : end;
        i = out.add_ascii(doc, i, stop);
        if (i >= stop) {
            continue;
        }
        const Decoded d = decode_utf8(doc, i);
        if (d.utf16_units == 2) {
            const char32_t cp = d.code_point - 0x10000U;
            out.add(static_cast<char16_t>(0xD800U + (cp >> 10)), i, i + 4);
            out.add(static_cast<char16_t>(0xDC00U + (cp & 0x3FFU)), i, i + 4);
        } else {
            out.add(static_cast<char16_t>(d.code_point), i, i + d.length);
        }
        i += d.length;
    }
}

namespace {

BreakIteratorPtr make_sentence_iterator() {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
        icu::FilteredBreakIteratorBuilder::createEmptyInstance(status));
    BreakIteratorPtr base(
        icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
    if (U_FAILURE(status)) {
        throw std::runtime_error("ICU sentence iterator unavailable");
    }
    for (const char* abbreviation : kAbbreviations) {
        builder->suppressBreakAfter(icu::UnicodeString::fromUTF8(abbreviation), status);
    }
    BreakIteratorPtr filtered(builder->wrapIteratorWithFilter(base.release(), status));
    if (U_FAILURE(status) || !filtered) {
        throw std::runtime_error("ICU filtered sentence iterator unavailable");
    }
    return filtered;
}

} // namespace

SentenceSplitter::SentenceSplitter() {
    // Building the filtered iterator costs more than splitting a short draft: build it once and
    // clone it (clone() of an iterator nobody uses is safe from any thread).
    static const BreakIteratorPtr prototype = make_sentence_iterator();
    iterator_.reset(prototype->clone());
    if (!iterator_) {
        throw std::runtime_error("ICU filtered sentence iterator unavailable");
    }
}

void SentenceSplitter::split(const ProseBuffer& buffer, std::vector<UnitRange>& out) {
    const icu::UnicodeString& text = buffer.text;
    if (text.isEmpty()) {
        return;
    }
    iterator_->setText(text);
    const std::size_t first_unit = out.size();
    std::int32_t start = iterator_->first();
    for (std::int32_t end = iterator_->next(); end != icu::BreakIterator::DONE;
         start = end, end = iterator_->next()) {
        std::int32_t s = start;
        std::int32_t e = end;
        while (s < e && is_white_space(text.charAt(s))) {
            ++s;
        }
        while (e > s && is_white_space(text.charAt(e - 1))) {
            --e;
        }
        if (s < e && out.size() > first_unit &&
            ends_with_initialism(text, out.back().start, out.back().end) &&
            u_isupper(text.char32At(s))) {
            out.back().end = e;
        } else if (s < e) {
            out.push_back({s, e});
        }
    }
}

} // namespace parallax::detail
