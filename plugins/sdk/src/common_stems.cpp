#include "common_stems.h"

#include "parallax/common_words.h"
#include "parallax/lexicon.h"

#include <string>

namespace parallax::embedded {
std::string_view common_stems();
} // namespace parallax::embedded

namespace parallax::detail {

const CommonStems& CommonStems::instance() {
    static const CommonStems stems(embedded::common_stems());
    return stems;
}

CommonStems::CommonStems(std::string_view table) {
    const std::vector<std::string_view> lines = lexicon_entries(table);
    entries_.reserve(lines.size());
    ids_.reserve(lines.size());
    for (const std::string_view line : lines) {
        const std::size_t tab = line.find('\t');
        const std::string_view word = line.substr(0, tab);
        const std::string_view stem = tab == std::string_view::npos ? word : line.substr(tab + 1);
        if (word.empty() || stem.empty()) {
            continue;
        }
        // The first line of a word wins.
        if (ids_.try_emplace(word, static_cast<std::uint32_t>(entries_.size())).second) {
            entries_.push_back({word, stem});
        }
    }
}

} // namespace parallax::detail

namespace parallax {

std::span<const CommonWord> common_words() {
    // The table's words, then the short forms in the order of detail::short_form_index.
    struct Words {
        std::string short_forms; // every short form's bytes, one after the other
        std::vector<CommonWord> all;
    };
    static const Words words = [] {
        Words built;
        std::string& bytes = built.short_forms;
        for (char c = '!'; c <= '~'; ++c) {
            bytes.push_back(c);
        }
        const std::string_view alnum = "abcdefghijklmnopqrstuvwxyz0123456789";
        for (const char first : alnum) {
            for (const char second : alnum) {
                bytes.push_back(first);
                bytes.push_back(second);
            }
        }
        const auto& table = detail::CommonStems::instance().entries();
        built.all.reserve(table.size() + detail::kShortForms);
        built.all.assign(table.begin(), table.end());
        const std::string_view view = bytes;
        for (std::size_t i = 0; i < view.size();) {
            const std::size_t length = i < 94 ? 1 : 2;
            const std::string_view form = view.substr(i, length);
            built.all.push_back({form, form});
            i += length;
        }
        return built;
    }();
    return words.all;
}

} // namespace parallax
