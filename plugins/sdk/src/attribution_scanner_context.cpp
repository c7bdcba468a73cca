#include "attribution_scanner.h"

#include "attribution_noun_phrase.h"

namespace parallax::detail::evidence {

std::optional<TokenSpan> SentenceScanner::sentence_subject(std::size_t limit) const {
    if (lex_.determiners.contains(view_.at(b_)) && !lex_.clause_words.contains(view_.at(b_))) {
        // "The judge rubbed his chin and said": a determined subject opening the sentence.
        const auto phrase = phrase_starting_at(view_, b_, limit);
        if (phrase && phrase->last < limit && view_.lowercase(phrase->last) &&
            !lex_.noun_phrase_links.contains(view_.at(phrase->last)) &&
            !lex_.clause_words.contains(view_.at(phrase->last)) &&
            plausible_agent(view_, *phrase)) {
            return phrase;
        }
    }
    for (std::size_t i = b_; i < limit; ++i) {
        if (!view_.capitalized(i) && !view_.pronoun(i)) {
            continue;
        }
        const Token& t = view_.at(i);
        if (lex_.clause_words.contains(t) || lex_.noun_phrase_links.contains(t) ||
            lex_.time_words.contains(t) || lex_.determiners.contains(t)) {
            continue;
        }
        const auto phrase = phrase_starting_at(view_, i, limit);
        if (!phrase) {
            continue;
        }
        const std::size_t next = phrase->last;
        if (next < limit && view_.lowercase(next) &&
            !lex_.noun_phrase_links.contains(view_.at(next)) &&
            !lex_.clause_words.contains(view_.at(next)) && named_or_pronoun(*phrase)) {
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
        if (lex_.be_forms.contains(view_.at(k)) ||
            (view_.lowercase(k) && lex_.reporting_verbs.contains(view_.at(k)) &&
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
        if (lex_.time_words.contains(view_.at(j))) {
            // "Smith on Tuesday said", "officials last week warned"
            while (j > b_ && lex_.time_openers.contains(view_.at(j - 1))) {
                --j;
            }
            continue;
        }
        if (!lex_.verb_fillers.contains(view_.at(j)) && !view_.adverb(j)) {
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
    const std::size_t n = lex_.statement_phrases.match(view_.tokens(), end);
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
    if (i >= e_ || lex_.statement_phrases.match(view_.tokens(), i) > 0) {
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
        if (lex_.noun_phrase_links.contains(view_.at(k))) {
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
    return (f.ends_with('s') && !f.ends_with("ss")) || lex_.vague_quantifiers.contains(h) ||
           lex_.shares.contains(h) || lex_.vague_agents.contains(h) || f == "people";
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
    return first.kind == TokenKind::Number ||
           (lex_.vague_quantifiers.contains(first) && lex_.vague_agents.contains(first));
}

bool SentenceScanner::names_evidence(TokenSpan phrase) const {
    for (std::size_t i = phrase.first; i < phrase.last; ++i) {
        if (lex_.evidence_nouns.contains(view_.at(i))) {
            return true;
        }
    }
    return false;
}

bool SentenceScanner::names_a_work(std::size_t i) const {
    if (i >= e_ || !((lex_.determiners.contains(view_.at(i)) && !view_.is(i, "that")) ||
                     view_.at(i).kind == TokenKind::Number || view_.possessive(i))) {
        return false;
    }
    // The object's words up to its head: "a children's book", "his first two novels".
    for (std::size_t k = i + 1; k < e_ && k < i + 6 && view_.word(k); ++k) {
        if (lex_.work_nouns.contains(view_.at(k))) {
            // "wrote a book claiming that …": the work reports, and so does its author.
            const bool reporting_work = k + 1 < e_ && view_.folded(k + 1).ends_with("ing") &&
                                        lex_.reporting_verbs.contains(view_.at(k + 1));
            return !reporting_work;
        }
        if (lex_.clause_words.contains(view_.at(k)) ||
            lex_.noun_phrase_links.contains(view_.at(k))) {
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
    return lex_.statement_phrases.match(view_.tokens(), i) > 0 ||
           lex_.noun_phrase_links.contains(view_.at(i)) || lex_.clause_words.contains(view_.at(i));
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
