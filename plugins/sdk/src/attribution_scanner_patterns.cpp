#include "attribution_scanner.h"

#include "attribution_noun_phrase.h"

#include <algorithm>

namespace parallax::detail::evidence {

namespace {
constexpr std::size_t kMaxAppositive = 20;
} // namespace

SentenceScanner::SentenceScanner(const TokenView& view, const Quotations& quotes,
                                 std::uint32_t index, std::vector<Found>& out)
    : view_(view), lex_(view.lex()), quotes_(quotes), index_(index), out_(out),
      first_out_(out.size()) {
    const Sentence& s = view.doc().sentences()[index];
    b_ = s.first_token;
    e_ = s.first_token + s.token_count;
}

void SentenceScanner::scan() {
    // A pattern starts only at an attribution phrase, a colon or a cue's first word.
    const WordClasses starts =
        lex_.attribution_phrases.bit() | word_class::kColon | word_class::kCueWord;
    for (std::size_t i = b_; i < e_; ++i) {
        if (i < next_free_ || (view_.classes(i) & starts) == 0) {
            continue;
        }
        if (const std::size_t n = view_.phrase_at(i, lex_.attribution_phrases);
            n > 0 && i + n < e_ && !quotes_.inside(i)) {
            if (according_to(i, n)) {
                continue;
            }
        }
        if (view_.text(i) == ":") {
            speaker_colon(i);
            continue;
        }
        reporting_verb(i);
    }
}

bool SentenceScanner::according_to(std::size_t i, std::size_t n) {
    const auto source = phrase_starting_at(view_, i + n, e_);
    if (!source || !plausible_agent(view_, *source)) {
        return false;
    }
    const TokenSpan cue{i, i + n};
    TokenSpan content = i == b_ ? content_after(source->last) : content_before(i);
    if (i > b_ && view_.text(i - 1) == "," && source->last < e_ &&
        view_.text(source->last) == ",") {
        // "The city, according to the mayor, has grown": the clause around the phrase.
        const TokenSpan after = content_after(source->last);
        if (!after.empty()) {
            content = {content.empty() ? after.first : content.first, after.last};
        }
    }
    add(*source, cue, content);
    next_free_ = source->last;
    return true;
}

void SentenceScanner::speaker_colon(std::size_t i) {
    if (i == b_ || i + 1 >= e_) {
        return;
    }
    const auto source = phrase_ending_at(view_, i - 1, b_);
    if (!source || source->size() > 6 || !named_or_pronoun(*source)) {
        return;
    }
    if (source->first != b_ && !view_.separator(source->first - 1)) {
        return;
    }
    bool person_like = source->size() >= 2;
    for (std::size_t k = source->first; k < source->last && person_like; ++k) {
        person_like = (view_.named(k) && !view_.possessive(k)) || abbreviation(k);
    }
    const bool quotation = quotes_.opened_at(i + 1).has_value();
    if (!quotation && !(person_like && view_.capitalized(i + 1))) {
        return; // "Editor's Note: …", "The Latest: …" are labels, not speakers
    }
    add(*source, {i, i + 1}, content_after(i + 1));
}

void SentenceScanner::reporting_verb(std::size_t i) {
    if (!view_.word(i) || (view_.classes(i) & word_class::kCueWord) == 0) {
        return; // neither a cue verb nor the start of a phrasal cue
    }
    if (quotes_.inside(i)) {
        return; // reports inside a quotation belong to the quoted speaker's words
    }
    const Token& verb = view_.at(i);
    if (view_.capitalized(i) && !title_case()) {
        return; // a capitalised cue is a verb only in a headline written in title case
    }
    const std::size_t phrasal = view_.phrase_at(i, lex_.phrasal_cues);
    const bool named_only = view_.in(i, lex_.named_only_verbs);
    const bool trailing_only = view_.in(i, lex_.trailing_verbs);
    const bool reporting =
        phrasal > 0 || named_only || trailing_only || view_.in(i, lex_.reporting_verbs);
    const bool finding = !reporting && view_.in(i, lex_.finding_verbs);
    if ((!reporting && !finding) || view_.phrase_at(i, lex_.false_cues) > 0) {
        return;
    }
    const bool participle = view_.folded(i).ends_with("ing");
    if (verb.folded.ends_with('s') && i + 1 < e_ && view_.in(i + 1, lex_.be_forms)) {
        return; // a plural noun, not a verb: "diplomatic notes were exchanged"
    }
    const std::size_t cue_end = extend_cue(i, phrasal);
    std::size_t j = left_of(i);
    bool progressive = false;
    for (int hops = 0; hops < 3 && j != kNone; ++hops) {
        if (view_.is(j, "to") && j > b_ && view_.in(j - 1, lex_.control_verbs)) {
            // "X declined to say": one cue when "declined" was already taken for one.
            if (Found* previous = previous_in_sentence(); previous && previous->cue.last == j) {
                previous->cue.last = cue_end;
                previous->content = content_after(cue_end, i);
                return;
            }
            j = left_of(j - 1);
        } else if (view_.text(j) == ")") {
            j = skip_parenthesis(j); // "Sen. Jane Doe (D-Calif.) said"
        } else if (participle && view_.in(j, lex_.be_forms) && !view_.is(j, "being")) {
            j = left_of(j); // progressive: "she is saying"
            progressive = true;
        } else {
            break;
        }
    }
    if (j == kNone) {
        inverted_at_start(i, cue_end);
        return;
    }
    if (view_.in(j, lex_.be_forms) || view_.is(j, "as")) {
        passive(i, j);
        return;
    }
    if (verb.folded.ends_with("ed") && i + 2 < e_ && view_.is(i + 1, "by") &&
        (view_.named(i + 2) || view_.in(i + 2, lex_.determiners))) {
        passive(i, i); // "the facts reported by the government" (not "said by phone")
        return;
    }
    if (view_.is(j, "to") || view_.possessive(j)) {
        return; // "needless to say"; a noun: "Trump's tweet", "the ministry's claims"
    }
    if (view_.separator(j) || view_.quote(j) != QuoteMark::None) {
        after_separator(i, j, cue_end, reporting, participle);
        return;
    }
    if (view_.is(j, "and") || view_.is(j, "but")) {
        and_verb(i, j, cue_end); // "Smith said … and added …", "Smith smiled and said"
        return;
    }
    if (participle && view_.in(j, lex_.participle_openers)) {
        continue_subject(i, cue_end); // "She distanced herself by saying …"
        return;
    }
    const auto source = phrase_ending_at(view_, j, b_);
    if (!source || !plausible_agent(view_, *source)) {
        return;
    }
    if ((view_.classes(i) & word_class::kReportingBase) != 0 && !agrees_with_base(*source, j, i)) {
        return; // "a comprehensive rebuke", "the fifth vote"
    }
    if (finding && !names_evidence(*source) && !(cue_end < e_ && view_.is(cue_end, "that"))) {
        return;
    }
    if (!named_or_pronoun(*source) && view_.folded(i).ends_with("ed") && cue_end < e_ &&
        view_.is(cue_end, "as")) {
        return; // a reduced passive, the holder left out: "comments criticized as racist"
    }
    if (view_.in(i, lex_.authoring_verbs) && phrasal == 0 && names_a_work(cue_end)) {
        return; // "Smith wrote a book about the war"
    }
    // "contributed reporting", "cases alleging": an -ing form takes only a name or pronoun.
    if (participle && !progressive && !named_or_pronoun(*source) && !counted(*source)) {
        return;
    }
    const bool trailing =
        source->first > b_ && ends_sentence(cue_end) &&
        (view_.separator(source->first - 1) || view_.quote(source->first - 1) != QuoteMark::None);
    if (named_only && phrasal == 0 && !named_or_pronoun(*source)) {
        return; // "a party called Anti-Prom"
    }
    if (trailing_only && !trailing && !introduces_quotation(cue_end)) {
        return; // "the war continued"
    }
    add(*source, {i, cue_end},
        trailing ? content_before(source->first) : content_after(cue_end, i));
}

void SentenceScanner::passive(std::size_t verb, std::size_t be) {
    if (verb + 1 >= e_ || !view_.is(verb + 1, "by")) {
        return;
    }
    const auto source = phrase_starting_at(view_, verb + 2, e_);
    if (!source || !plausible_agent(view_, *source)) {
        return;
    }
    const TokenSpan cue{view_.is(be, "as") ? be : verb, verb + 2};
    add(*source, cue, content_before(be));
    next_free_ = source->last;
}

void SentenceScanner::after_separator(std::size_t verb, std::size_t j, std::size_t cue_end,
                                      bool reporting, bool participle) {
    const bool after_quote =
        view_.quote(j) != QuoteMark::None ||
        (j > b_ && view_.separator(j) && view_.quote(j - 1) != QuoteMark::None);
    const auto source = phrase_starting_at(view_, verb + 1, e_);
    const bool inverted = reporting && !participle && source && plausible_agent(view_, *source);
    if (inverted && after_quote) {
        add_inverted(*source, verb, j);
        return;
    }
    if (participle && view_.separator(j)) {
        continue_subject(verb, cue_end); // "…, adding that …"
        return;
    }
    const bool clause_inverted =
        inverted && ends_inverted_clause(source->last) &&
        (named_or_pronoun(*source) || view_.in(source->first, lex_.determiners) ||
         view_.possessive(source->first));
    if (!participle && !view_.in(verb, lex_.trailing_verbs) && appositive(verb, j, cue_end)) {
        return;
    }
    if (clause_inverted) {
        add_inverted(*source, verb, j);
    }
}

void SentenceScanner::continue_subject(std::size_t verb, std::size_t cue_end) {
    if (const Found* previous = previous_in_sentence()) {
        add(previous->source, {verb, cue_end}, content_after(cue_end, verb));
        return;
    }
    if (const auto subject = sentence_subject(verb)) {
        add(*subject, {verb, cue_end}, content_after(cue_end, verb));
    }
}

void SentenceScanner::add_inverted(TokenSpan source, std::size_t verb, std::size_t j) {
    std::size_t cue_end = verb + 1;
    if (const std::size_t n = view_.phrase_at(source.last, lex_.statement_phrases);
        n > 0 && source.last == cue_end) {
        cue_end += n;
    }
    add(source, {verb, cue_end}, content_before(j + 1));
    next_free_ = source.last;
}

bool SentenceScanner::appositive(std::size_t verb, std::size_t j, std::size_t cue_end) {
    const std::string_view mark = view_.text(j);
    if (mark != "," && !view_.separator(j)) {
        return false;
    }
    int tries = 0;
    for (std::size_t c = j; c > b_ + 1 && j - c < kMaxAppositive && tries < 3;) {
        --c;
        if (view_.text(c) != mark) {
            continue;
        }
        ++tries;
        std::size_t before = c - 1;
        if (view_.text(before) == ")") {
            before = skip_parenthesis(before); // "Sen. Jane Doe (D-Ohio), who …, said"
            if (before == kNone) {
                return false;
            }
        }
        if (!appositive_segment(c + 1, j)) {
            return false;
        }
        const auto name = phrase_ending_at(view_, before, b_);
        if (name && plausible_agent(view_, *name) && named_or_pronoun(*name)) {
            add({name->first, j}, {verb, cue_end}, content_after(cue_end, verb));
            return true;
        }
    }
    return false;
}

void SentenceScanner::and_verb(std::size_t verb, std::size_t and_index, std::size_t cue_end) {
    if (const Found* previous = previous_in_sentence()) {
        add(previous->source, {verb, cue_end}, content_after(cue_end, verb));
        return; // "Smith said … and added …"
    }
    std::size_t before = and_index - 1;
    if (before > b_ && view_.text(before) == ",") {
        --before; // "The judge rubbed his chin, and then said"
    }
    if (before <= b_ || !view_.lowercase(before)) {
        return; // "amid assertions of a “China threat” and calls for …": a noun
    }
    if (view_.folded(before).ends_with("ed")) {
        // "Ms. Sherry smiled and said": the subject of the verb before "and".
        const std::size_t subject_end = left_of(before);
        if (subject_end != kNone && view_.word(subject_end)) {
            const auto subject = phrase_ending_at(view_, subject_end, b_);
            if (subject && plausible_agent(view_, *subject) && named_or_pronoun(*subject)) {
                add(*subject, {verb, cue_end}, content_after(cue_end, verb));
                return;
            }
        }
    }
    // "The Arizona Republican survived a Vietnamese prison and says": the sentence's subject.
    if (const auto subject = sentence_subject(and_index)) {
        add(*subject, {verb, cue_end}, content_after(cue_end, verb));
    }
}

void SentenceScanner::inverted_at_start(std::size_t verb, std::size_t cue_end) {
    if (verb == b_ && verb + 2 < e_ && view_.is(verb + 1, "by")) {
        // "Asked by Stephanopoulos to respond, Carson said …": the agent asked.
        if (const auto agent = phrase_starting_at(view_, verb + 2, e_);
            agent && plausible_agent(view_, *agent)) {
            add(*agent, {verb, verb + 2}, {});
            next_free_ = agent->last;
        }
        return;
    }
    if (verb != b_ || verb == 0 || view_.quote(verb - 1) == QuoteMark::None) {
        return;
    }
    const auto source = phrase_starting_at(view_, verb + 1, e_);
    if (!source || !plausible_agent(view_, *source) || !ends_clause(source->last)) {
        return;
    }
    const auto quote = quotes_.closed_at(verb - 1);
    add(*source, {verb, cue_end}, quote ? TokenSpan{quote->open, quote->close + 1} : TokenSpan{});
    next_free_ = source->last;
}

} // namespace parallax::detail::evidence
