// framing/loaded-label: loaded labels from the curated lexicons: the geopolitical ones
// ("expansion", "hegemony") when repeated, quoted uses included; judging ones ("thugs", "witch
// hunt") at every use in the draft's own voice; any of them in scare quotes; and inconsistent
// labels for comparable actors ("regime" for one government, "government" for another).

#include "phrase_matcher.h"
#include "possessive.h"
#include "rules.h"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <map>
#include <string>
#include <unordered_set>

namespace parallax::framing {

namespace {

/// A label or a name as a message shows it: "regime" for "regime’s", "Iran" for "Iran’s".
std::string without_possessive(const std::string& text) {
    return std::string(strip_possessive(text));
}

struct LabelUse {
    std::uint32_t entry = 0;
    std::uint32_t first = 0; // indexes into DraftWords::words()
    std::uint32_t last = 0;
    bool scare_quoted = false;
    // Someone else's words: a use that counts towards the label's repetition (quoting a label
    // again and again repeats it too) but is not flagged alone.
    bool quoted = false;
};

/// An authority label ("regime", "government") and the name it is applied to.
struct ActorLabel {
    std::uint32_t word = 0;                // the label word
    std::vector<std::uint32_t> actor;      // stem ids of the names before it
    std::vector<std::string_view> country; // ISO codes the names resolve to ("Iranian": IR)
    ByteRange actor_range;                 // the name nearest to the label ("United States")
};

/// The country mention a name token belongs to, if the gazetteer found it as a place ("Iran's",
/// "Iranian" and "Tehran" are one actor).
const PlaceMention* country_of(const Document& document, std::uint32_t token) {
    const auto mentions = document.place_mentions();
    const auto after = std::upper_bound(
        mentions.begin(), mentions.end(), token,
        [](std::uint32_t t, const PlaceMention& mention) { return t < mention.first_token; });
    if (after == mentions.begin()) {
        return nullptr;
    }
    const PlaceMention& mention = *std::prev(after);
    if (mention.kind != PlaceKind::Country || token >= mention.first_token + mention.token_count) {
        return nullptr;
    }
    return &mention;
}

/// "Regime change" is the overthrow of a government, not a label for one.
bool names_regime_change(const DraftWords& words, std::uint32_t label) {
    const auto all = words.words();
    return label + 1 < all.size() && all[label + 1].sentence == all[label].sentence &&
           words.folded(all[label + 1]) == "change";
}

/// The names a label word is applied to: those among the three words before it in its sentence
/// ("the Iranian regime", "North Korea's Stalinist regimes"), nearest first. A country the
/// gazetteer found counts even where its capital does not mark a name, at the start of a
/// sentence ("Iran's regime ...").
std::vector<std::uint32_t> actor_words_of(const DraftWords& words, std::uint32_t label) {
    const auto all = words.words();
    const std::uint32_t begin = words.first_word(all[label].sentence);
    std::vector<std::uint32_t> names;
    for (std::uint32_t back = 1; back <= 3 && label >= begin + back; ++back) {
        const Word& word = all[label - back];
        if (word.name || country_of(words.document(), word.token) != nullptr) {
            names.push_back(label - back);
        }
    }
    return names;
}

Diagnostic label_diagnostic(const DraftWords& words, const LabelUse& use, std::string message) {
    const auto all = words.words();
    Diagnostic d;
    d.rule = std::string(kLoadedLabel);
    d.severity = Severity::Warning;
    d.range = words.range(all[use.first], all[use.last]);
    d.message = std::move(message);
    d.data.emplace_back("label", words.text(d.range));
    return d;
}

/// The uses of one label family, and how many of them are in quotations.
struct FamilyUses {
    std::size_t count = 0;
    std::size_t quoted = 0;
};

/// Why a use of a label is flagged: scare quotes, repetition, or a word that judges.
std::string label_message(const DraftWords& words, const LabelUse& use, FamilyUses uses) {
    const auto all = words.words();
    const std::string label = words.text(words.range(all[use.first], all[use.last]));
    std::string why;
    if (use.scare_quoted) {
        why = fmt::format("The label \u201c{}\u201d stands in scare quotes: the quotes distance "
                          "the author from it while the draft still uses it.",
                          label);
    } else if (uses.count > 1 && uses.quoted == 0) {
        why = fmt::format("The loaded label \u201c{}\u201d is used {} times in the author's own "
                          "voice.",
                          label, uses.count);
    } else if (uses.count > 1) {
        why = fmt::format("The loaded label \u201c{}\u201d is used {} times, {} of them in "
                          "quotations: repeated, even in others' words, it becomes the draft's "
                          "frame.",
                          label, uses.count, uses.quoted);
    } else {
        why = fmt::format("\u201c{}\u201d judges instead of describing, and the draft says it "
                          "in its own voice.",
                          label);
    }
    const std::string_view fix = use.quoted
                                     ? " Quote it where the source's wording matters, and "
                                       "report the rest in neutral terms."
                                     : " Say who uses the label and attribute it, or describe "
                                       "what the actor did in neutral terms.";
    return why + std::string(fix);
}

} // namespace

void check_loaded_labels(const DraftWords& words, const LoadedLabelOptions& options,
                         Reporter& reporter) {
    static const PhraseMatcher matcher(lexicon::loaded_labels());
    const Document& document = words.document();
    const auto all = words.words();
    const auto sentence_count = static_cast<std::uint32_t>(document.sentences().size());

    std::map<std::uint32_t, std::vector<LabelUse>> uses_by_family;
    std::vector<ActorLabel> loaded_actors;
    std::vector<ActorLabel> neutral_actors;
    for (std::uint32_t s = 0; s < sentence_count; ++s) {
        if (!words.is_prose(s)) {
            continue;
        }
        for (const PhraseMatch& match : matcher.find(words, s)) {
            if (words.opposed_in_compound(match.first_word)) {
                continue; // "anti-fascist"
            }
            // Someone else's words: a quotation, or a few words in quotation marks that an
            // attribution gives to a source ("\u201cThey are thugs,\u201d the minister said).
            // Reported speech without quotation marks ("leaders concluded that its
            // expansionist strategy ...") keeps the author's wording.
            const bool scare_quoted =
                all[match.first_word].quote_before && all[match.last_word].quote_after;
            const bool quoted = words.attributed_quote(match.first_word) ||
                                (!scare_quoted && words.quoted(match.first_word));
            const LabelUse use{.entry = match.entry,
                               .first = match.first_word,
                               .last = match.last_word,
                               .scare_quoted = scare_quoted && !quoted,
                               .quoted = quoted};
            uses_by_family[matcher.entry(match.entry).family].push_back(use);
        }
        for (std::uint32_t w = words.first_word(s); w < words.first_word(s + 1); ++w) {
            const bool loaded = words.facts(all[w]).authority_label;
            const bool neutral =
                words.facts(all[w]).neutral_label || words.form_facts(all[w]).neutral_label;
            if ((!loaded && !neutral) || names_regime_change(words, w)) {
                continue;
            }
            const std::vector<std::uint32_t> names = actor_words_of(words, w);
            if (!names.empty()) {
                const Word& nearest = all[names.front()];
                ActorLabel label{.word = w,
                                 .actor = {},
                                 .country = {},
                                 .actor_range = words.range(nearest, nearest)};
                if (const PlaceMention* place = country_of(document, nearest.token)) {
                    label.actor_range = place->range;
                }
                for (std::uint32_t name : names) {
                    label.actor.push_back(all[name].id);
                    if (const PlaceMention* place = country_of(document, all[name].token)) {
                        label.country.emplace_back(place->id);
                    }
                }
                (loaded ? loaded_actors : neutral_actors).push_back(std::move(label));
            }
        }
    }

    std::map<std::uint32_t, Diagnostic> by_first_word;
    for (const auto& [family, uses] : uses_by_family) {
        const bool judging = matcher.entry(uses.front().entry).judging && options.flag_judging;
        const bool repeated = uses.size() >= options.min_count;
        const FamilyUses family_uses{
            .count = uses.size(),
            .quoted = static_cast<std::size_t>(std::count_if(
                uses.begin(), uses.end(), [](const LabelUse& u) { return u.quoted; }))};
        for (std::size_t i = 0; i < uses.size(); ++i) {
            const LabelUse& use = uses[i];
            const bool repeat_flagged = repeated && (i > 0 || options.flag_first_use);
            if (!use.scare_quoted && !repeat_flagged && (!judging || use.quoted)) {
                continue;
            }
            Diagnostic d = label_diagnostic(words, use, label_message(words, use, family_uses));
            // A lone judging word is worth a look; a repeated or scare-quoted label is a frame.
            if (!use.scare_quoted && !repeated) {
                d.severity = Severity::Information;
            }
            for (std::size_t j : related_indexes(i, uses.size())) {
                d.related.push_back({.range = words.range(all[uses[j].first], all[uses[j].last]),
                                     .message = "the label again"});
            }
            d.data.emplace_back("count", static_cast<double>(uses.size()));
            by_first_word.emplace(use.first, std::move(d));
        }
    }

    // Inconsistent labels: "regime" for one actor while another's authority is a "government".
    // The neutral label is one for an actor never given a loaded label, by name or by country
    // (one pass over each list).
    std::unordered_set<std::uint32_t> loaded_names;
    std::unordered_set<std::string_view> loaded_countries;
    for (const ActorLabel& loaded : loaded_actors) {
        loaded_names.insert(loaded.actor.begin(), loaded.actor.end());
        loaded_countries.insert(loaded.country.begin(), loaded.country.end());
    }
    const auto other =
        std::find_if(neutral_actors.begin(), neutral_actors.end(), [&](const ActorLabel& neutral) {
            return std::none_of(neutral.actor.begin(), neutral.actor.end(),
                                [&](std::uint32_t id) { return loaded_names.contains(id); }) &&
                   std::none_of(
                       neutral.country.begin(), neutral.country.end(),
                       [&](std::string_view code) { return loaded_countries.contains(code); });
        });
    for (const ActorLabel& loaded : loaded_actors) {
        if (other == neutral_actors.end()) {
            break;
        }
        const LabelUse use{.entry = 0, .first = loaded.word, .last = loaded.word};
        const std::string message = fmt::format(
            "\u201c{}\u201d for {} but \u201c{}\u201d for {}: comparable actors get different "
            "labels, which frames one of them. Use the same neutral term for both.",
            without_possessive(words.text(words.range(all[loaded.word], all[loaded.word]))),
            without_possessive(words.text(loaded.actor_range)),
            without_possessive(words.text(words.range(all[other->word], all[other->word]))),
            without_possessive(words.text(other->actor_range)));
        auto [it, inserted] = by_first_word.try_emplace(loaded.word);
        if (inserted) {
            it->second = label_diagnostic(words, use, message);
        } else {
            it->second.message += " " + message;
        }
        it->second.related.push_back({.range = words.range(all[other->word], all[other->word]),
                                      .message = "the neutral label for another actor"});
    }
    for (auto& [word, diagnostic] : by_first_word) {
        reporter.report(std::move(diagnostic));
    }
}

} // namespace parallax::framing
