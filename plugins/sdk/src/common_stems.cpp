#include "common_stems.h"

#include "parallax/lexicon.h"

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
    stems_.reserve(lines.size());
    for (const std::string_view line : lines) {
        const std::size_t tab = line.find('\t');
        const std::string_view word = line.substr(0, tab);
        const std::string_view stem = tab == std::string_view::npos ? word : line.substr(tab + 1);
        if (!word.empty() && !stem.empty()) {
            stems_.try_emplace(word, stem); // the first line of a word wins
        }
    }
}

std::optional<std::string_view> CommonStems::find(std::string_view folded) const {
    const auto it = stems_.find(folded);
    if (it == stems_.end()) {
        return std::nullopt;
    }
    return it->second;
}

std::vector<CommonStems::Entry> CommonStems::entries() const {
    std::vector<Entry> out;
    out.reserve(stems_.size());
    for (const auto& [word, stem] : stems_) {
        out.push_back({word, stem});
    }
    return out;
}

} // namespace parallax::detail
