// framing/rhetorical-repetition, its anaphora form: successive sentences that open with the
// same words ("It did not allow Iran to ... It did not allow Iranian parties to ... It did not
// allow Iran to send funds ..."). Each opening is keyed by a hash of its words' stems in one
// hash table of open runs, so the cost grows linearly with the draft.

#include "rhetorical_repetition.h"

#include "id_table.h"
#include "rules.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <optional>
#include <vector>

namespace parallax::framing {

namespace {

/// Where a sentence's words start after a leading conjunction (indexes into
/// DraftWords::words()).
struct Opening {
    std::uint32_t sentence = 0;
    std::uint32_t first = 0;
    std::uint32_t end = 0; // one past the last word of the sentence
};

bool leads_in(std::string_view folded) {
    return folded == "and" || folded == "but" || folded == "or" || folded == "so" ||
           folded == "yet";
}

bool has_digit(std::string_view text) {
    return std::any_of(text.begin(), text.end(),
                       [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
}

/// The opening of a sentence, or nothing when its first `length` words cannot make anaphora: a
/// name ("President Trump has ..." is the subject of the news, not a device), a number, a verb
/// of saying ("Smith says that ...") or a connective ("In other words, ...").
std::optional<Opening> opening_of(const DraftWords& words, std::uint32_t sentence,
                                  std::uint32_t length) {
    const auto all = words.words();
    std::uint32_t first = words.first_word(sentence);
    const std::uint32_t end = words.first_word(sentence + 1);
    if (first < end && leads_in(words.folded(all[first]))) {
        ++first;
    }
    // The opening must leave the sentence something to say after it.
    if (end - first <= length) {
        return std::nullopt;
    }
    // The cheapest tests first: flags, then the words' text.
    for (std::uint32_t w = first; w < first + length; ++w) {
        if ((w > first && !all[w].joined) || all[w].name || is_reporting_verb(words, all[w]) ||
            has_digit(words.folded(all[w]))) {
            return std::nullopt;
        }
    }
    // "In other words, ... In other words, ..." repeats a connective, not a claim.
    if (is_connective_opener(words, first, first + length - 1)) {
        return std::nullopt;
    }
    return Opening{.sentence = sentence, .first = first, .end = end};
}

/// How many words two openings share from their start (same stems, no punctuation between).
std::uint32_t shared_words(const DraftWords& words, const Opening& a, const Opening& b) {
    const auto all = words.words();
    std::uint32_t n = 0;
    while (a.first + n < a.end && b.first + n < b.end &&
           all[a.first + n].id == all[b.first + n].id && (n == 0 || all[b.first + n].joined)) {
        ++n;
    }
    return n;
}

void report_run(const DraftWords& words, const std::vector<Opening>& run, std::uint32_t length,
                const std::vector<bool>& covered, Reporter& reporter) {
    const auto all = words.words();
    // The shared opening of the whole run: "It did not allow", not just "It did not".
    std::uint32_t shared = run[0].end - run[0].first;
    for (std::size_t i = 1; i < run.size(); ++i) {
        shared = std::min(shared, shared_words(words, run[0], run[i]));
    }
    shared = std::max(shared, length);
    const std::string opening =
        words.text(words.range(all[run[0].first], all[run[0].first + shared - 1]));
    for (std::size_t i = 1; i < run.size(); ++i) { // the first use is where the device starts
        const auto slogan_first = covered.begin() + run[i].first;
        if (std::find(slogan_first, slogan_first + shared, true) != slogan_first + shared) {
            continue;
        }
        Diagnostic d;
        d.rule = std::string(kRhetoricalRepetition);
        d.severity = Severity::Warning;
        d.range = words.range(all[run[i].first], all[run[i].first + shared - 1]);
        d.message = fmt::format(
            "{} successive sentences open with \u201c{}\u201d: anaphora drives a point home by "
            "rhythm, not evidence. Make the point once and give the facts behind it.",
            run.size(), opening);
        for (std::size_t j : related_indexes(i, run.size())) {
            d.related.push_back(
                {.range = words.range(all[run[j].first], all[run[j].first + shared - 1]),
                 .message = j == 0 ? "first sentence opening this way" : "the opening again"});
        }
        d.data.emplace_back("phrase", opening);
        d.data.emplace_back("count", static_cast<double>(run.size()));
        reporter.report(std::move(d));
    }
}

std::uint64_t mix(std::uint64_t h, std::uint64_t v) {
    h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    h ^= h >> 31;
    h *= 0xbf58476d1ce4e5b9ULL;
    return h ^ (h >> 29);
}

} // namespace

void check_anaphora(const DraftWords& words, const RhetoricalRepetitionOptions& options,
                    const std::vector<bool>& covered, Reporter& reporter) {
    const std::uint32_t length = options.anaphora_words;
    if (length == 0) {
        return;
    }
    const auto all = words.words();
    const auto sentence_count = static_cast<std::uint32_t>(words.document().sentences().size());
    // The openings in text order; a run is a chain of them, held by its last opening (no list
    // per run to allocate while most runs stay one sentence long).
    constexpr std::uint32_t kNone = UINT32_MAX;
    std::vector<Opening> openings;
    std::vector<std::uint32_t> previous; // by opening: the one before it in its run, or kNone
    struct Run {
        std::uint32_t last = kNone; // index into openings
        std::uint32_t size = 0;
    };
    IdTable<std::uint64_t> keys; // a hash collision only ends the other opening's run early
    std::vector<Run> open;       // by key id: the open run of each opening
    std::vector<Run> ended;
    const auto close = [&](Run& run) {
        if (run.size >= options.min_anaphora_sentences) {
            ended.push_back(run);
        }
        run = {};
    };
    for (std::uint32_t s = 0; s < sentence_count; ++s) {
        if (!words.is_prose(s)) {
            continue;
        }
        const std::optional<Opening> opening = opening_of(words, s, length);
        if (!opening) {
            continue;
        }
        std::uint64_t key = length;
        for (std::uint32_t w = opening->first; w < opening->first + length; ++w) {
            key = mix(key, all[w].id + 1ULL);
        }
        const auto [id, added] = keys.insert(key);
        if (added) {
            open.emplace_back();
        }
        Run& run = open[id];
        const bool continues = run.size > 0 &&
                               s - openings[run.last].sentence <= options.max_anaphora_gap + 1 &&
                               shared_words(words, openings[run.last], *opening) >= length;
        if (!continues) {
            close(run);
        }
        previous.push_back(run.last);
        run.last = static_cast<std::uint32_t>(openings.size());
        ++run.size;
        openings.push_back(*opening);
    }
    for (Run& run : open) {
        close(run);
    }
    std::vector<std::vector<Opening>> finished;
    for (const Run& run : ended) {
        std::vector<Opening>& members = finished.emplace_back(run.size);
        std::uint32_t at = run.last;
        for (std::uint32_t i = run.size; i-- > 0; at = previous[at]) {
            members[i] = openings[at];
        }
    }
    // In text order.
    std::sort(finished.begin(), finished.end(),
              [](const auto& a, const auto& b) { return a.front().first < b.front().first; });
    for (const auto& run : finished) {
        if (reporter.cancelled()) {
            return;
        }
        report_run(words, run, length, covered, reporter);
    }
}

} // namespace parallax::framing
