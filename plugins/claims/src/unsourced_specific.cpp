#include "unsourced_specific.h"

#include "claim_context.h"
#include "phrases.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <string>

namespace parallax::claims {

namespace {

using namespace lexicon;

bool is_number_token(const SentenceWords& s, std::ptrdiff_t i) {
    const std::string_view t = s.text(i);
    return !t.empty() && std::isdigit(static_cast<unsigned char>(t.front())) != 0;
}

/// The value of a digit token ("1,020,000" -> 1020000, "2.5" -> 2.5); ordinals and decades
/// ("75th", "1970s") return -1.
double numeric_value(std::string_view t) {
    std::string digits;
    for (const char c : t) {
        if (std::isdigit(static_cast<unsigned char>(c)) != 0 || c == '.') {
            digits.push_back(c);
        } else if (c != ',') {
            return -1;
        }
    }
    return digits.empty() ? -1 : std::strtod(digits.c_str(), nullptr);
}

/// A number that is a year or part of a date or time: "2024", "May 18", "07:40", "1950-52".
bool is_time_frame(const SentenceWords& s, std::ptrdiff_t i, double value) {
    const std::string_view t = s.text(i);
    const bool year_like = t.size() == 4 && value >= 1000 && value <= 2100;
    // "1,500 million" scales a number; "in 1939-1945 thousands of people" is a year followed by
    // a count of its own: a plural scale word never multiplies the number before it.
    const bool multiplied = s.in(scale_words(), i + 1) && !s.folded(i + 1).ends_with("s");
    if (year_like && !multiplied) {
        return true;
    }
    if (s.in(months(), i - 1) || s.in(months(), i + 1) || s.in(months(), i + 2) ||
        s.is(i + 1, ":") || s.is(i - 1, ":") || s.in(time_units(), i + 1)) {
        return true;
    }
    return false;
}

/// A number inside a name: "Hwasong-14", "F-16", "G7", "Article 5", "Section 3".
bool in_name(const SentenceWords& s, std::ptrdiff_t i) {
    if ((s.is(i - 1, "-") || s.is(i - 1, "\u2010")) && s.capitalized(i - 2)) {
        return true;
    }
    if (s.capitalized(i - 1) && !s.initial(i - 1)) {
        return true; // "Article 5", "Resolution 2231"
    }
    return s.is(i - 1, "no") || s.is(i - 1, "number") || s.is(i - 1, "page") || s.is(i - 1, "pg") ||
           s.is(i - 1, "chapter") || s.is(i - 1, "section");
}

/// An approximation or emphasis marker ending just before token `i`: "more than", "only".
bool approximated(const SentenceWords& s, std::ptrdiff_t i) {
    for (std::ptrdiff_t k = std::max<std::ptrdiff_t>(0, i - 3); k < i; ++k) {
        if (phrase_end(s, k, approximation_markers()) == i - 1) {
            return true;
        }
    }
    return false;
}

/// The counted noun after a number, over up to three modifiers: "39,000 Americans",
/// "three nuclear weapons", "88,000 crack special forces". -1 when none.
std::ptrdiff_t counted_noun(const SentenceWords& s, std::ptrdiff_t i) {
    std::ptrdiff_t k = i + 1;
    while (s.in(scale_words(), k) || s.is(k, "-") || s.is(k, "plus") || is_number_token(s, k)) {
        ++k;
    }
    for (int n = 0; n < 4 && s.is_word(k); ++n, ++k) {
        if (s.in(people_nouns(), k) || s.in(demonyms(), k) ||
            (s.capitalized(k) && s.folded(k).ends_with("ans"))) {
            return k;
        }
        if (s.in(clause_words(), k) || s.in(time_units(), k)) {
            return -1;
        }
    }
    return -1;
}

std::string statistic_message(std::string_view phrase) {
    return fmt::format("\u201c{}\u201d: a figure with no source. Say where it comes from (link or "
                       "name the report, agency or dataset).",
                       phrase);
}

/// Statistics: counts of people, money, shares and large numbers.
void statistics(const SentenceWords& s, std::vector<ClaimMatch>& out) {
    // Every statistic starts at a digit or a number word.
    if (!s.has_digits() && !s.any_in(number_words().as_membership())) {
        return;
    }
    for (std::ptrdiff_t i = 0; i < s.size(); ++i) {
        if (s.quoted(i)) {
            continue;
        }
        const bool digits = is_number_token(s, i);
        // "three", "tens"; capitalised only where it opens the sentence ("Forty-four people").
        const bool word_number = s.in(number_words(), i) && (!s.capitalized(i) || s.initial(i));
        if (!digits && !word_number) {
            continue;
        }
        double value = digits ? numeric_value(s.text(i)) : 0;
        if (digits && value < 0) {
            continue; // an ordinal or a decade
        }
        if (digits && (is_time_frame(s, i, value) || in_name(s, i))) {
            continue;
        }
        if (!digits && s.in(time_units(), i + 1)) {
            continue;
        }
        std::ptrdiff_t last = i;
        while (s.in(scale_words(), last + 1) || s.is(last + 1, "-") ||
               (s.is(last, "-") && s.in(number_words(), last + 1))) {
            ++last; // "2.5 million", "tens of billions", "Forty-four"
        }
        if (s.is(last + 1, "of") && s.in(scale_words(), last + 2)) {
            last += 2; // "tens of millions"
        }
        const bool scaled =
            last > i &&
            std::ranges::any_of(std::vector<std::ptrdiff_t>{i + 1, last},
                                [&](std::ptrdiff_t k) { return s.in(scale_words(), k); });
        const bool money = s.is(i - 1, "$") || s.is(i - 1, "\u20ac") || s.is(i - 1, "\u00a3");
        bool share = false;
        for (std::ptrdiff_t k = i + 1; k <= last + 1; ++k) {
            share = share || s.is(k, "%") || s.is(k, "percent") || s.is(k, "per");
        }
        const std::ptrdiff_t noun = counted_noun(s, last);
        const bool large = digits && value >= 1000;
        bool statistic =
            share || (money && (scaled || value >= 1000)) ||
            (scaled && (noun >= 0 || money || s.is(i - 1, "of") || s.is(last + 1, "of"))) ||
            (large && noun >= 0) || (noun >= 0 && (approximated(s, i) || digits || s.initial(i)));
        if (!statistic && large && !s.is(i - 1, "the")) {
            statistic =
                approximated(s, i) || s.is(last + 1, "plus"); // "over 5 thousand", "80,000 plus"
        }
        if (!statistic || hedged(s, i, i, false)) {
            continue;
        }
        const std::ptrdiff_t first = money ? i - 1 : i;
        const std::ptrdiff_t end = std::max(last, noun);
        out.push_back({first, end, "statistic", statistic_message(s.slice(first, end))});
        i = end;
    }
}

/// Rankings: "the largest", "one of the world's biggest", "the most powerful".
void superlatives_in(const SentenceWords& s, std::vector<ClaimMatch>& out) {
    // Every ranking ends at a superlative or at "most"/"least" and the word it grades.
    static const Membership ranking_words = [] {
        Membership sets = superlatives().as_membership();
        sets.sets |= most_or_least().sets;
        return sets;
    }();
    if (!s.any_in(ranking_words)) {
        return;
    }
    for (std::ptrdiff_t i = 0; i < s.size(); ++i) {
        if (s.quoted(i)) {
            continue;
        }
        const std::string_view f = s.folded(i);
        const bool possessive = f.ends_with("'s") || f.ends_with("\u2019s");
        const bool det =
            s.is(i, "the") || (possessive && (f.starts_with("world") || f.starts_with("region") ||
                                              f.starts_with("country") || f.starts_with("nation") ||
                                              f.starts_with("asia") || f.starts_with("europe")));
        // Any owner grades with "most": "his most memorable roles", "Mozart's most symphonic".
        // Not with "best" or "top" ("his best friend", "its top floor").
        const bool owner = possessive || s.is(i, "his") || s.is(i, "her") || s.is(i, "its") ||
                           s.is(i, "their") || s.is(i, "our");
        if (!det && !owner) {
            continue;
        }
        std::ptrdiff_t k = i + 1;
        if (s.folded(k).ends_with("'s") || s.folded(k).ends_with("\u2019s")) {
            ++k; // "the world's largest"
        }
        if ((s.in(number_words(), k) || is_number_token(s, k)) &&
            (s.is(k + 1, "most") || s.in(superlatives(), k + 1))) {
            ++k; // "the five most important parties", "the two largest"
        }
        std::ptrdiff_t end = -1;
        if ((s.is(k, "most") || s.is(k, "least")) && s.is_word(k + 1) &&
            !s.in(clause_words(), k + 1) && !s.is(k + 1, "part") && !s.is(k + 1, "recent") &&
            !(owner && (s.quoted(k + 1) || plural_noun(s, k + 1)))) {
            end = k + 1;
        } else if (det && s.in(superlatives(), k) && !(s.is(k, "top") && s.is(k + 1, "of")) &&
                   !(s.is(k, "best") && (s.is(k + 1, "way") || s.is(k + 1, "interests")))) {
            end = k;
            if (s.is(k + 1, "-") && s.is_word(k + 2)) {
                end = k + 2; // "the fastest-growing"
            }
        }
        // Not a ranking: a limit ("the highest possible score", "the best score possible") or
        // an idiom ("it is for the best", "the best of luck").
        const bool limit = s.is(end + 1, "possible") || s.is(end + 2, "possible");
        const bool idiom = (s.is(i - 1, "for") && !s.is_word(end + 1)) ||
                           (s.is(end + 1, "of") && s.is(end + 2, "luck"));
        if (end < 0 || s.is(i - 1, "at") || limit || idiom || hedged(s, i, end)) {
            continue;
        }
        std::ptrdiff_t first = i;
        if (s.is(i - 1, "of") && s.is(i - 2, "one")) {
            first = i - 2;
        }
        out.push_back({first, end, "superlative",
                       fmt::format("\u201c{}\u201d: a ranking with no source. Cite the data that "
                                   "ranks it, or drop the superlative.",
                                   s.slice(first, end))});
        i = end;
    }
}

/// A quotation of six words or more whose speaker the sentence does not name.
void speakerless_quotation(const SentenceWords& s, std::vector<ClaimMatch>& out) {
    std::ptrdiff_t first = -1;
    std::ptrdiff_t last_word = -1;
    int words = 0;
    int capitals = 0;
    auto flush = [&]() {
        // Only a quotation opened here with double quotation marks: a continuation belongs to
        // the speaker named before it, and single marks mostly set off titles and terms.
        const bool opened_here = s.text(first - 1) == "\u201c" || s.text(first - 1) == "\"";
        if (first >= 0 && words >= 6 && capitals * 2 < words && opened_here) {
            out.push_back({first, last_word, "quotation",
                           "A quotation with no speaker: say who said or wrote it, and link the "
                           "source."});
        }
        first = -1;
        words = 0;
        capitals = 0;
    };
    for (std::ptrdiff_t i = 0; i < s.size(); ++i) {
        if (s.quoted(i) && s.is_word(i)) {
            if (first < 0) {
                first = i;
            }
            ++words;
            last_word = i;
            capitals += s.capitalized(i) && i != first ? 1 : 0;
        } else if (!s.quoted(i) && s.is_word(i)) {
            flush();
        }
    }
    flush();
}

/// The sentence names someone saying something: "said", "told", "wrote", "according to".
bool has_speaker(const SentenceWords& s) {
    static const Membership speaking =
        union_of({&saying_verbs(), &opinion_verbs(), &quoting_verbs()});
    for (std::ptrdiff_t i = 0; i < s.size(); ++i) {
        if (!s.quoted(i) && (s.in_any(speaking, i) || s.is(i, "according"))) {
            return true;
        }
        // "Einstein is on record as finding it wanting: “…”", "Smith's central argument is as
        // follows: “…”": a quotation introduced by a colon after a named holder.
        if (s.is(i, ":") && !s.quoted(i) && s.quoted(i + 2)) {
            for (std::ptrdiff_t k = clause_start(s, i - 1); k < i; ++k) {
                if (s.looks_like_name(k) && !s.quoted(k)) {
                    return true;
                }
            }
        }
        // "in Tyson's words", "in the words of the Record".
        const std::string_view f = s.folded(i);
        if (!s.quoted(i) && (s.is(i + 1, "words") || s.is(i + 1, "phrase")) &&
            (f.ends_with("'s") || f.ends_with("\u2019s") || s.in(definite_determiners(), i))) {
            return true;
        }
    }
    return false;
}

/// Every word of the sentence is inside quotation marks: a quoted passage (an epigraph, a block
/// quotation, a speaker's words running on), not the author's prose (GUIDELINES §1, "Do not
/// flag": quotations).
bool wholly_quoted(const SentenceWords& s) {
    bool any = false;
    for (std::ptrdiff_t i = 0; i < s.size(); ++i) {
        if (s.is_word(i)) {
            if (!s.quoted(i)) {
                return false;
            }
            any = true;
        }
    }
    return any;
}

} // namespace

std::vector<ClaimMatch> find_unsourced_specifics(const SentenceWords& s) {
    std::vector<ClaimMatch> out;
    statistics(s, out);
    superlatives_in(s, out);
    // Without a quoted word there is no quotation to look for a speaker of.
    if (s.has_quotation() && !has_speaker(s) && !wholly_quoted(s)) {
        speakerless_quotation(s, out);
    }
    std::ranges::sort(out, {}, &ClaimMatch::first);
    return out;
}

} // namespace parallax::claims
