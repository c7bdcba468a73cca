// Which country an attribution's source speaks for.
#include "parallax/gazetteer.h"

#include <algorithm>
#include <array>
#include <optional>
#include <span>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace parallax {

namespace {

/// Prepositions that place a source somewhere rather than say whom it speaks for: "an official
/// in Beijing", "the embassy to Japan".
/// (Views, not C strings: a token is compared with each by its length first.)
constexpr std::array<std::string_view, 16> kPlacePrepositions{
    "in",     "at",      "to", "into", "near",  "across",  "outside", "inside",
    "toward", "towards", "on", "over", "about", "against", "with",    "visiting"};

/// Words before a name that are no part of it.
constexpr std::array<std::string_view, 7> kNameOpeners{"the", "a", "an", "mr", "mrs", "ms", "dr"};

bool after_place_preposition(const Document& document, const PlaceMention& mention) {
    if (mention.first_token == 0) {
        return false;
    }
    const Token& previous = document.tokens()[mention.first_token - 1];
    if (mention.first_token - 1 >= 1 && (previous.folded == "the" || previous.folded == "a")) {
        const Token& before = document.tokens()[mention.first_token - 2];
        return std::find(kPlacePrepositions.begin(), kPlacePrepositions.end(), before.folded) !=
               kPlacePrepositions.end();
    }
    return std::find(kPlacePrepositions.begin(), kPlacePrepositions.end(), previous.folded) !=
           kPlacePrepositions.end();
}

bool capitalised_word(const Document& document, const Token& token) {
    if (token.kind != TokenKind::Word) {
        return false;
    }
    const std::string_view text = document.slice(token.range);
    return !text.empty() && text.front() >= 'A' && text.front() <= 'Z';
}

/// A word that may be part of a person's or body's name: capitalised, not an office or title.
bool name_word(const Document& document, const Token& token) {
    return capitalised_word(document, token) &&
           !Gazetteer::instance().is_office_word(token.folded) &&
           std::ranges::find(kNameOpeners, token.folded) == kNameOpeners.end();
}

/// The tokens wholly inside `range`, found by binary search.
std::span<const Token> tokens_in(const Document& document, ByteRange range) {
    const auto tokens = document.tokens();
    const auto first = std::ranges::lower_bound(tokens, range.start, {},
                                                [](const Token& t) { return t.range.start; });
    auto last = first;
    while (last != tokens.end() && last->range.end <= range.end) {
        ++last;
    }
    return {first, last};
}

/// The names a draft introduces with a country — "U.S. Defense Secretary Ash Carter",
/// "South Korea's new president, Moon Jae-in" — as each name word -> the country, so that a
/// later "Carter said" speaks for the United States. A word introduced with two countries is
/// ambiguous and dropped (mapped to "").
class IntroducedNames {
public:
    IntroducedNames(const Document& document, std::span<const PlaceMention> mentions) {
        const auto tokens = document.tokens();
        std::vector<bool> place(tokens.size(), false);
        for (const auto& m : mentions) {
            for (std::uint32_t t = m.first_token; t < m.first_token + m.token_count; ++t) {
                place[t] = true;
            }
        }
        for (const auto& m : mentions) {
            if (m.kind != PlaceKind::Country) {
                continue;
            }
            const Sentence& sentence = document.sentences()[m.sentence];
            const std::uint32_t end = sentence.first_token + sentence.token_count;
            std::uint32_t t = m.first_token + m.token_count;
            if (t < end && tokens[t].folded == "." && tokens[t].range.start == m.range.end) {
                ++t; // "U.S." written with its final full stop
            }
            // Up to kGap words or commas before the name ("new president, Moon Jae-in").
            std::uint32_t gap = 0;
            while (t < end && !place[t] && !capitalised_word(document, tokens[t]) && gap < kGap &&
                   (tokens[t].kind == TokenKind::Word || tokens[t].folded == ",")) {
                ++t;
                ++gap;
            }
            std::vector<std::string> words;
            for (; t < end && !place[t] && capitalised_word(document, tokens[t]); ++t) {
                if (name_word(document, tokens[t])) {
                    words.push_back(tokens[t].folded);
                }
                // "Jae-in": a hyphen and its lower-case tail stay inside the name.
                while (t + 2 < end && tokens[t + 1].folded == "-" &&
                       tokens[t + 2].kind == TokenKind::Word) {
                    t += 2;
                }
            }
            if (words.size() < 2) {
                continue; // a lone capitalised word is too weak a cue
            }
            for (auto& word : words) {
                const auto [it, inserted] = countries_.try_emplace(std::move(word), m.id);
                if (!inserted && it->second != m.id) {
                    it->second.clear();
                }
            }
        }
    }

    /// The country of the last name word of the source that the draft introduced with one.
    std::optional<std::string> country_of(const Document& document, ByteRange source) const {
        const auto tokens = tokens_in(document, source);
        for (auto it = tokens.rbegin(); it != tokens.rend(); ++it) {
            if (!name_word(document, *it)) {
                continue;
            }
            if (const auto found = countries_.find(it->folded); found != countries_.end()) {
                if (found->second.empty()) {
                    return std::nullopt;
                }
                return found->second;
            }
        }
        return std::nullopt;
    }

private:
    static constexpr std::uint32_t kGap = 3;
    std::unordered_map<std::string, std::string> countries_;
};

/// The one country a draft's title names, if it names exactly one.
std::optional<std::string> title_country(const Document& document,
                                         std::span<const PlaceMention> mentions) {
    const Block* title = document.title();
    if (title == nullptr) {
        return std::nullopt;
    }
    std::optional<std::string> found;
    for (const auto& mention : mentions) {
        if (mention.kind != PlaceKind::Country || !title->range.contains(mention.range.start)) {
            continue;
        }
        if (found && *found != mention.id) {
            return std::nullopt;
        }
        found = mention.id;
    }
    return found;
}

/// "Health Minister Oly Ilunga Kalenga": the source names an office of a state.
bool names_state_office(const Document& document, ByteRange source) {
    const Gazetteer& g = Gazetteer::instance();
    return std::ranges::any_of(tokens_in(document, source),
                               [&](const Token& token) { return g.is_office_word(token.folded); });
}

/// A source made only of office words and articles: "the ministry", "the embassy spokeswoman".
bool only_office_words(std::span<const Token> tokens) {
    const Gazetteer& g = Gazetteer::instance();
    bool office = false;
    for (const Token& token : tokens) {
        if (g.is_office_word(token.folded)) {
            office = true;
        } else if (token.folded != "the" && token.folded != "its" && token.folded != "a" &&
                   token.folded != "an") {
            return false;
        }
    }
    return office;
}

/// An unplaced source that refers back: "Carter said" after "U.S. Defense Secretary Ash
/// Carter"; "the ministry said" after "China's foreign ministry said".
std::string trace_back(const Document& document, ByteRange source,
                       std::optional<IntroducedNames>& names,
                       const std::unordered_map<std::string, std::string>& last_office) {
    if (!names) {
        names.emplace(document, document.place_mentions());
    }
    if (auto country = names->country_of(document, source)) {
        return *country;
    }
    const auto tokens = tokens_in(document, source);
    if (!only_office_words(tokens)) {
        return {};
    }
    for (auto it = tokens.rbegin(); it != tokens.rend(); ++it) {
        if (const auto found = last_office.find(it->folded); found != last_office.end()) {
            return found->second;
        }
    }
    return {};
}

} // namespace

std::optional<std::string> resolve_country(const Document& document, ByteRange source) {
    const auto mentions = find_place_mentions(document, source);
    const PlaceMention* fallback = nullptr;
    for (const auto& mention : mentions) {
        if (mention.kind != PlaceKind::Country) {
            continue;
        }
        if (!after_place_preposition(document, mention)) {
            return mention.id;
        }
        if (fallback == nullptr) {
            fallback = &mention;
        }
    }
    if (fallback != nullptr) {
        return fallback->id;
    }
    return std::nullopt;
}

void assign_attribution_countries(const Document& document,
                                  std::vector<Attribution>& attributions) {
    std::optional<std::optional<std::string>> home; // computed on first need
    std::optional<IntroducedNames> names;
    std::unordered_map<std::string, std::string> last_office; // office word -> country
    for (auto& attribution : attributions) {
        if (attribution.source.size() == 0) {
            continue;
        }
        if (auto country = resolve_country(document, attribution.source)) {
            attribution.country = std::move(*country);
        } else if (!attribution.vague) {
            attribution.country = trace_back(document, attribution.source, names, last_office);
            // "Health Minister Oly Ilunga Kalenga said", in a draft whose title names one
            // country.
            if (attribution.country.empty() && names_state_office(document, attribution.source)) {
                if (!home) {
                    home = title_country(document, document.place_mentions());
                }
                attribution.country = home->value_or("");
            }
        }
        if (!attribution.country.empty()) {
            for (const Token& token : tokens_in(document, attribution.source)) {
                if (Gazetteer::instance().is_office_word(token.folded)) {
                    last_office.insert_or_assign(token.folded, attribution.country);
                }
            }
        }
    }
}

} // namespace parallax
