#pragma once
// The sources a publication trusts (the `known_sources` option: "IISS", "The Military Balance",
// "SIPRI"): a sentence that names one is sourced. Names match as whole words, ignoring case
// (Unicode simple case folding), anywhere in the sentence text.
//
//     KnownSources sources({"SIPRI"});
//     sources.find_in(document, sentence) // the range of "Sipri" in "Sipri counts 90 warheads."

#include "parallax/document.h"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace parallax::claims {

class KnownSources {
public:
    explicit KnownSources(std::span<const std::string> names);

    bool empty() const { return names_.empty(); }
    /// Where the sentence first names a known source, or nullopt.
    std::optional<ByteRange> find_in(const Document& document, const Sentence& sentence) const;

private:
    std::vector<std::string> names_; // case-folded, blank names left out
};

} // namespace parallax::claims
