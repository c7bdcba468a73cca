// framing/repeated-phrase: content phrases of two to five words that recur across paragraphs.
//
// Each sentence's content words are split into runs (no breaking punctuation, at most a few
// function words between neighbours); every n-gram of a run that can repeat is keyed by the hash
// of its stems and indexed in one hash map, so the cost grows linearly with the draft. Phrases
// are then taken longest first, and a shorter phrase is reported only where no longer one
// already covers it.

#include "id_table.h"
#include "lexicon.h"
#include "rules.h"

#include <fmt/format.h>

#include <algorithm>

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

/// Runs of content words: the content words of a sentence, split where punctuation or too many
/// function words separate neighbours. Runs of one word are left out.
struct Runs {
    std::vector<std::uint32_t> words;    // indexes into DraftWords::words(), run after run
    std::vector<std::uint32_t> begin;    // by run: its first entry in `words`; one more at the end
    std::vector<std::uint32_t> sentence; // by run

    std::uint32_t size(std::uint32_t run) const { return begin[run + 1] - begin[run]; }
    std::uint32_t word(std::uint32_t run, std::uint32_t i) const { return words[begin[run] + i]; }
};

void add_content_runs(const DraftWords& words, std::uint32_t sentence, std::uint32_t max_gap,
                      Runs& runs) {
    const auto all = words.words();
    std::uint32_t gap = 0;
    std::uint32_t run_start = static_cast<std::uint32_t>(runs.words.size());
    const auto flush = [&] {
        if (runs.words.size() - run_start > 1) {
            runs.sentence.push_back(sentence);
            runs.begin.push_back(static_cast<std::uint32_t>(runs.words.size()));
        } else {
            runs.words.resize(run_start);
        }
        run_start = static_cast<std::uint32_t>(runs.words.size());
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
        runs.words.push_back(w);
    }
    flush();
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

/// Whether a word characterises (an adjective, participle or verb), judged by its ending;
/// `last`: whether it ends its phrase, where a participle narrates ("report released") instead
/// of characterising ("failed state").
bool characterises(const DraftWords& words, const Word& word, bool last) {
    constexpr std::size_t kMinLength = 5;
    const std::string_view folded = words.folded(word);
    if (folded.size() < kMinLength || word.name) {
        return false;
    }
    bool found = false;
    for (const std::string& entry : lexicon::modifier_endings()) {
        std::string_view ending = entry;
        if (ending.starts_with('!') && folded.ends_with(ending.substr(1))) {
            return false;
        }
        if (ending.starts_with('>')) {
            ending.remove_prefix(1);
            if (last) {
                continue;
            }
        }
        found = found || folded.ends_with(ending);
    }
    return found;
}

/// A frame carries at least one word that is not a name, a generic noun or a topic word, and a
/// frame of two words carries no topic word at all. A short phrase (up to three content words)
/// also needs a characterising word: a compound of nouns names a thing ("missile strikes",
/// "health workers") rather than frames it.
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
    // Two words of which one is a topic word name the topic or a part of it: "bubonic plague"
    // in a draft about the plague, "nuclear arsenal" in one about nuclear weapons. A generic
    // noun is no topic of its own ("failed state").
    const auto topic_word = [&](const Word* word) {
        return word->topic && !words.facts(*word).generic;
    };
    const bool names_topic =
        content.size() == 2 && std::any_of(content.begin(), content.end(), topic_word);
    if (!beyond_topic || names_topic) {
        return false;
    }
    return content.size() > max_compound ||
           std::any_of(content.begin(), content.end(), [&](const Word* word) {
               return characterises(words, *word, word == content.back());
           });
}

/// Where an n-gram of a run starts, and the hash of its words so far.
struct Start {
    std::uint32_t run = 0;
    std::uint32_t word = 0; // index into the run
    std::uint64_t hash = 0;
};

/// The phrases that occur at least `min_count` times, with their occurrences in text order.
struct PhraseIndex {
    IdTable<std::uint64_t> keys; // phrase ids by their key
    std::vector<Phrase> phrases; // by id
};

/// Indexes the n-grams that occur at least `min_count` times, level by level: an n-gram can
/// only repeat where the (n-1)-gram it extends does, so each level extends only the starts whose
/// shorter n-gram repeated. Most word pairs of a draft occur once, which keeps the index (and
/// the work) close to the repeated phrases rather than every n-gram of the text.
PhraseIndex index_phrases(const DraftWords& words, const RepeatedPhraseOptions& options) {
    const auto all = words.words();
    const auto sentence_count = static_cast<std::uint32_t>(words.document().sentences().size());
    Runs runs;
    runs.words.reserve(all.size());
    runs.begin.push_back(0);
    for (std::uint32_t s = 0; s < sentence_count; ++s) {
        if (words.is_prose(s)) {
            add_content_runs(words, s, options.max_function_gap, runs);
        }
    }
    PhraseIndex index;
    if (options.max_words == 0) {
        return index;
    }
    // Records an occurrence of the n-gram at `start`, which occurs at least `min_count` times.
    const auto record = [&](const Start& start, std::uint32_t n) {
        const std::uint32_t first = runs.word(start.run, start.word);
        const std::uint32_t last = runs.word(start.run, start.word + n - 1);
        // A phrase starts and ends on a word that is not a name: "Farrakhan's views" is
        // the name of a thing talked about, "growing threat" a frame. A hyphenated compound
        // ("re-enters") is one word, not a phrase. Two content words make a phrase side by
        // side ("growing threat") or coordinated ("brilliant and ingenious"); with other
        // function words between, they are parts of a clause that recur with its story: a
        // verb and its object ("call the police"), a verb and the next ("trying to get").
        if (n < options.min_words || all[first].name || all[last].name ||
            words.written_as_one(all[first], all[last]) ||
            (n == 2 && last != first + 1 && !words.coordinated(first, last))) {
            return;
        }
        const auto [id, added] = index.keys.insert(mix(start.hash, n));
        if (added) {
            index.phrases.emplace_back();
        }
        Phrase& phrase = index.phrases[id];
        const std::uint32_t sentence = runs.sentence[start.run];
        phrase.length = n;
        phrase.occurrences.push_back({.sentence = sentence,
                                      .paragraph = words.paragraph_of(sentence),
                                      .first = first,
                                      .last = last});
    };

    // Single words: counted by stem, no hashing. Only a word that repeats can start or extend
    // an n-gram that repeats.
    std::vector<std::uint32_t> uses(words.stem_count(), 0); // by stem id
    for (const std::uint32_t w : runs.words) {
        ++uses[all[w].id];
    }
    const auto repeats = [&](std::uint32_t w) { return uses[all[w].id] >= options.min_count; };
    // Whether the n-gram at `start` has an (n+1)-th word in its run, and one that repeats.
    const auto extends = [&](const Start& start, std::uint32_t n) {
        return start.word + n < runs.size(start.run) &&
               repeats(runs.word(start.run, start.word + n));
    };
    std::vector<Start> starts; // of the n-grams that repeat and can extend
    starts.reserve(runs.words.size());
    for (std::uint32_t r = 0; r < runs.sentence.size(); ++r) {
        for (std::uint32_t i = 0; i < runs.size(r); ++i) {
            const std::uint32_t w = runs.word(r, i);
            if (repeats(w)) {
                const Start start{.run = r, .word = i, .hash = mix(0, all[w].id + 1)};
                record(start, 1);
                if (extends(start, 1)) {
                    starts.push_back(start);
                }
            }
        }
    }

    IdTable<std::uint64_t> ngrams;
    std::vector<std::uint32_t> counts; // by n-gram id
    std::vector<std::uint32_t> ids;    // by extended start: its n-gram's id
    std::vector<Start> extended;
    extended.reserve(starts.size());
    for (std::uint32_t n = 2; n <= options.max_words && !starts.empty(); ++n) {
        // Extend each live start by its n-th word, in text order; count each n-gram.
        extended.clear();
        for (const Start& start : starts) {
            extended.push_back(start);
            extended.back().hash =
                mix(start.hash, all[runs.word(start.run, start.word + n - 1)].id + 1);
        }
        // Sized for this level: most starts drop out at each level.
        ngrams = IdTable<std::uint64_t>(extended.size());
        counts.clear();
        ids.clear();
        for (const Start& start : extended) {
            const auto [id, added] = ngrams.insert(mix(start.hash, n));
            if (added) {
                counts.push_back(0);
            }
            ++counts[id];
            ids.push_back(id);
        }
        starts.clear();
        for (std::size_t e = 0; e < extended.size(); ++e) {
            if (counts[ids[e]] < options.min_count) {
                continue; // neither this n-gram nor any longer one from here repeats
            }
            record(extended[e], n);
            if (extends(extended[e], n)) {
                starts.push_back(extended[e]);
            }
        }
    }
    return index;
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
    PhraseIndex index = index_phrases(words, options);
    std::vector<Phrase*> candidates;
    for (Phrase& phrase : index.phrases) {
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
