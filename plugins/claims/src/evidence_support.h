#pragma once
// Which sentences of a draft are supported (GUIDELINES.md §1): a named source, a quotation with
// its speaker, a link, citation or footnote in the sentence — or in the sentence right before or
// after it when that one evidently backs it. Also where the nearest evidence is for a sentence
// that is close to being supported, so that a finding can point at it.
//
// Sources come from the SDK's attributions (Document::attributions(): non-vague attributions
// support the sentences listed in `supports`); the plugin's own named-source guard
// (attribution_guards.h) covers sentences the SDK finds no attribution for, and a sentence naming
// one of the publication's known sources (the `known_sources` option) is sourced as well.

#include "known_sources.h"
#include "sentence_words.h"

#include "parallax/diagnostic.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace parallax::claims {

class EvidenceSupport {
public:
    /// `words[i]` reads sentence i (null for sentences the plugin skips, such as blockquotes).
    EvidenceSupport(const Document& document,
                    const std::vector<std::unique_ptr<SentenceWords>>& words,
                    const KnownSources& known_sources);

    /// The sentence carries or borrows evidence: a citation, a named attribution, or a cited
    /// neighbour that shares its subject.
    bool supported(std::uint32_t sentence) const { return supported_[sentence]; }
    /// A citation of the sentence itself, or a named source the SDK or the guard found in it.
    bool has_own_evidence(std::uint32_t sentence) const { return own_[sentence]; }
    /// The sentence before, in the same block, quotes a named speaker: a quotation in this
    /// sentence evidently carries on that speaker's words ("…,” wrote Jonathan Spyer. As long
    /// as …, “Israel is determined to …”).
    bool follows_quoted_speaker(std::uint32_t sentence) const;
    /// Evidence up to two sentences away in the same block, for Diagnostic::related.
    std::optional<RelatedLocation> nearest_evidence(std::uint32_t sentence) const;

private:
    bool same_block(std::uint32_t a, std::uint32_t b) const;
    bool shares_subject(std::uint32_t a, std::uint32_t b) const;

    const Document& document_;
    const std::vector<std::unique_ptr<SentenceWords>>& words_;
    std::vector<bool> cited_;
    std::vector<bool> attributed_;
    std::vector<bool> own_;
    std::vector<bool> supported_;
    std::vector<std::optional<ByteRange>> evidence_; // where each sentence's own evidence is
};

} // namespace parallax::claims
