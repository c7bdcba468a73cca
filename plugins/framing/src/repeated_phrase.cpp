// framing/repeated-phrase: content phrases of two to five words that recur across paragraphs.
//
// Each sentence's content words are split into runs (no breaking punctuation, at most a few
// function words between neighbours); every n-gram of a run that can repeat is keyed by the hash
// of its stems and indexed in one hash map, so the cost grows linearly with the draft. Phrases
// are then taken longest first, and a shorter phrase is reported only where no longer one
// already covers it.

#include "lexicon.h"
#include "rules.h"

#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>

namespace parallax::framing {

namespace {

struct Occurrence {
    std::uint32_t sentence = 0;
    std::uint32_t paragraph = 0;
    std::uint32_t first = 0; // indexes into DraftWords::words()
    std::uint32_t last = 0;
};

struct Phrase {
    std::uint32_t length = 0; // content words
    std::vector<Occurrence> occurrences;
};

std::uint64_t mix(std::uint64_t h, std::uint64_t v) {
    h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    h ^= h >> 31;
    h *= 0xbf58476d1ce4e5b9ULL;
    return h ^ (h >> 29);
}

/// The content words of a sentence, split where punctuation or too many function words
/// separate neighbours. Each run holds indexes into DraftWords::words().
std::vector<std::vector<std::uint32_t>>
content_runs(const DraftWords& words, std::uint32_t sentence, std::uint32_t max_gap) {
    std::vector<std::vector<std::uint32_t>> runs;
    std::vector<std::uint32_t> run;
    std::uint32_t gap = 0;
    const auto all = words.words();
    const auto flush = [&] {
        if (run.size() > 1) {
            runs.push_back(run);
        }
        run.clear();
    };
    for (std::uint32_t w = words.first_word(sentence); w < words.first_word(sentence + 1); ++w) {
        const Word& word = all[w];
        if (!word.joined) {
            flush();
            gap = 0;
        }
        if (word.function) {
            ++gap;
            continue;
        }
        if (gap > max_gap) {
            flush();
        }
        gap = 0;
        run.push_back(w);
    }
    if (run.size() > 1) {
        runs.push_back(std::move(run));
    }
    return runs;
}

bool same_words(const DraftWords& words, const Occurrence& a, const Occurrence& b) {
    const auto all = words.words();
    std::uint32_t i = a.first;
    std::uint32_t j = b.first;
    while (i <= a.last && j <= b.last) {
        if (all[i].function) {
            ++i;
        } else if (all[j].function) {
            ++j;
        } else if (all[i++].id != all[j++].id) {
            return false;
        }
    }
    return true;
}

/// Whether a word characterises (an adjective, participle or verb), judged by its ending.
bool characterises(const DraftWords& words, const Word& word) {
    constexpr std::size_t kMinLength = 5;
    const std::string_view folded = words.folded(word);
    if (folded.size() < kMinLength || word.name) {
        return false;
    }
    bool found = false;
    for (const std::string& ending : lexicon::modifier_endings()) {
        if (ending.starts_with('!') && folded.ends_with(std::string_view(ending).substr(1))) {
            return false;
        }
        found = found || folded.ends_with(ending);
    }
    return found;
}

/// A frame carries at least one word that is not a name, a generic noun or a topic word. A short
/// phrase (up to three content words) also needs a characterising word: a compound of nouns
/// names a thing ("missile strikes", "health workers") rather than frames it.
bool is_frame(const DraftWords& words, const Occurrence& occurrence, std::uint32_t max_compound) {
    const auto all = words.words();
    bool beyond_topic = false;
    std::vector<const Word*> content;
    for (std::uint32_t w = occurrence.first; w <= occurrence.last; ++w) {
        if (!all[w].function) {
            content.push_back(&all[w]);
            beyond_topic = beyond_topic || !all[w].topic;
        }
    }
    if (!beyond_topic) {
        return false;
    }
    return content.size() > max_compound ||
           std::any_of(content.begin(), content.end(),
                       [&](const Word* word) { return characterises(words, *word); });
}

/// A run of content words (indexes into DraftWords::words()) and the sentence it lies in.
struct Run {
    std::uint32_t sentence = 0;
    std::vector<std::uint32_t> words;
};

/// Where an n-gram of a run starts, and the hash of its words so far.
struct Start {
    std::uint32_t run = 0;
    std::uint32_t word = 0; // index into Run::words
    std::uint64_t hash = 0;
};

/// Indexes the n-grams that occur at least `min_count` times, level by level: an n-gram can
/// only repeat where the (n-1)-gram it extends does, so each level extends only the starts whose
/// shorter n-gram repeated. Most word pairs of a draft occur once, which keeps the index (and
/// the work) close to the repeated phrases rather than every n-gram of the text.
std::unordered_map<std::uint64_t, Phrase> index_phrases(const DraftWords& words,
                                                        const RepeatedPhraseOptions& options) {
    const auto all = words.words();
    const auto sentence_count = static_cast<std::uint32_t>(words.document().sentences().size());
    std::vector<Run> runs;
    std::vector<Start> starts;
    for (std::uint32_t s = 0; s < sentence_count; ++s) {
        if (!words.is_prose(s)) {
            continue;
        }
        for (auto& run : content_runs(words, s, options.max_function_gap)) {
            for (std::uint32_t i = 0; i < run.size(); ++i) {
                starts.push_back({.run = static_cast<std::uint32_t>(runs.size()), .word = i});
            }
            runs.push_back({.sentence = s, .words = std::move(run)});
        }
    }

    std::unordered_map<std::uint64_t, Phrase> phrases;
    std::unordered_map<std::uint64_t, std::uint32_t> counts;
    for (std::uint32_t n = 1; n <= options.max_words && !starts.empty(); ++n) {
        // Extend each live start by its n-th word, in text order; count each n-gram.
        std::vector<Start> extended;
        extended.reserve(starts.size());
        for (const Start& start : starts) {
            const auto& run = runs[start.run].words;
            if (start.word + n <= run.size()) {
                extended.push_back(start);
                extended.back().hash = mix(start.hash, all[run[start.word + n - 1]].id + 1);
            }
        }
        counts.clear();
        counts.reserve(extended.size());
        for (const Start& start : extended) {
            ++counts[mix(start.hash, n)];
        }
        starts.clear();
        for (const Start& start : extended) {
            const std::uint64_t key = mix(start.hash, n);
            if (counts[key] < options.min_count) {
                continue; // neither this n-gram nor any longer one from here repeats
            }
            starts.push_back(start);
            const Run& run = runs[start.run];
            const std::uint32_t first = run.words[start.word];
            const std::uint32_t last = run.words[start.word + n - 1];
            // A phrase starts and ends on a word that is not a name: "Farrakhan's views" is
            // the name of a thing talked about, "growing threat" a frame.
            if (n < options.min_words || all[first].name || all[last].name) {
                continue;
            }
            Phrase& phrase = phrases[key];
            phrase.length = n;
            phrase.occurrences.push_back({.sentence = run.sentence,
                                          .paragraph = words.paragraph_of(run.sentence),
                                          .first = first,
                                          .last = last});
        }
    }
    return phrases;
}

std::uint32_t distinct_paragraphs(const std::vector<Occurrence>& occurrences) {
    std::uint32_t paragraphs = 0;
    std::uint32_t last = 0;
    for (std::size_t i = 0; i < occurrences.size(); ++i) {
        if (i == 0 || occurrences[i].paragraph != last) {
            ++paragraphs;
            last = occurrences[i].paragraph;
        }
    }
    return paragraphs;
}

} // namespace

void check_repeated_phrases(const DraftWords& words, const RepeatedPhraseOptions& options,
                            Reporter& reporter) {
    std::unordered_map<std::uint64_t, Phrase> index = index_phrases(words, options);
    std::vector<Phrase*> candidates;
    for (auto& [key, phrase] : index) {
        auto& occ = phrase.occurrences;
        if (occ.size() < options.min_count || distinct_paragraphs(occ) < options.min_paragraphs) {
            continue;
        }
        // Guard against hash collisions and against a phrase overlapping itself. Reported speech
        // ("the minister said that ...") is the source's wording: it neither counts nor is
        // flagged.
        std::vector<Occurrence> kept;
        for (const Occurrence& o : occ) {
            if (same_words(words, occ.front(), o) && !words.reported(o.first) &&
                (kept.empty() || kept.back().sentence != o.sentence ||
                 kept.back().last < o.first)) {
                kept.push_back(o);
            }
        }
        occ = std::move(kept);
        if (occ.size() >= options.min_count && distinct_paragraphs(occ) >= options.min_paragraphs &&
            is_frame(words, occ.front(), options.max_compound_words)) {
            candidates.push_back(&phrase);
        }
    }
    std::sort(candidates.begin(), candidates.end(), [](const Phrase* a, const Phrase* b) {
        if (a->length != b->length) {
            return a->length > b->length;
        }
        return a->occurrences.front().first < b->occurrences.front().first;
    });

    std::vector<bool> covered(words.words().size(), false);
    const auto is_free = [&](const Occurrence& o) {
        for (std::uint32_t w = o.first; w <= o.last; ++w) {
            if (covered[w]) {
                return false;
            }
        }
        return true;
    };
    for (const Phrase* phrase : candidates) {
        if (reporter.cancelled()) {
            return;
        }
        const auto& occ = phrase->occurrences;
        std::vector<std::size_t> flagged;
        std::vector<std::size_t> free;
        for (std::size_t i = 0; i < occ.size(); ++i) {
            if (!is_free(occ[i])) {
                continue;
            }
            free.push_back(i);
            // Occurrences come in text order, so an earlier one lies in another paragraph
            // exactly when the first one does.
            if (occ.front().paragraph != occ[i].paragraph) {
                flagged.push_back(i);
            }
        }
        if (flagged.empty()) {
            continue;
        }
        for (std::size_t i : free) {
            std::fill(covered.begin() + occ[i].first, covered.begin() + occ[i].last + 1, true);
        }
        const auto all = words.words();
        const std::string phrase_text =
            words.text(words.range(all[occ.front().first], all[occ.front().last]));
        const auto count = static_cast<double>(occ.size());
        for (std::size_t i : flagged) {
            Diagnostic d;
            d.rule = std::string(kRepeatedPhrase);
            d.severity = Severity::Warning;
            d.range = words.range(all[occ[i].first], all[occ[i].last]);
            d.message = fmt::format(
                "\u201c{}\u201d recurs {} times across {} paragraphs: repeating a phrase frames "
                "the subject without arguing it. Make the point once, support it there, and "
                "vary or cut the later uses.",
                phrase_text, occ.size(), distinct_paragraphs(occ));
            for (std::size_t j : related_indexes(i, occ.size())) {
                d.related.push_back(
                    {.range = words.range(all[occ[j].first], all[occ[j].last]),
                     .message = j == 0 ? "first use of the phrase" : "the phrase again"});
            }
            d.data.emplace_back("phrase", phrase_text);
            d.data.emplace_back("count", count);
            reporter.report(std::move(d));
        }
    }
}

} // namespace parallax::framing
