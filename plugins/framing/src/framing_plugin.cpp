#include "parallax/framing/framing_plugin.h"

#include "draft_words.h"
#include "rhetorical_repetition.h"
#include "rules.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace parallax::framing {

namespace {

const std::array<RuleInfo, 5>& rule_table() {
    static const std::array<RuleInfo, 5> rules = {
        RuleInfo{
            .id = std::string(kRepeatedPhrase),
            .summary = "A content phrase of two to five words recurs across paragraphs.",
            .rationale =
                "A draft that keeps returning to the same phrase (\u201cregional stability\u201d, "
                "\u201cexacerbate tensions\u201d) persuades by repetition rather than argument: "
                "the phrase becomes the frame through which the reader sees the subject. "
                "Matched on stems, so inflections and function words do not hide a repeat; the "
                "draft's own topic (names, the title's words, generic words such as "
                "\u201cregion\u201d, words frequent in varied company) is not a frame, nor are "
                "two words of which one is a title or frequent word: they name the topic or a "
                "part of it (\u201cbubonic plague\u201d in a draft about the plague), nor are bare "
                "noun compounds that name a thing (\u201cmissile strikes\u201d) or short phrases "
                "whose only characterising word is a participle at their end, which narrates "
                "(\u201crecently released\u201d). Two content words make a phrase side by side "
                "or joined by a conjunction (\u201cbrilliant and ingenious\u201d); with other "
                "words between they are parts of a clause (\u201crefused to publish\u201d). "
                "Defaults: two to five content words, at least two uses in at least two "
                "paragraphs (lines count as paragraphs in text written one paragraph per line), "
                "up to two function words between content words. The first use is not "
                "flagged; each later use after a use in another paragraph is, unless it is "
                "reported speech (\u201cthe minister said that \u2026\u201d: the source's "
                "words, not the author's frame). Lines of page furniture (a long line repeated, "
                "captions opening alike) are not read.",
            .example = "\u201c\u2026could exacerbate regional tensions.\u201d then, two paragraphs "
                       "later, \u201c\u2026may escalate regional tensions.\u201d flags the second "
                       "\u201cregional tensions\u201d. Fix: make the point once with its evidence, "
                       "and say something new where it recurs.",
            .default_severity = Severity::Warning,
        },
        RuleInfo{
            .id = std::string(kLoadedLabel),
            .summary = "A loaded label is repeated, judges in the author's voice, is put in "
                       "scare quotes, or is applied unevenly.",
            .rationale =
                "Labels such as \u201cregime\u201d, \u201chegemony\u201d, \u201caggression\u201d "
                "or \u201cthe China threat\u201d characterise an actor instead of describing "
                "what it did. Repeated or in scare quotes they frame the subject; calling one "
                "government a \u201cregime\u201d and another a \u201cgovernment\u201d takes a "
                "side. Words that judge in themselves (\u201cthugs\u201d, "
                "\u201cdisgraceful\u201d, \u201cwitch hunt\u201d) are flagged at any use in "
                "the author's voice, at information severity when used once. A label in a "
                "quotation is someone else's word: left alone once, but counted when the draft "
                "repeats it, since quoting a label again and again repeats the frame too. "
                "Defaults: every use of a label family (\u201cexpansion\u201d, "
                "\u201cexpansionist\u201d) used at least twice, every judging word, and any "
                "label in scare quotes (up to four words).",
            .example =
                "\u201cAmid assertions of a \u2018China threat\u2019\u2026\u201d flags "
                "\u201cChina threat\u201d. Fix: \u201cThe US National Defense Strategy calls "
                "China the \u2018pacing challenge\u2019 [link]\u2026\u201d, or describe the "
                "concrete actions meant.",
            .default_severity = Severity::Warning,
        },
        RuleInfo{
            .id = std::string(kRestatedArgument),
            .summary = "A sentence restates an earlier one in another paragraph.",
            .rationale =
                "One causal story told in several paragraphs, or a conclusion that repeats the "
                "introduction, adds length without adding support. Sentences are compared by "
                "TF-IDF cosine similarity of their stemmed content words, leaving out the "
                "draft's topic names; a sentence in the last third of the draft that carries the "
                "title's content words in order restates the title. Defaults: similarity at "
                "least 0.42, at least three shared content words rare in the draft, sentences of "
                "four or more content words, in different paragraphs.",
            .example =
                "\u201cDeploying warships near disputed reefs escalates tensions and invites "
                "miscalculation by rival navies.\u201d restated in the conclusion as "
                "\u201cUltimately, warships deployed near the disputed reefs escalate tensions "
                "and invite miscalculation.\u201d flags the second. Fix: cut it, or use the "
                "conclusion to add what the body established.",
            .default_severity = Severity::Warning,
        },
        RuleInfo{
            .id = std::string(kStockPhrase),
            .summary = "A stock phrase of commentary says nothing the reader can check.",
            .rationale =
                "Clich\u00e9s such as \u201cat a critical juncture\u201d, \u201cnavigating "
                "complexities\u201d or \u201cin a rapidly changing world\u201d signal weight "
                "without content. Reported as information; as a warning when the draft uses "
                "the same stock phrase twice or more. Quick fixes offer plainer words "
                "(\u201cnow\u201d) or, for filler such as \u201cin today\u2019s world\u201d, "
                "delete it.",
            .example =
                "\u201cThe alliance stands at a critical juncture.\u201d Fix: \u201cThe "
                "alliance must decide by its 2025 summit whether to open a Tokyo office.\u201d",
            .default_severity = Severity::Information,
        },
        RuleInfo{
            .id = std::string(kRhetoricalRepetition),
            .summary = "A charged word or a short clause is repeated as a device, a word "
                       "recurs within a few words of itself, or successive sentences open "
                       "alike.",
            .rationale =
                "Repetition is a device of persuasion in its own right: an emotive word used "
                "again and again (\u201ccrazy\u201d, \u201clie\u201d, \u201cdisaster\u201d), "
                "a word doubled on the spot (\u201ccrazy, crazy, crazies\u201d, \u201clife for "
                "life\u201d, \u201cdisaster after disaster\u201d), a clause repeated like a slogan "
                "(\u201cNo one is safe.\u201d) or successive sentences that open with the same "
                "words (anaphora: \u201cIt did not allow \u2026 It did not allow \u2026\u201d) "
                "presses the point by insistence. Emotive words "
                "come from a curated lexicon of strongly evaluative words, matched by stem "
                "(neutral news words and the names of crimes, such as \u201cwar\u201d or "
                "\u201cmurder\u201d, are not in it). Defaults: every use of an emotive word "
                "family used at least twice (`min_repeat`); a content word of three or more "
                "letters repeated in the same form with at most two words between in one "
                "sentence, unless a conjunction shows two things coordinated (\u201cmass "
                "rallies and mass arrests\u201d), the pair is a set expression "
                "(\u201cface to face\u201d, \u201cwall-to-wall\u201d, \u201cday after "
                "day\u201d, \u201charder and harder\u201d), the later use narrows the earlier "
                "in apposition (\u201cthe industry: an economic industry\u201d) or either use "
                "is part of a hyphenated word (\u201canti-war\u201d); every use of a clause "
                "of three to eight words, between punctuation, repeated word for word at least "
                "twice, unless it is a quotation, carries a verb of saying or a number, has no "
                "content word but names, or is a fragment or connective (\u201cIn other "
                "words,\u201d); each later sentence of two or more, at most two sentences "
                "apart, that open with the same three words, unless they hold a name, a number "
                "or a verb of saying. Names and function words never count, and neither do "
                "lines of page furniture (a long line repeated, captions opening alike).",
            .example = "\u201cThis is a disaster. The deal was a disaster from the start.\u201d "
                       "flags both \u201cdisaster\u201d. Fix: say once what went wrong, with the "
                       "figures, instead of repeating the verdict.",
            .default_severity = Severity::Warning,
        },
    };
    return rules;
}

constexpr std::string_view kMinRepeat = "min_repeat";
/// Bounds for `min_repeat`: configuration refuses values below 2, and a huge count would only
/// turn the rules off.
constexpr double kMinRepeatFloor = 2;
constexpr double kMinRepeatCeiling = 1000;

/// The thresholds with what configuration set for this draft.
FramingOptions with_user_options(FramingOptions thresholds, const Options& options) {
    const double wanted = options.number(kMinRepeat, std::nan(""));
    if (std::isfinite(wanted)) {
        const double count = std::clamp(std::round(wanted), kMinRepeatFloor, kMinRepeatCeiling);
        thresholds.repeated_phrase.min_count = static_cast<std::uint32_t>(count);
        thresholds.loaded_label.min_count = static_cast<std::uint32_t>(count);
    }
    return thresholds;
}

} // namespace

std::vector<std::size_t> related_indexes(std::size_t index, std::size_t count) {
    std::vector<std::size_t> out;
    if (index != 0 && count > 0) {
        out.push_back(0);
    }
    for (std::size_t step = 1; out.size() < kMaxRelated && step < count; ++step) {
        if (index >= step && index - step != 0) {
            out.push_back(index - step);
        }
        if (out.size() < kMaxRelated && index + step < count) {
            out.push_back(index + step);
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::span<const RuleInfo> FramingPlugin::rules() const {
    return rule_table();
}

std::span<const OptionInfo> FramingPlugin::options() const {
    static const std::array<OptionInfo, 1> options{{
        {std::string(kMinRepeat), static_cast<double>(RepeatedPhraseOptions{}.min_count),
         "Uses of a phrase, loaded label or emotive word before it is reported as a repeated "
         "frame (at least 2)."},
    }};
    return options;
}

void FramingPlugin::check(const Document& document, const Options& options,
                          Reporter& reporter) const {
    const FramingOptions thresholds = with_user_options(options_, options);
    const DraftWords words(document, thresholds.topic,
                           thresholds.loaded_label.max_scare_quote_words);
    check_repeated_phrases(words, thresholds.repeated_phrase, reporter);
    check_loaded_labels(words, thresholds.loaded_label, reporter);
    check_restated_arguments(words, thresholds.restated_argument, reporter);
    check_stock_phrases(words, thresholds.stock_phrase, reporter);
    check_rhetorical_repetitions(
        words, RhetoricalRepetitionOptions{.min_count = thresholds.loaded_label.min_count},
        reporter);
}

PARALLAX_REGISTER_PLUGIN(FramingPlugin);

} // namespace parallax::framing
