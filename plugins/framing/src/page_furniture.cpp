#include "page_furniture.h"

#include <cctype>
#include <string>
#include <string_view>
#include <unordered_map>

namespace parallax::framing {

namespace {

/// The words of a line, case-folded (ASCII), numbers left out: "Hide Caption 3 of 30" ->
/// {"hide", "caption", "of"}. Bytes beyond ASCII count as letters.
std::vector<std::string> line_words(std::string_view line) {
    std::vector<std::string> words;
    std::string current;
    bool digits_only = true;
    const auto flush = [&] {
        if (!current.empty() && !digits_only) {
            words.push_back(std::move(current));
        }
        current.clear();
        digits_only = true;
    };
    for (char c : line) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) != 0 || byte >= 0x80) {
            current.push_back(static_cast<char>(std::tolower(byte)));
            digits_only = digits_only && std::isdigit(byte) != 0;
        } else {
            flush();
        }
    }
    flush();
    return words;
}

std::string key_of(const std::vector<std::string>& words, std::size_t count) {
    std::string key;
    for (std::size_t i = 0; i < count; ++i) {
        key += words[i];
        key.push_back(' ');
    }
    return key;
}

} // namespace

std::vector<bool> furniture_lines(const Text& text, const FurnitureOptions& options) {
    const std::uint32_t lines = text.line_count();
    std::vector<std::string> whole(lines);  // key of a long line, or empty
    std::vector<std::string> prefix(lines); // key of its first words, or empty
    std::unordered_map<std::string, std::uint32_t> whole_counts;
    std::unordered_map<std::string, std::uint32_t> prefix_counts;
    for (std::uint32_t l = 0; l < lines; ++l) {
        const LineNumber line{l};
        const std::vector<std::string> words =
            line_words(text.slice({text.line_start(line), text.line_end(line)}));
        if (words.size() >= options.min_repeated_line_words) {
            whole[l] = key_of(words, words.size());
            ++whole_counts[whole[l]];
        }
        if (options.prefix_words > 0 && words.size() >= options.prefix_words) {
            prefix[l] = key_of(words, options.prefix_words);
            ++prefix_counts[prefix[l]];
        }
    }
    std::vector<bool> furniture(lines, false);
    for (std::uint32_t l = 0; l < lines; ++l) {
        furniture[l] = (!whole[l].empty() && whole_counts[whole[l]] >= 2) ||
                       (!prefix[l].empty() && prefix_counts[prefix[l]] >= options.min_prefix_lines);
    }
    return furniture;
}

} // namespace parallax::framing
