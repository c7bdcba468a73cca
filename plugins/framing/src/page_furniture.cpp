#include "page_furniture.h"

#include "id_table.h"

#include <array>
#include <string_view>

namespace parallax::framing {

namespace {

/// What a byte is to a line's words: a separator, a digit, or a letter (ASCII letters and every
/// byte beyond ASCII), read from a table since every byte of the draft is classified.
enum ByteClass : unsigned char { kSeparator, kDigit, kLetter };

constexpr std::array<ByteClass, 256> kByteClasses = [] {
    std::array<ByteClass, 256> classes{};
    for (std::size_t byte = 0; byte < classes.size(); ++byte) {
        const bool letter =
            (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') || byte >= 0x80;
        classes[byte] = byte >= '0' && byte <= '9' ? kDigit : letter ? kLetter : kSeparator;
    }
    return classes;
}();

ByteClass class_of(char c) {
    return kByteClasses[static_cast<unsigned char>(c)];
}

unsigned char fold(unsigned char byte) {
    return byte >= 'A' && byte <= 'Z' ? static_cast<unsigned char>(byte - 'A' + 'a') : byte;
}

/// The words of a line one at a time, case-folded (ASCII) and numbers left out: "Hide Caption
/// 3 of 30" gives "Hide", "Caption", "of" (compare them with same_word). Bytes beyond ASCII count
/// as letters.
class LineWords {
public:
    explicit LineWords(std::string_view line) : line_(line) {}

    /// The next word, or an empty view at the end of the line.
    std::string_view next() {
        while (pos_ < line_.size()) {
            while (pos_ < line_.size() && class_of(line_[pos_]) == kSeparator) {
                ++pos_;
            }
            const std::size_t start = pos_;
            bool has_letter = false;
            for (ByteClass c = kSeparator;
                 pos_ < line_.size() && (c = class_of(line_[pos_])) != kSeparator; ++pos_) {
                has_letter = has_letter || c == kLetter;
            }
            if (has_letter) { // a word of digits only is a number
                return line_.substr(start, pos_ - start);
            }
        }
        return {};
    }

private:
    std::string_view line_;
    std::size_t pos_ = 0;
};

bool same_word(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (fold(static_cast<unsigned char>(a[i])) != fold(static_cast<unsigned char>(b[i]))) {
            return false;
        }
    }
    return true;
}

/// Whether two lines open with the same `count` words (case-folded, numbers left out), and
/// when `whole`, have no more.
bool same_opening(std::string_view a, std::string_view b, std::uint32_t count, bool whole) {
    LineWords left(a);
    LineWords right(b);
    for (std::uint32_t i = 0; i < count; ++i) {
        if (!same_word(left.next(), right.next())) {
            return false;
        }
    }
    return !whole || (left.next().empty() && right.next().empty());
}

/// Hashes a stream of bytes eight at a time (a multiplication per eight bytes, not per byte).
class StreamHash {
public:
    void add(unsigned char byte) {
        pending_ = (pending_ << 8) | byte;
        if (++count_ == 8) {
            hash_ = mix(hash_, pending_);
            pending_ = 0;
            count_ = 0;
        }
    }
    /// The hash of the bytes added so far.
    std::uint64_t value() const { return mix(mix(hash_, pending_), count_); }

private:
    static std::uint64_t mix(std::uint64_t h, std::uint64_t v) {
        h = (h ^ v) * 0x9e3779b97f4a7c15ULL;
        return h ^ (h >> 32);
    }

    std::uint64_t hash_ = 0xcbf29ce484222325ULL;
    std::uint64_t pending_ = 0;
    std::uint32_t count_ = 0;
};

/// A hash of a line's first `count` words, or of all of them (count 0), and how many it read.
struct LineKey {
    std::uint32_t words = 0;
    std::uint64_t hash = 0;
};

LineKey key_of(std::string_view line, std::uint32_t count) {
    LineKey key;
    StreamHash hash;
    LineWords words(line);
    for (std::string_view word = words.next(); !word.empty(); word = words.next()) {
        for (const char c : word) {
            hash.add(fold(static_cast<unsigned char>(c)));
        }
        hash.add(' ');
        if (++key.words == count) {
            break;
        }
    }
    key.hash = hash.value();
    return key;
}

/// The letters of a line (kLetter bytes), case-folded: how many, and their sum. Lines of the
/// same words agree on both, which rules out nearly every pair of lines before their words are
/// read. No branch per byte.
struct Letters {
    std::uint32_t count = 0;
    std::uint32_t sum = 0;
};

Letters letters_of(std::string_view line) {
    Letters letters;
    for (const char c : line) {
        const auto byte = static_cast<unsigned char>(c);
        const auto lower = static_cast<std::uint32_t>(byte | 0x20U);
        const auto ascii = static_cast<std::uint32_t>(lower - 'a' < 26U);
        const auto beyond = static_cast<std::uint32_t>(byte >= 0x80U);
        letters.count += ascii | beyond;
        letters.sum += ascii * lower + beyond * byte;
    }
    return letters;
}

/// Lines grouped by equal openings of some number of words (`whole`: lines of exactly that
/// many words): a hash table of groups, each with the line that opened it, so that two different
/// openings whose hashes collide still go to different groups.
class LineGroups {
public:
    LineGroups(const Text& text, bool whole) : text_(text), whole_(whole) {}

    /// The group of line `line`, whose first `count` words hash to `hash`.
    std::uint32_t add(std::uint32_t line, std::uint64_t hash, std::uint32_t count) {
        for (std::uint64_t salt = 0;; ++salt) {
            const auto [group, added] = groups_.insert(hash + salt * 0x9e3779b97f4a7c15ULL);
            if (added) {
                first_line_.push_back(line);
                sizes_.push_back(1);
                return group;
            }
            if (same_opening(line_text(first_line_[group]), line_text(line), count, whole_)) {
                ++sizes_[group];
                return group;
            }
        }
    }

    std::uint32_t size(std::uint32_t group) const { return sizes_[group]; }

private:
    std::string_view line_text(std::uint32_t line) const {
        const LineNumber number{line};
        return text_.slice({text_.line_start(number), text_.line_end(number)});
    }

    const Text& text_;
    bool whole_ = false;
    IdTable<std::uint64_t> groups_;
    std::vector<std::uint32_t> first_line_; // by group
    std::vector<std::uint32_t> sizes_;      // by group
};

} // namespace

std::vector<bool> furniture_lines(const Text& text, const FurnitureOptions& options) {
    constexpr std::uint32_t kNone = UINT32_MAX;
    const std::uint32_t lines = text.line_count();
    std::vector<std::uint32_t> whole(lines, kNone);  // group of a long line
    std::vector<std::uint32_t> prefix(lines, kNone); // group of its first words
    LineGroups whole_groups(text, true);
    LineGroups prefix_groups(text, false);
    const auto line_text = [&](std::uint32_t l) {
        return text.slice({text.line_start(LineNumber{l}), text.line_end(LineNumber{l})});
    };
    // A line repeated word for word repeats its opening too: when openings are no longer than
    // such a line, only a line whose opening recurs can recur whole. Otherwise the lines with
    // the same letters as another (a pass over every byte) are the ones to compare.
    const bool by_opening =
        options.prefix_words > 0 && options.prefix_words <= options.min_repeated_line_words;
    std::vector<Letters> letters(by_opening ? 0 : lines);
    IdTable<std::uint64_t> letter_keys;                               // ids of distinct letters
    std::vector<std::uint32_t> lines_with(by_opening ? 0 : lines, 0); // by id in letter_keys
    const auto key_of_letters = [](Letters l) {
        return (static_cast<std::uint64_t>(l.count) << 32) | l.sum;
    };
    for (std::uint32_t l = 0; l < lines; ++l) {
        const std::string_view line = line_text(l);
        if (options.prefix_words > 0) {
            const LineKey key = key_of(line, options.prefix_words);
            if (key.words >= options.prefix_words) {
                prefix[l] = prefix_groups.add(l, key.hash, options.prefix_words);
            }
        }
        if (!by_opening) {
            letters[l] = letters_of(line);
            // Every word of a line has a letter (words of digits only are left out).
            if (letters[l].count >= options.min_repeated_line_words) {
                ++lines_with[letter_keys.insert(key_of_letters(letters[l])).first];
            }
        }
    }
    const auto may_recur_whole = [&](std::uint32_t l) {
        if (by_opening) {
            return prefix[l] != kNone && prefix_groups.size(prefix[l]) >= 2;
        }
        return letters[l].count >= options.min_repeated_line_words &&
               lines_with[letter_keys.find(key_of_letters(letters[l]))] >= 2;
    };
    for (std::uint32_t l = 0; l < lines; ++l) {
        if (!may_recur_whole(l)) {
            continue;
        }
        const LineKey key = key_of(line_text(l), 0);
        if (key.words >= options.min_repeated_line_words) {
            // The word count is part of the key: a line is the same only as a line of as many
            // words.
            whole[l] = whole_groups.add(l, key.hash ^ key.words, key.words);
        }
    }
    std::vector<bool> furniture(lines, false);
    for (std::uint32_t l = 0; l < lines; ++l) {
        furniture[l] =
            (whole[l] != kNone && whole_groups.size(whole[l]) >= 2) ||
            (prefix[l] != kNone && prefix_groups.size(prefix[l]) >= options.min_prefix_lines);
    }
    return furniture;
}

} // namespace parallax::framing
