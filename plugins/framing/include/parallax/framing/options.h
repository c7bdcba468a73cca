#pragma once
// The framing rules' thresholds, with their documented defaults. Configuration sets the
// `min_repeat` option (FramingPlugin::options()), which overrides both `min_count`s below.

#include <cstdint>

namespace parallax::framing {

/// What counts as the draft's topic rather than a frame: names, the title's content words,
/// generic words (lexicon), and words frequent enough in varied company.
struct TopicOptions {
    /// A word is frequent when used at least this often and at least this share of the draft's
    /// content words...
    std::uint32_t min_count = 6;
    double min_share = 0.01;
    /// ...and such frequent words count as topic words (when at least half their uses have
    /// different neighbours: "nuclear weapons", "nuclear war", not "regional stability" six
    /// times over).
    bool frequent_words = true;
};

/// framing/repeated-phrase: content phrases that recur across paragraphs.
struct RepeatedPhraseOptions {
    /// Shortest and longest phrase, counted in content words (function words do not count).
    std::uint32_t min_words = 2;
    std::uint32_t max_words = 5;
    /// Occurrences needed before the phrase is a frame.
    std::uint32_t min_count = 2;
    /// The occurrences must lie in at least this many different paragraphs (a heading counts as
    /// one); a use is flagged only after a use in another paragraph.
    std::uint32_t min_paragraphs = 2;
    /// Function words allowed between two content words of one phrase ("exacerbate rather than
    /// alleviate": "rather than" is a gap of two).
    std::uint32_t max_function_gap = 2;
    /// Phrases of up to this many content words need a characterising word (an adjective,
    /// participle or verb by its ending): bare noun compounds name things, not frames.
    std::uint32_t max_compound_words = 3;
};

/// framing/loaded-label: loaded labels repeated in the author's own voice (quotations are left
/// alone) or put in scare quotes, judging labels at any use, and authority labels that differ
/// between comparable actors.
struct LoadedLabelOptions {
    /// Uses of one label family ("expansion", "expansionist") that make it repeated.
    std::uint32_t min_count = 2;
    /// Whether labels that judge in themselves (judging_labels.txt: "thugs", "disgraceful",
    /// "witch hunt") are flagged at a single use too, at information severity.
    bool flag_judging = true;
    /// Whether a repeated label is flagged at its first use too (each use is the author's
    /// choice of label), or only from its second.
    bool flag_first_use = true;
    /// Longest quoted span (in words) read as scare quotes rather than a quotation.
    std::uint32_t max_scare_quote_words = 4;
};

/// framing/restated-argument: a sentence that restates an earlier one.
struct RestatedArgumentOptions {
    /// TF-IDF cosine similarity of stemmed content words at which a sentence restates another.
    double min_similarity = 0.42;
    /// Content words (rare in the draft) the two sentences must share.
    std::uint32_t min_shared_words = 3;
    /// A sentence with fewer content words than this is too short to carry an argument.
    std::uint32_t min_sentence_words = 4;
    /// Only words used in at most this many sentences find candidates (keeps the cost linear).
    std::uint32_t max_candidate_postings = 12;
    /// The two sentences must lie in paragraphs at least this far apart.
    std::uint32_t min_paragraph_distance = 2;
    /// A sentence restates the title when it carries the title's content words in order as a
    /// run, the title has at least this many, and the sentence lies in this final share of the
    /// draft.
    std::uint32_t min_title_words = 2;
    double title_restatement_tail = 0.34;
};

/// framing/stock-phrase: commentary clichés.
struct StockPhraseOptions {
    /// Uses of one cliché that make it a repeated frame (reported as a warning, not information).
    std::uint32_t repeated_count = 2;
};

struct FramingOptions {
    TopicOptions topic;
    RepeatedPhraseOptions repeated_phrase;
    LoadedLabelOptions loaded_label;
    RestatedArgumentOptions restated_argument;
    StockPhraseOptions stock_phrase;
};

} // namespace parallax::framing
