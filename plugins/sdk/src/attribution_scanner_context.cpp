#include "attribution_scanner.h"

#include "attribution_noun_phrase.h"

namespace parallax::detail::evidence {

std::optional<TokenSpan> SentenceScanner::sentence_subject(std::size_t limit) const {
    if (view_.in(b_, lex_.determiners) && !view_.in(b_, lex_.clause_words)) {
        // "The judge rubbed his chin and said": a determined subject opening the sentence.
        const auto phrase = phrase_starting_at(view_, b_, limit);
        if (phrase && phrase->last < limit && view_.lowercase(phrase->last) &&
            !view_.in(phrase->last, lex_.noun_phrase_links) &&
            !view_.in(phrase->last, lex_.clause_words) && plausible_agent(view_, *phrase)) {
            return phrase;
        }
    }
    for (std::size_t i = b_; i < limit; ++i) {
        if (!view_.capitalized(i) && !view_.pronoun(i)) {
            continue;
        }
        if (view_.in(i, lex_.clause_words) || view_.in(i, lex_.noun_phrase_links) ||
            view_.in(i, lex_.time_words) || view_.in(i, lex_.determiners)) {
            continue;
        }
        const auto phrase = phrase_starting_at(view_, i, limit);
        if (!phrase) {
            continue;
        }
        const std::size_t next = phrase->last;
        if (next < limit && view_.lowercase(next) && !view_.in(next, lex_.noun_phrase_links) &&
            !view_.in(next, lex_.clause_words) && named_or_pronoun(*phrase)) {
            return phrase;
        }
        i = phrase->last - 1;
    }
    return std::nullopt;
}

bool SentenceScanner::appositive_segment(std::size_t first, std::size_t last) const {
    if (first < last && (view_.is(first, "who") || view_.is(first, "whose") ||
                         view_.is(first, "which") || view_.is(first, "where"))) {
        return true;
    }
    for (std::size_t k = first; k < last; ++k) {
        if (view_.in(k, lex_.be_forms) ||
            (view_.lowercase(k) && view_.in(k, lex_.reporting_verbs) &&
             !view_.folded(k).ends_with("ing"))) {
            return false;
        }
    }
    return true;
}

bool SentenceScanner::title_case() {
    if (title_case_) {
        return *title_case_;
    }
    title_case_ = title_case_words();
    return *title_case_;
}

bool SentenceScanner::title_case_words() const {
    int words = 0;
    int capitals = 0;
    for (std::size_t i = b_; i < e_; ++i) {
        if (view_.word(i) && view_.folded(i).size() > 3) {
            ++words;
            capitals += view_.capitalized(i) ? 1 : 0;
        }
    }
    return words >= 3 && capitals * 5 >= words * 4;
}

void SentenceScanner::add(TokenSpan source, TokenSpan cue, TokenSpan content) {
    out_.push_back(Found{source, cue, content, index_});
}

Found* SentenceScanner::previous_in_sentence() const {
    return out_.size() > first_out_ ? &out_.back() : nullptr;
}

std::size_t SentenceScanner::left_of(std::size_t i) const {
    std::size_t j = i;
    while (j > b_) {
        --j;
        if (view_.in(j, lex_.time_words)) {
            // "Smith on Tuesday said", "officials last week warned"
            while (j > b_ && view_.in(j - 1, lex_.time_openers)) {
                --j;
            }
            continue;
        }
        if (!view_.in(j, lex_.verb_fillers) && !view_.adverb(j)) {
            return j;
        }
    }
    return kNone;
}

std::size_t SentenceScanner::skip_parenthesis(std::size_t close) const {
    for (std::size_t k = close; k > b_;) {
        --k;
        if (view_.text(k) == "(") {
            return k > b_ ? left_of(k) : kNone;
        }
    }
    return kNone;
}

std::size_t SentenceScanner::extend_cue(std::size_t verb, std::size_t phrasal) const {
    std::size_t end = verb + std::max<std::size_t>(phrasal, 1);
    const std::size_t n = view_.phrase_at(end, lex_.statement_phrases);
    if (n > 0 && end + n <= e_) {
        end += n;
    }
    return end;
}

bool SentenceScanner::named_or_pronoun(TokenSpan phrase) const {
    if (phrase.size() == 1 && view_.pronoun(phrase.first)) {
        return true;
    }
    for (std::size_t i = phrase.first; i < phrase.last; ++i) {
        if (view_.named(i)) {
            return true;
        }
    }
    return false;
}

bool SentenceScanner::ends_inverted_clause(std::size_t i) const {
    if (i >= e_ || view_.phrase_at(i, lex_.statement_phrases) > 0) {
        return true;
    }
    const std::string_view t = view_.text(i);
    return t == "," || t == "." || t == ";" || t == "!" || t == "?" || t == "\u2014" || t == "--" ||
           t == ")" || view_.quote(i) != QuoteMark::None;
}

bool SentenceScanner::agrees_with_base(TokenSpan source, std::size_t head, std::size_t verb) const {
    if (head + 1 != verb) {
        return true; // an auxiliary or adverb stood between: "would say", "often argue"
    }
    // The head is the word before a linking preposition: "voters in Iowa say".
    std::size_t head_index = source.last - 1;
    for (std::size_t k = source.first + 1; k < source.last; ++k) {
        if (view_.in(k, lex_.noun_phrase_links)) {
            head_index = k - 1;
            break;
        }
    }
    const Token& h = view_.at(head_index);
    if (source.size() == 1 && view_.pronoun(source.first)) {
        const std::string_view p = view_.bare(source.first);
        return p != "he" && p != "she" && p != "it";
    }
    const std::string_view f = h.folded;
    return (f.ends_with('s') && !f.ends_with("ss")) ||
           view_.in(head_index, lex_.vague_quantifiers) || view_.in(head_index, lex_.shares) ||
           view_.in(head_index, lex_.vague_agents) || f == "people";
}

bool SentenceScanner::abbreviation(std::size_t k) const {
    return view_.text(k) == "." && k > b_ && view_.word(k - 1);
}

bool SentenceScanner::introduces_quotation(std::size_t i) const {
    return i < e_ && (view_.text(i) == ":" || quotes_.opened_at(i).has_value() ||
                      (view_.text(i) == "," && quotes_.opened_at(i + 1).has_value()));
}

bool SentenceScanner::counted(TokenSpan phrase) const {
    const Token& first = view_.at(phrase.first);
    return first.kind == TokenKind::Number || (view_.in(phrase.first, lex_.vague_quantifiers) &&
                                               view_.in(phrase.first, lex_.vague_agents));
}

bool SentenceScanner::names_evidence(TokenSpan phrase) const {
    for (std::size_t i = phrase.first; i < phrase.last; ++i) {
        if (view_.in(i, lex_.evidence_nouns)) {
            return true;
        }
    }
    return false;
}

bool SentenceScanner::names_a_work(std::size_t i) const {
    if (i >= e_ || !((view_.in(i, lex_.determiners) && !view_.is(i, "that")) ||
                     view_.at(i).kind == TokenKind::Number || view_.possessive(i))) {
        return false;
    }
    // The object's words up to its head: "a children's book", "his first two novels".
    for (std::size_t k = i + 1; k < e_ && k < i + 6 && view_.word(k); ++k) {
        if (view_.in(k, lex_.work_nouns)) {
            // "wrote a book claiming that …": the work reports, and so does its author.
            const bool reporting_work = k + 1 < e_ && view_.folded(k + 1).ends_with("ing") &&
                                        view_.in(k + 1, lex_.reporting_verbs);
            return !reporting_work;
        }
        if (view_.in(k, lex_.clause_words) || view_.in(k, lex_.noun_phrase_links)) {
            break;
        }
    }
    return false;
}

bool SentenceScanner::ends_sentence(std::size_t i) const {
    for (; i < e_; ++i) {
        if (view_.word(i) || view_.at(i).kind == TokenKind::Number) {
            return false;
        }
    }
    return true;
}

bool SentenceScanner::ends_clause(std::size_t i) const {
    if (i >= e_ || !view_.word(i)) {
        return true;
    }
    return view_.phrase_at(i, lex_.statement_phrases) > 0 || view_.in(i, lex_.noun_phrase_links) ||
           view_.in(i, lex_.clause_words);
}

TokenSpan SentenceScanner::content_after(std::size_t k, std::size_t verb) const {
    if (verb != kNone && k < e_ &&
        (view_.at(verb).stem == "tell" || view_.at(verb).stem == "told" ||
         view_.at(verb).stem == "ask")) {
        if (const auto addressee = phrase_starting_at(view_, k, e_)) {
            k = addressee->last;
        }
    }
    while (k < e_ && (view_.text(k) == "," || view_.text(k) == ":" || view_.is(k, "that"))) {
        ++k;
    }
    if (k >= e_) {
        return {};
    }
    if (const auto quote = quotes_.opened_at(k)) {
        return {quote->open, quote->close + 1};
    }
    std::size_t end = e_;
    while (end > k && !view_.word(end - 1) && view_.at(end - 1).kind != TokenKind::Number &&
           view_.quote(end - 1) == QuoteMark::None) {
        --end;
    }
    return {k, end};
}

TokenSpan SentenceScanner::content_before(std::size_t k) const {
    std::size_t end = k;
    while (end > b_ && view_.separator(end - 1)) {
        --end;
    }
    if (end > b_) {
        if (const auto quote = quotes_.closed_at(end - 1)) {
            return {quote->open, quote->close + 1};
        }
    }
    while (end > b_ && (view_.separator(end - 1) || view_.text(end - 1) == ",")) {
        --end;
    }
    return end > b_ ? TokenSpan{b_, end} : TokenSpan{};
}

} // namespace parallax::detail::evidence
