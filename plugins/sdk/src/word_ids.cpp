#include "word_ids.h"

#include <cstring>

namespace parallax::detail {

WordIds::WordIds(std::size_t expected, std::uint32_t previous_count)
    : common_(CommonStems::instance()),
      first_own_(static_cast<std::uint32_t>(common_.entries().size()) + kShortForms),
      previous_(previous_count > first_own_ ? previous_count - first_own_ : 0, kNone) {
    ids_.reserve(expected);
    forms_.reserve(expected);
    stems_.reserve(expected);
}

std::string_view WordIds::keep(std::string_view text) {
    if (text.empty()) {
        return {};
    }
    auto* bytes = static_cast<char*>(arena_.allocate(text.size(), 1));
    std::memcpy(bytes, text.data(), text.size());
    return {bytes, text.size()};
}

std::uint32_t WordIds::own_id(std::string_view folded) {
    const Hashed key{folded, word_hash(folded)};
    if (const auto it = ids_.find(key); it != ids_.end()) {
        return first_own_ + it->second;
    }
    const auto index = static_cast<std::uint32_t>(forms_.size());
    const std::string_view kept = keep(folded);
    ids_.emplace(Hashed{kept, key.hash}, index);
    forms_.push_back(kept);
    stems_.emplace_back();
    return first_own_ + index;
}

std::string_view WordIds::own_stem(std::uint32_t id) {
    std::optional<std::string_view>& stem = stems_[id - first_own_];
    if (!stem) {
        const std::string_view folded = forms_[id - first_own_];
        if (folded.size() < 3) {
            stem = folded; // Snowball leaves a word of fewer than three letters as it is
        } else {
            if (!stemmer_) {
                stemmer_.emplace();
            }
            stem = keep(stemmer_->stem(folded));
        }
    }
    return *stem;
}

void WordIds::assign(Token& token) {
    // The table holds no word of fewer than three bytes; the commonest tokens ("a", "of", ",")
    // are short forms instead, their own stems.
    if (token.folded.size() >= 3) {
        if (const std::uint32_t id = common_.id_of(token.folded); id != CommonStems::kNone) {
            token.word = WordId{id};
            if (token.kind == TokenKind::Word) {
                token.stem.assign(common_.entries()[id].stem);
            }
            return;
        }
    } else if (const std::uint32_t index = short_form_index(token.folded);
               index != CommonStems::kNone) {
        token.word = WordId{static_cast<std::uint32_t>(common_.entries().size()) + index};
        if (token.kind == TokenKind::Word) {
            token.stem = token.folded;
        }
        return;
    }
    const std::uint32_t id = own_id(token.folded);
    token.word = WordId{id};
    if (token.kind == TokenKind::Word) {
        token.stem.assign(own_stem(id));
    }
}

void WordIds::reassign(Token& token) {
    if (token.word.value < first_own_) {
        return; // a word of the table: the same id in every Document
    }
    std::uint32_t& id = previous_[token.word.value - first_own_];
    if (id == kNone) {
        id = own_id(token.folded);
        std::optional<std::string_view>& stem = stems_[id - first_own_];
        if (token.kind == TokenKind::Word && !stem) {
            stem = keep(token.stem); // stemmed by the previous build already
        }
    }
    token.word = WordId{id};
}

} // namespace parallax::detail
