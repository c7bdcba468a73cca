#include "parallax/framing/framing_plugin.h"

#include "draft_words.h"
#include "rules.h"

#include <algorithm>
#include <array>

namespace parallax::framing {

namespace {

const std::array<RuleInfo, 4>& rule_table() {
    static const std::array<RuleInfo, 4> rules = {
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
                "bare noun compounds that name a "
                "thing (\u201cmissile strikes\u201d). Defaults: two to five content words, "
                "at least two uses in at least two paragraphs (lines count as paragraphs in text "
                "written one paragraph per line), up to two function words between content "
                "words. The first use is not flagged; each later use after a use in another "
                "paragraph is.",
            .example = "\u201c\u2026could exacerbate regional tensions.\u201d then, two paragraphs "
                       "later, \u201c\u2026may escalate regional tensions.\u201d flags the second "
                       "\u201cregional tensions\u201d. Fix: make the point once with its evidence, "
                       "and say something new where it recurs.",
            .default_severity = Severity::Warning,
        },
        RuleInfo{
            .id = std::string(kLoadedLabel),
            .summary = "A loaded label is repeated, put in scare quotes, or applied unevenly.",
            .rationale =
                "Labels such as \u201cregime\u201d, \u201chegemony\u201d, \u201caggression\u201d "
                "or \u201cthe China threat\u201d characterise an actor instead of describing "
                "what it did. Repeated in the author's voice or in scare quotes they frame the "
                "subject; calling one government a \u201cregime\u201d and another a "
                "\u201cgovernment\u201d takes a side. Labels inside quotations are someone "
                "else's words and are left alone. Defaults: every use of a label family "
                "(\u201cexpansion\u201d, \u201cexpansionist\u201d) used at least twice, and "
                "any label in scare quotes (up to four words).",
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
                "the same stock phrase twice or more.",
            .example =
                "\u201cThe alliance stands at a critical juncture.\u201d Fix: \u201cThe "
                "alliance must decide by its 2025 summit whether to open a Tokyo office.\u201d",
            .default_severity = Severity::Information,
        },
    };
    return rules;
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

void FramingPlugin::check(const Document& document, const Options& /*options*/,
                          Reporter& reporter) const {
    const DraftWords words(document, options_.topic, options_.loaded_label.max_scare_quote_words);
    check_repeated_phrases(words, options_.repeated_phrase, reporter);
    check_loaded_labels(words, options_.loaded_label, reporter);
    check_restated_arguments(words, options_.restated_argument, reporter);
    check_stock_phrases(words, options_.stock_phrase, reporter);
}

PARALLAX_REGISTER_PLUGIN(FramingPlugin);

} // namespace parallax::framing
