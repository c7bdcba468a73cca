#include "evidence_support.h"

#include "attribution_guards.h"

#include <algorithm>
#include <set>
#include <string>

namespace parallax::claims {

namespace {

/// Content words of a sentence: names and nouns a backing sentence would share.
std::set<std::string> content_stems(const SentenceWords& s) {
    std::set<std::string> stems;
    for (std::ptrdiff_t i = 0; i < s.size(); ++i) {
        if (s.is_word(i) && !s.quoted(i) && s.folded(i).size() >= 4 &&
            !s.in(lexicon::clause_words(), i) && !s.in(lexicon::verb_fillers(), i) &&
            !s.in(lexicon::be_forms(), i)) {
            stems.insert(std::string(s.stem(i)));
        }
    }
    return stems;
}

/// A sentence whose first words are a quotation: it continues the quotation of the sentence
/// before (whose speaker was named there).
bool opens_with_quotation(const SentenceWords& s) {
    for (std::ptrdiff_t i = 0; i < s.size() && i < 3; ++i) {
        if (s.is_word(i)) {
            return s.quoted(i);
        }
    }
    return false;
}

} // namespace

EvidenceSupport::EvidenceSupport(const Document& document,
                                 const std::vector<std::unique_ptr<SentenceWords>>& words,
                                 const KnownSources& known_sources)
    : document_(document), words_(words) {
    const std::size_t n = document.sentences().size();
    cited_.assign(n, false);
    attributed_.assign(n, false);
    own_.assign(n, false);
    supported_.assign(n, false);
    evidence_.assign(n, std::nullopt);
    for (std::size_t i = 0; i < n; ++i) {
        const Sentence& sentence = document.sentences()[i];
        if (!sentence.citations.empty()) {
            cited_[i] = true;
            evidence_[i] = document.citations()[sentence.citations.front()].range;
        }
    }
    for (const Attribution& a : document.attributions()) {
        if (a.vague) {
            continue;
        }
        auto mark = [&](std::uint32_t s) {
            if (s < n) {
                attributed_[s] = true;
                if (!evidence_[s]) {
                    evidence_[s] = a.source;
                }
            }
        };
        mark(a.sentence);
        std::ranges::for_each(a.supports, mark);
    }
    for (std::size_t i = 0; i < n; ++i) {
        if (words_[i] && !attributed_[i] && has_named_source(*words_[i])) {
            attributed_[i] = true; // the guard: a named source the SDK did not list
            if (!evidence_[i]) {
                evidence_[i] = document.sentences()[i].range;
            }
        }
        if (words_[i] && !attributed_[i]) {
            if (auto named = known_sources.find_in(document, document.sentences()[i])) {
                attributed_[i] = true; // a source the publication trusts
                evidence_[i] = evidence_[i].value_or(*named);
            }
        }
        own_[i] = cited_[i] || attributed_[i];
    }
    for (std::uint32_t i = 0; i < n; ++i) {
        bool backed = own_[i];
        if (!backed && i > 0 && same_block(i - 1, i) && words_[i]) {
            // A quotation continuing the previous sentence's named speaker.
            backed = attributed_[i - 1] && opens_with_quotation(*words_[i]);
        }
        for (const std::uint32_t j : {i - 1, i + 1}) {
            if (!backed && j < n && j != i && cited_[j] && same_block(i, j) &&
                shares_subject(i, j)) {
                backed = true; // "the sentence right before or after it that evidently backs it"
            }
        }
        supported_[i] = backed;
    }
}

bool EvidenceSupport::follows_quoted_speaker(std::uint32_t sentence) const {
    const std::uint32_t before = sentence - 1;
    return sentence > 0 && sentence < attributed_.size() && same_block(before, sentence) &&
           attributed_[before] && words_[before] && words_[before]->has_quotation();
}

bool EvidenceSupport::same_block(std::uint32_t a, std::uint32_t b) const {
    return document_.sentences()[a].block == document_.sentences()[b].block;
}

bool EvidenceSupport::shares_subject(std::uint32_t a, std::uint32_t b) const {
    if (!words_[a] || !words_[b]) {
        return false;
    }
    const std::set<std::string> left = content_stems(*words_[a]);
    const std::set<std::string> right = content_stems(*words_[b]);
    return std::ranges::any_of(left, [&](const std::string& w) { return right.contains(w); });
}

std::optional<RelatedLocation> EvidenceSupport::nearest_evidence(std::uint32_t sentence) const {
    const std::size_t n = evidence_.size();
    for (std::uint32_t distance = 1; distance <= 2; ++distance) {
        for (const std::int64_t j :
             {std::int64_t{sentence} - distance, std::int64_t{sentence} + distance}) {
            if (j < 0 || static_cast<std::size_t>(j) >= n) {
                continue;
            }
            const auto k = static_cast<std::uint32_t>(j);
            if (evidence_[k] && same_block(sentence, k)) {
                return RelatedLocation{
                    *evidence_[k],
                    cited_[k] ? "Nearest citation: does it back this sentence? If so, move it here."
                              : "Nearest named source: does it back this sentence? If so, "
                                "attribute the sentence to it."};
            }
        }
    }
    return std::nullopt;
}

} // namespace parallax::claims
