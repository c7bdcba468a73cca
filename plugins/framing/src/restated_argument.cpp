// framing/restated-argument: a sentence that restates an earlier one in another paragraph.
//
// Sentences are compared as TF-IDF vectors of their stemmed content words, leaving out names and
// the draft's topic words (every paragraph about NATO mentions NATO). Candidates come from an
// inverted index over words used in few sentences, so each sentence meets a bounded number of
// earlier ones and the cost grows linearly with the draft.

#include "rules.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <span>
#include <utility>

namespace parallax::framing {

namespace {

struct Term {
    std::uint32_t id = 0;
    double weight = 0.0;
};

/// The sentence's content words with TF-IDF weights, sorted by id, and normalised to length 1.
using Vector = std::span<const Term>;

/// One list per sentence, all in one vector.
template <typename T> struct PerSentence {
    std::vector<T> items;
    std::vector<std::uint32_t> begin{0}; // by sentence; one more at the end

    std::span<const T> of(std::uint32_t sentence) const {
        return std::span<const T>(items).subspan(begin[sentence],
                                                 begin[sentence + 1] - begin[sentence]);
    }
    void end_sentence() { begin.push_back(static_cast<std::uint32_t>(items.size())); }
};

/// One list per stem, all in one vector.
template <typename T> struct PerStem {
    std::vector<T> items;
    std::vector<std::uint32_t> begin; // by stem; one more at the end

    std::span<const T> of(std::uint32_t stem) const {
        return std::span<const T>(items).subspan(begin[stem], begin[stem + 1] - begin[stem]);
    }
};

/// The sentences that hold each stem, in text order, for the stems `indexed` accepts: an
/// inverted index built in two passes over the vectors (count, then fill), with no list per
/// stem to grow.
template <typename Indexed>
PerStem<std::uint32_t> sentences_by_stem(const PerSentence<Term>& vectors,
                                         const std::vector<std::uint32_t>& df,
                                         const Indexed& indexed) {
    PerStem<std::uint32_t> postings;
    postings.begin.assign(df.size() + 1, 0);
    const auto sentence_count = static_cast<std::uint32_t>(vectors.begin.size() - 1);
    for (std::uint32_t s = 0; s < sentence_count; ++s) {
        for (const Term& term : vectors.of(s)) {
            if (indexed(term)) {
                ++postings.begin[term.id + 1];
            }
        }
    }
    for (std::size_t stem = 1; stem < postings.begin.size(); ++stem) {
        postings.begin[stem] += postings.begin[stem - 1];
    }
    postings.items.resize(postings.begin.back());
    std::vector<std::uint32_t> next(postings.begin.begin(), postings.begin.end() - 1);
    for (std::uint32_t s = 0; s < sentence_count; ++s) {
        for (const Term& term : vectors.of(s)) {
            if (indexed(term)) {
                postings.items[next[term.id]++] = s;
            }
        }
    }
    return postings;
}

double cosine(Vector a, Vector b) {
    double dot = 0.0;
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].id < b[j].id) {
            ++i;
        } else if (b[j].id < a[i].id) {
            ++j;
        } else {
            dot += a[i++].weight * b[j++].weight;
        }
    }
    return dot;
}

/// Each sentence's content words that are not topic words, as sorted stem ids.
PerSentence<std::uint32_t> sentence_terms(const DraftWords& words, std::uint32_t sentence_count) {
    PerSentence<std::uint32_t> terms;
    terms.items.reserve(words.words().size());
    terms.begin.reserve(sentence_count + 1);
    for (std::uint32_t s = 0; s < sentence_count; ++s) {
        const auto first = terms.items.end() - terms.items.begin();
        if (words.is_prose(s)) {
            for (const Word& word : words.sentence_words(s)) {
                if (word.content() && !word.topic) {
                    terms.items.push_back(word.id);
                }
            }
            std::sort(terms.items.begin() + first, terms.items.end());
        }
        terms.end_sentence();
    }
    return terms;
}

/// Whether the content words of `sentence` hold `sequence` in order, as a run of consecutive
/// content words.
bool contains_in_order(std::span<const Word> sentence, const std::vector<std::uint32_t>& sequence) {
    std::vector<std::uint32_t> content;
    for (const Word& word : sentence) {
        if (word.content()) {
            content.push_back(word.id);
        }
    }
    return std::search(content.begin(), content.end(), sequence.begin(), sequence.end()) !=
           content.end();
}

/// A sentence near the end that carries the title's content words in order restates it: "End The
/// Korean War!" ... "and finally end the Korean War?".
void check_title_restated(const DraftWords& words, const RestatedArgumentOptions& options,
                          Reporter& reporter) {
    const Document& document = words.document();
    const Block* title = words.title();
    if (title == nullptr || title->sentence_count == 0) {
        return;
    }
    std::vector<std::uint32_t> title_sequence;
    for (std::uint32_t s = title->first_sentence; s < title->first_sentence + title->sentence_count;
         ++s) {
        for (const Word& word : words.sentence_words(s)) {
            if (word.content()) {
                title_sequence.push_back(word.id);
            }
        }
    }
    if (title_sequence.size() < options.min_title_words) {
        return;
    }
    const auto sentence_count = static_cast<std::uint32_t>(document.sentences().size());
    const auto tail_start = static_cast<std::uint32_t>(static_cast<double>(sentence_count) *
                                                       (1.0 - options.title_restatement_tail));
    const std::uint32_t title_end = title->first_sentence + title->sentence_count;
    for (std::uint32_t s = std::max(tail_start, title_end); s < sentence_count; ++s) {
        if (!words.is_prose(s)) {
            continue;
        }
        if (!contains_in_order(words.sentence_words(s), title_sequence)) {
            continue;
        }
        Diagnostic d;
        d.rule = std::string(kRestatedArgument);
        d.severity = Severity::Warning;
        d.range = document.sentences()[s].range;
        d.message = "This sentence restates the title: a conclusion that only repeats the "
                    "headline persuades by repetition. End on what the body established, or on "
                    "what remains open.";
        d.related.push_back({.range = title->range, .message = "the title"});
        reporter.report(std::move(d));
    }
}

} // namespace

void check_restated_arguments(const DraftWords& words, const RestatedArgumentOptions& options,
                              Reporter& reporter) {
    check_title_restated(words, options, reporter);
    const Document& document = words.document();
    const auto sentence_count = static_cast<std::uint32_t>(document.sentences().size());
    const PerSentence<std::uint32_t> terms = sentence_terms(words, sentence_count);

    std::vector<std::uint32_t> df(words.stem_count(), 0); // sentences per stem
    for (std::uint32_t s = 0; s < sentence_count; ++s) {
        const auto t = terms.of(s);
        for (std::size_t i = 0; i < t.size(); ++i) {
            if (i == 0 || t[i] != t[i - 1]) {
                ++df[t[i]];
            }
        }
    }
    const double n = static_cast<double>(sentence_count);
    // A stem's idf depends on its df alone, and most stems share a few small dfs: one
    // logarithm per distinct df, 0 until needed.
    std::vector<double> idf_of_df(sentence_count + 1, 0.0);
    PerSentence<Term> vectors;
    vectors.items.reserve(terms.items.size());
    vectors.begin.reserve(sentence_count + 1);
    for (std::uint32_t s = 0; s < sentence_count; ++s) {
        const auto t = terms.of(s);
        const std::size_t first = vectors.items.size();
        double norm = 0.0;
        for (std::size_t i = 0; i < t.size();) {
            std::size_t j = i;
            while (j < t.size() && t[j] == t[i]) {
                ++j;
            }
            double& term_idf = idf_of_df[df[t[i]]];
            if (term_idf == 0.0) {
                term_idf = std::log((1.0 + n) / (1.0 + df[t[i]])) + 1.0;
            }
            const double weight = static_cast<double>(j - i) * term_idf;
            vectors.items.push_back({t[i], weight});
            norm += weight * weight;
            i = j;
        }
        norm = std::sqrt(norm);
        for (std::size_t k = first; k < vectors.items.size(); ++k) {
            vectors.items[k].weight /= norm;
        }
        vectors.end_sentence();
    }

    const auto candidate_word = [&](const Term& term) {
        const std::uint32_t f = df[term.id];
        return f >= 2 && f <= options.max_candidate_postings;
    };
    const PerStem<std::uint32_t> postings = sentences_by_stem(vectors, df, candidate_word);
    std::vector<std::uint32_t> shared(sentence_count, 0); // by earlier sentence
    std::vector<std::uint32_t> sharing;                   // the sentences with shared > 0
    for (std::uint32_t s = 0; s < sentence_count; ++s) {
        if (reporter.cancelled()) {
            return;
        }
        const Vector vector = vectors.of(s);
        if (vector.size() >= options.min_sentence_words) {
            for (const Term& term : vector) {
                if (!candidate_word(term)) {
                    continue;
                }
                for (const std::uint32_t earlier : postings.of(term.id)) {
                    if (earlier >= s) {
                        break; // the postings of this sentence and later ones
                    }
                    if (shared[earlier]++ == 0) {
                        sharing.push_back(earlier);
                    }
                }
            }
            std::uint32_t best = 0;
            double best_similarity = 0.0;
            const std::uint32_t paragraph = words.paragraph_of(s);
            for (const std::uint32_t earlier : sharing) {
                const std::uint32_t count = std::exchange(shared[earlier], 0);
                const std::uint32_t earlier_paragraph = words.paragraph_of(earlier);
                if (count < options.min_shared_words ||
                    paragraph - earlier_paragraph < options.min_paragraph_distance) {
                    continue;
                }
                const double similarity = cosine(vector, vectors.of(earlier));
                if (similarity > best_similarity ||
                    (similarity == best_similarity && earlier < best)) {
                    best = earlier;
                    best_similarity = similarity;
                }
            }
            sharing.clear();
            if (best_similarity >= options.min_similarity) {
                Diagnostic d;
                d.rule = std::string(kRestatedArgument);
                d.severity = Severity::Warning;
                d.range = document.sentences()[s].range;
                d.message = fmt::format(
                    "This sentence restates an earlier one ({:.0f}% similar in its content "
                    "words): telling the same story twice persuades by repetition, not argument. "
                    "Cut one, or make this one add evidence or a new step.",
                    best_similarity * 100.0);
                d.related.push_back({.range = document.sentences()[best].range,
                                     .message = "the earlier statement"});
                d.data.emplace_back("similarity", std::round(best_similarity * 100.0) / 100.0);
                reporter.report(std::move(d));
            }
        }
    }
}

} // namespace parallax::framing
