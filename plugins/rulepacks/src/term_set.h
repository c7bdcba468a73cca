#pragma once
// What a rule looks for: literal terms matched on word boundaries ("tokens") and RE2 regular
// expressions ("patterns"), compiled once when the pack is loaded. RE2 runs in time linear in the
// text, so no pattern a pack can contain makes a check hang.
//
//     auto terms = TermSet::build({"Kiev"}, {}, /*ignore_case=*/false);
//     std::get<TermSet>(terms).find("Kiev's mayor", 0)  // one match, bytes [0, 4), term 0

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace re2 {
class RE2;
}

namespace parallax::rulepacks {

/// One occurrence: bytes [start, end) of the searched text, shifted by the caller's base offset.
struct TermMatch {
    std::uint32_t start = 0;
    std::uint32_t end = 0;
    std::uint32_t term = 0; // index of the term: tokens first, then patterns
};

/// Why a term could not be compiled: which list and index, and what is wrong.
struct TermError {
    bool in_patterns = false;
    std::uint32_t index = 0;
    std::string message;
};

class TermSet {
public:
    TermSet(); // looks for nothing
    static std::variant<TermSet, TermError> build(const std::vector<std::string>& tokens,
                                                  const std::vector<std::string>& patterns,
                                                  bool ignore_case);
    TermSet(TermSet&&) noexcept;
    TermSet& operator=(TermSet&&) noexcept;
    ~TermSet();

    /// Every match in `text`, leftmost first; where matches overlap, the leftmost (then the
    /// longest) wins. Offsets are `base` + the offset in `text`. Safe to call from several threads.
    std::vector<TermMatch> find(std::string_view text, std::uint32_t base) const;

    std::size_t size() const { return terms_.size(); }
    bool empty() const { return terms_.empty(); }

private:
    struct Term {
        std::unique_ptr<re2::RE2> regex;
        bool word_bounded = false; // tokens must not begin or end inside a word
    };
    std::vector<Term> terms_;
};

} // namespace parallax::rulepacks
