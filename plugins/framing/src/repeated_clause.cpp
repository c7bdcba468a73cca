// framing/rhetorical-repetition, its slogan form: a short clause (three to eight words between
// punctuation or quotation marks) that the draft repeats word for word ("No one is safe" in the
// headline and twice in the text). Clauses are keyed by a hash of their stems in one hash table,
// so the cost grows linearly with the draft.

#include "rhetorical_repetition.h"

#include "id_table.h"
#include "rules.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <span>
#include <utility>
#include <vector>

namespace parallax::framing {

namespace {

struct Clause {
    std::uint32_t first = 0; // indexes into DraftWords::words()
    std::uint32_t last = 0;
};

std::uint64_t mix(std::uint64_t h, std::uint64_t v) {
    h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    h ^= h >> 31;
    h *= 0xbf58476d1ce4e5b9ULL;
    return h ^ (h >> 29);
}

/// A clause can be a slogan when it carries a content word that is not a name, and neither a
/// number ("120 rounds") nor a verb of saying ("said Rick").
bool can_be_slogan(const DraftWords& words, const Clause& clause) {
    const auto all = words.words();
    bool characterising = false;
    for (std::uint32_t w = clause.first; w <= clause.last; ++w) {
        const std::string_view folded = words.folded(all[w]);
        if (words.facts(all[w]).reporting_verb ||
            std::any_of(folded.begin(), folded.end(),
                        [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; })) {
            return false;
        }
        characterising = characterising || (all[w].content() && !all[w].name);
    }
    return characterising;
}

bool is_linking_word(std::string_view folded) {
    static constexpr std::array<std::string_view, 19> kLinks{
        "a",  "an", "the", "and",  "or",   "but", "of",   "in",   "on",   "at",
        "to", "by", "for", "with", "from", "as",  "than", "into", "about"};
    return std::find(kLinks.begin(), kLinks.end(), folded) != kLinks.end();
}

/// A clause that reads as a fragment or a connective, not a slogan: it ends on a linking word
/// (the clause was cut by a number or a name: "He was convicted in [2009]"), or it is a
/// prepositional opener set off by a comma ("In other words,", "As a result,").
bool is_fragment_or_connective(const DraftWords& words, const Clause& clause) {
    const auto all = words.words();
    if (is_linking_word(words.folded(all[clause.last]))) {
        return true;
    }
    return is_connective_opener(words, clause.first, clause.last);
}

/// The clauses of a sentence: runs of words with no punctuation or quotation mark between them.
/// `out` is cleared first (one vector serves every sentence).
void clauses_of(const DraftWords& words, std::uint32_t sentence, std::vector<Clause>& out) {
    const auto all = words.words();
    out.clear();
    const std::uint32_t end = words.first_word(sentence + 1);
    for (std::uint32_t w = words.first_word(sentence); w < end; ++w) {
        const bool starts =
            out.empty() || !all[w].joined || all[w].quote_before || all[w - 1].quote_after;
        if (starts) {
            out.push_back({.first = w, .last = w});
        } else {
            out.back().last = w;
        }
    }
}

bool same_clause(const DraftWords& words, const Clause& a, const Clause& b) {
    const auto all = words.words();
    if (a.last - a.first != b.last - b.first) {
        return false;
    }
    for (std::uint32_t i = 0; i <= a.last - a.first; ++i) {
        if (all[a.first + i].id != all[b.first + i].id) {
            return false;
        }
    }
    return true;
}

void report_clause(const DraftWords& words, std::span<const Clause> uses, std::size_t index,
                   Reporter& reporter) {
    const auto all = words.words();
    const std::string slogan = words.text(words.range(all[uses[0].first], all[uses[0].last]));
    Diagnostic d;
    d.rule = std::string(kRhetoricalRepetition);
    d.severity = Severity::Warning;
    d.range = words.range(all[uses[index].first], all[uses[index].last]);
    d.message = fmt::format("\u201c{}\u201d is repeated word for word {} times: a clause "
                            "repeated like a slogan persuades by insistence. Keep it once, "
                            "where the draft supports it.",
                            slogan, uses.size());
    for (std::size_t j : related_indexes(index, uses.size())) {
        d.related.push_back({.range = words.range(all[uses[j].first], all[uses[j].last]),
                             .message = j == 0 ? "first use of the clause" : "the clause again"});
    }
    d.data.emplace_back("phrase", slogan);
    d.data.emplace_back("count", static_cast<double>(uses.size()));
    reporter.report(std::move(d));
}

} // namespace

bool is_connective_opener(const DraftWords& words, std::uint32_t first, std::uint32_t last) {
    const auto all = words.words();
    const std::string_view head = words.folded(all[first]);
    if (first != words.first_word(all[first].sentence) || head == "a" || head == "an" ||
        head == "the" || !is_linking_word(head)) {
        return false;
    }
    const auto tokens = words.document().tokens();
    const std::uint32_t after = all[last].token + 1;
    return after < tokens.size() && words.document().slice(tokens[after].range) == ",";
}

bool is_reporting_verb(const DraftWords& words, const Word& word) {
    return words.facts(word).reporting_verb;
}

void check_repeated_clauses(const DraftWords& words, const RhetoricalRepetitionOptions& options,
                            std::vector<bool>& covered, Reporter& reporter) {
    const auto all = words.words();
    const auto sentence_count = static_cast<std::uint32_t>(words.document().sentences().size());
    IdTable<std::uint64_t> keys;   // ids by first use, so findings come in text order
    std::vector<Clause> first_use; // by key id
    std::vector<std::pair<std::uint32_t, Clause>> accepted; // (key id, clause), in text order
    std::vector<Clause> clauses;                            // of one sentence
    for (std::uint32_t s = 0; s < sentence_count; ++s) {
        if (!words.is_prose(s)) {
            continue;
        }
        clauses_of(words, s, clauses);
        for (const Clause& clause : clauses) {
            const std::uint32_t length = clause.last - clause.first + 1;
            // A quotation repeated is the speaker's slogan, reported; not the author's.
            if (length < options.min_clause_words || length > options.max_clause_words ||
                words.quoted(clause.first) || is_fragment_or_connective(words, clause) ||
                !can_be_slogan(words, clause)) {
                continue;
            }
            std::uint64_t key = length;
            for (std::uint32_t w = clause.first; w <= clause.last; ++w) {
                key = mix(key, all[w].id + 1ULL);
            }
            const auto [id, added] = keys.insert(key);
            // A hash collision keeps the first clause's group; the other clause is dropped.
            if (added) {
                first_use.push_back(clause);
                accepted.emplace_back(id, clause);
            } else if (same_clause(words, first_use[id], clause)) {
                accepted.emplace_back(id, clause);
            }
        }
    }
    // The uses of each key together, keys in order of first use, uses in text order.
    std::vector<std::uint32_t> begin(first_use.size() + 1, 0); // by key id; one more at the end
    for (const auto& [id, clause] : accepted) {
        ++begin[id + 1];
    }
    for (std::size_t id = 1; id < begin.size(); ++id) {
        begin[id] += begin[id - 1];
    }
    std::vector<Clause> grouped(accepted.size());
    std::vector<std::uint32_t> next(begin.begin(), begin.end() - 1);
    for (const auto& [id, clause] : accepted) {
        grouped[next[id]++] = clause;
    }
    for (std::uint32_t id = 0; id < first_use.size(); ++id) {
        if (reporter.cancelled()) {
            return;
        }
        const std::span<const Clause> uses =
            std::span<const Clause>(grouped).subspan(begin[id], begin[id + 1] - begin[id]);
        if (uses.size() < options.min_count) {
            continue;
        }
        for (std::size_t i = 0; i < uses.size(); ++i) {
            report_clause(words, uses, i, reporter);
            std::fill(covered.begin() + uses[i].first, covered.begin() + uses[i].last + 1, true);
        }
    }
}

} // namespace parallax::framing
