#include "unnamed_collective.h"

#include "lexicon.h"
#include "rule_ids.h"

#include <algorithm>
#include <array>
#include <optional>
#include <span>
#include <string_view>

namespace parallax::perspectives {

namespace {

/// Tokens after a collective phrase in which "such as Vietnam" may name its members.
constexpr std::uint32_t kNamingWindow = 8;

constexpr std::array<std::string_view, 6> kPlacingPrepositions{"in",         "within", "across",
                                                               "throughout", "of",     "from"};
constexpr std::array<std::string_view, 4> kPronounPrepositions{"in", "within", "across",
                                                               "throughout"};

template <std::size_t N>
bool one_of(const std::array<std::string_view, N>& words, std::string_view w) {
    return std::ranges::find(words, w) != words.end();
}

/// The words that may start a phrase: collective nouns and pronouns, regional adjectives.
const WordSet& phrase_openers() {
    static const WordSet openers =
        WordSet::union_of({&lexicon().collective_nouns, &lexicon().collective_pronouns,
                           &lexicon().regional_adjectives});
    return openers;
}

/// A phrase found in one sentence: tokens [first, last] of the document.
struct Phrase {
    std::uint32_t first = 0;
    std::uint32_t last = 0;
};

class SentenceScan {
public:
    SentenceScan(const Document& document, const Sentence& sentence,
                 std::span<const PlaceMention* const> regions,
                 std::span<const std::uint32_t> countries)
        : tokens_(document.tokens()), sentence_(sentence), regions_(regions), countries_(countries),
          words_(lexicon()), openers_(phrase_openers()) {}

    std::vector<Phrase> phrases() {
        std::vector<Phrase> out;
        for (std::uint32_t i = next_opener(sentence_.first_token); i < end();
             i = next_opener(i + 1)) {
            std::optional<Phrase> phrase = placed_collective(i);
            if (!phrase) {
                phrase = regional_collective(i);
            }
            if (!phrase) {
                continue;
            }
            phrase->first = opening(phrase->first);
            if (is_subject(phrase->first) && !names_members(phrase->last)) {
                out.push_back(*phrase);
            }
            i = phrase->last;
        }
        return out;
    }

private:
    std::uint32_t end() const { return sentence_.first_token + sentence_.token_count; }
    std::string_view word(std::uint32_t i) const { return tokens_[i].folded; }

    /// The region-like grouping mention starting at i ("Asia-Pacific"), if any. A sentence
    /// holds a handful of mentions at most: a scan beats a tree.
    const PlaceMention* region_starting_at(std::uint32_t i) const {
        const auto it = std::ranges::find(regions_, i, &PlaceMention::first_token);
        return it == regions_.end() ? nullptr : *it;
    }

    /// The last token of a region-like grouping mention starting at i ("Asia-Pacific").
    std::optional<std::uint32_t> region_at(std::uint32_t i) const {
        const PlaceMention* region = region_starting_at(i);
        if (region == nullptr) {
            return std::nullopt;
        }
        return region->first_token + region->token_count - 1;
    }

    /// The first token from i on where a phrase may start, or end(). Most tokens are passed
    /// over here, in a loop that does nothing else.
    std::uint32_t next_opener(std::uint32_t i) const {
        const std::uint32_t last = end();
        while (i < last && !may_open_phrase(i)) {
            ++i;
        }
        return i;
    }

    /// Whether a phrase may start at i: a collective noun or pronoun, a regional adjective or a
    /// region's name. One lookup rejects most tokens before the finders below look closer.
    bool may_open_phrase(std::uint32_t i) const {
        return openers_.contains(word(i)) || region_starting_at(i) != nullptr;
    }

    /// "countries in the region", "many within the region", "countries here",
    /// "states of Southeast Asia".
    std::optional<Phrase> placed_collective(std::uint32_t i) const {
        const bool noun = words_.collective_nouns.contains(word(i));
        const bool pronoun = words_.collective_pronouns.contains(word(i));
        if ((!noun && !pronoun) || i + 1 >= end()) {
            return std::nullopt;
        }
        if (noun && word(i + 1) == "here") {
            return Phrase{i, i + 1};
        }
        const bool placing = noun ? one_of(kPlacingPrepositions, word(i + 1))
                                  : one_of(kPronounPrepositions, word(i + 1));
        if (!placing) {
            return std::nullopt;
        }
        std::uint32_t k = i + 2;
        if (k < end() && (word(k) == "the" || word(k) == "this" || word(k) == "that")) {
            ++k;
        }
        if (k >= end()) {
            return std::nullopt;
        }
        if (words_.region_words.contains(word(k))) {
            return Phrase{i, k};
        }
        if (const auto last = region_at(k)) {
            return Phrase{i, *last};
        }
        return std::nullopt;
    }

    /// "regional states", "Asian nations", "Asia-Pacific countries".
    std::optional<Phrase> regional_collective(std::uint32_t i) const {
        std::optional<std::uint32_t> last = region_at(i);
        if (!last && words_.regional_adjectives.contains(word(i))) {
            last = i;
        }
        if (!last || *last + 1 >= end() || !words_.collective_nouns.contains(word(*last + 1))) {
            return std::nullopt;
        }
        return Phrase{i, *last + 1};
    }

    /// Extends a phrase back over its quantifiers: "Many countries", "13 countries".
    std::uint32_t opening(std::uint32_t first) const {
        while (first > sentence_.first_token && (words_.quantifiers.contains(word(first - 1)) ||
                                                 tokens_[first - 1].kind == TokenKind::Number)) {
            --first;
        }
        return first;
    }

    /// The phrase opens the sentence or a clause, or is the agent of a passive ("by many ...").
    bool is_subject(std::uint32_t first) const {
        return first == sentence_.first_token || words_.subject_openers.contains(word(first - 1));
    }

    /// "..., such as Vietnam and Indonesia": the draft names the members after all.
    bool names_members(std::uint32_t last) const {
        const std::uint32_t limit = std::min(end(), last + 1 + kNamingWindow);
        bool introduced = false;
        for (std::uint32_t i = last + 1; i < limit; ++i) {
            introduced = introduced || words_.naming_introducers.contains(word(i));
            if (introduced && std::ranges::find(countries_, i) != countries_.end()) {
                return true;
            }
        }
        return false;
    }

    std::span<const Token> tokens_;
    const Sentence& sentence_;
    std::span<const PlaceMention* const> regions_; // in text order
    std::span<const std::uint32_t> countries_;     // first tokens of country mentions
    const Lexicon& words_;
    const WordSet& openers_;
};

bool region_like(const PlaceMention& mention) {
    if (mention.kind != PlaceKind::Grouping) {
        return false;
    }
    const Grouping* g = Gazetteer::instance().grouping(mention.id);
    return g != nullptr && (g->kind == GroupingKind::M49 || g->kind == GroupingKind::Region);
}

/// The mentions in the document's sentences, grouped by sentence, each group in text order.
std::vector<const PlaceMention*> mentions_by_sentence(const PerspectiveMap& map,
                                                      std::size_t sentence_count) {
    std::vector<const PlaceMention*> out;
    out.reserve(map.places.size());
    for (const auto& mention : map.places) {
        if (mention.sentence < sentence_count) {
            out.push_back(&mention);
        }
    }
    // Text order is sentence order already; the sort only guards that.
    std::ranges::stable_sort(out, {}, [](const PlaceMention* m) { return m->sentence; });
    return out;
}

} // namespace

std::vector<Diagnostic> find_unnamed_collectives(const Document& document,
                                                 const PerspectiveMap& map) {
    std::vector<Diagnostic> out;
    const auto sentences = document.sentences();
    const auto blocks = document.blocks();
    // One pass over the places, not one per sentence: `next` walks them sentence by sentence.
    const auto places = mentions_by_sentence(map, sentences.size());
    std::size_t next = 0;
    std::vector<const PlaceMention*> regions; // this sentence's, reused
    std::vector<std::uint32_t> countries;     // this sentence's, reused
    for (std::uint32_t s = 0; s < sentences.size(); ++s) {
        const std::size_t first_place = next;
        while (next < places.size() && places[next]->sentence == s) {
            ++next;
        }
        const Sentence& sentence = sentences[s];
        if (blocks[sentence.block].quoted) {
            continue; // someone else's words
        }
        if (blocks[sentence.block].kind == BlockKind::Heading) {
            continue; // a title names a subject; it ascribes no position to anyone
        }
        regions.clear();
        countries.clear();
        for (const PlaceMention* mention :
             std::span(places).subspan(first_place, next - first_place)) {
            if (region_like(*mention)) {
                regions.push_back(mention);
            } else if (mention->kind == PlaceKind::Country) {
                countries.push_back(mention->first_token);
            }
        }
        SentenceScan scan(document, sentence, regions, countries);
        for (const Phrase& phrase : scan.phrases()) {
            const auto tokens = document.tokens();
            const ByteRange range{tokens[phrase.first].range.start, tokens[phrase.last].range.end};
            const std::string text(document.slice(range));
            Diagnostic d;
            d.rule = kUnnamedCollective;
            d.severity = Severity::Warning;
            d.range = range;
            d.message = "\u201c" + text +
                        "\u201d: which ones? Name the countries, or attribute the position to a "
                        "named source from them.";
            d.data.emplace_back("phrase", text);
            out.push_back(std::move(d));
        }
    }
    return out;
}

} // namespace parallax::perspectives
