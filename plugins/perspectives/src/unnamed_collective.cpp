#include "unnamed_collective.h"

#include "lexicon.h"
#include "rule_ids.h"

#include <array>
#include <map>
#include <optional>
#include <set>

namespace parallax::perspectives {

namespace {

/// Tokens after a collective phrase in which "such as Vietnam" may name its members.
constexpr std::uint32_t kNamingWindow = 8;

constexpr std::array kPlacingPrepositions{"in", "within", "across", "throughout", "of", "from"};
constexpr std::array kPronounPrepositions{"in", "within", "across", "throughout"};

template <std::size_t N> bool one_of(const std::array<const char*, N>& words, std::string_view w) {
    for (const char* candidate : words) {
        if (w == candidate) {
            return true;
        }
    }
    return false;
}

/// A phrase found in one sentence: tokens [first, last] of the document.
struct Phrase {
    std::uint32_t first = 0;
    std::uint32_t last = 0;
};

class SentenceScan {
public:
    SentenceScan(const Document& document, const Sentence& sentence,
                 const std::map<std::uint32_t, const PlaceMention*>& regions,
                 const std::set<std::uint32_t>& countries)
        : tokens_(document.tokens()), sentence_(sentence), regions_(regions), countries_(countries),
          words_(lexicon()) {}

    std::vector<Phrase> phrases() {
        std::vector<Phrase> out;
        const std::uint32_t end = sentence_.first_token + sentence_.token_count;
        for (std::uint32_t i = sentence_.first_token; i < end; ++i) {
            if (!may_open_phrase(i)) {
                continue;
            }
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
    const std::string& word(std::uint32_t i) const { return tokens_[i].folded; }

    /// The last token of a region-like grouping mention starting at i ("Asia-Pacific").
    std::optional<std::uint32_t> region_at(std::uint32_t i) const {
        const auto it = regions_.find(i);
        if (it == regions_.end()) {
            return std::nullopt;
        }
        return it->second->first_token + it->second->token_count - 1;
    }

    /// Whether a phrase may start at i: a collective noun or pronoun, a regional adjective or a
    /// region's name. One lookup rejects most tokens before the finders below look closer.
    bool may_open_phrase(std::uint32_t i) const {
        static const WordSet openers =
            WordSet::union_of({&lexicon().collective_nouns, &lexicon().collective_pronouns,
                               &lexicon().regional_adjectives});
        return openers.contains(word(i)) || regions_.contains(i);
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
            if (introduced && countries_.contains(i)) {
                return true;
            }
        }
        return false;
    }

    std::span<const Token> tokens_;
    const Sentence& sentence_;
    const std::map<std::uint32_t, const PlaceMention*>& regions_; // by first token
    const std::set<std::uint32_t>& countries_; // first tokens of country mentions
    const Lexicon& words_;
};

bool region_like(const PlaceMention& mention) {
    if (mention.kind != PlaceKind::Grouping) {
        return false;
    }
    const Grouping* g = Gazetteer::instance().grouping(mention.id);
    return g != nullptr && (g->kind == GroupingKind::M49 || g->kind == GroupingKind::Region);
}

} // namespace

std::vector<Diagnostic> find_unnamed_collectives(const Document& document,
                                                 const PerspectiveMap& map) {
    std::vector<Diagnostic> out;
    const auto sentences = document.sentences();
    const auto blocks = document.blocks();
    // Each sentence's mentions, in text order: one pass over the places, not one per sentence.
    std::vector<std::vector<const PlaceMention*>> places_in(sentences.size());
    for (const auto& mention : map.places) {
        if (mention.sentence < places_in.size()) {
            places_in[mention.sentence].push_back(&mention);
        }
    }
    for (std::uint32_t s = 0; s < sentences.size(); ++s) {
        const Sentence& sentence = sentences[s];
        if (blocks[sentence.block].quoted) {
            continue; // someone else's words
        }
        if (blocks[sentence.block].kind == BlockKind::Heading) {
            continue; // a title names a subject; it ascribes no position to anyone
        }
        std::map<std::uint32_t, const PlaceMention*> regions;
        std::set<std::uint32_t> countries;
        for (const PlaceMention* mention : places_in[s]) {
            if (region_like(*mention)) {
                regions.emplace(mention->first_token, mention);
            } else if (mention->kind == PlaceKind::Country) {
                countries.insert(mention->first_token);
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
