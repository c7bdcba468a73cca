#include "attribution_finder.h"

#include "attribution_details.h"
#include "attribution_noun_phrase.h"
#include "attribution_quotes.h"
#include "attribution_tokens.h"

#include <algorithm>
#include <optional>

namespace parallax::detail {

namespace {

using namespace evidence;

constexpr std::size_t kNone = static_cast<std::size_t>(-1);
constexpr std::size_t kMaxAppositive = 20;

/// Finds the attributions of one sentence, appending them to `out`.
class SentenceScanner {
public:
    SentenceScanner(const TokenView& view, const Quotations& quotes, std::uint32_t index,
                    std::vector<Found>& out)
        : view_(view), lex_(view.lex()), quotes_(quotes), index_(index), out_(out),
          first_out_(out.size()) {
        const Sentence& s = view.doc().sentences()[index];
        b_ = s.first_token;
        e_ = s.first_token + s.token_count;
        title_case_ = title_case();
    }

    void scan() {
        for (std::size_t i = b_; i < e_; ++i) {
            if (i < next_free_) {
                continue;
            }
            if (const std::size_t n = lex_.attribution_phrases.match(view_.tokens(), i);
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

private:
    // --- patterns -------------------------------------------------------------------------

    /// "according to X", "citing X": the source follows the phrase.
    bool according_to(std::size_t i, std::size_t n) {
        const auto source = phrase_starting_at(view_, i + n, e_);
        if (!source || !plausible_agent(view_, *source)) {
            return false;
        }
        const TokenSpan cue{i, i + n};
        const TokenSpan content = i == b_ ? content_after(source->last) : content_before(i);
        add(*source, cue, content);
        next_free_ = source->last;
        return true;
    }

    /// "Smith: “…”", "- Philip Bump: “…”", "Jake Tapper: Donald Trump released …" — a short name
    /// opening the sentence (or following a dash), a colon, and a quotation or what the speaker
    /// said. Without a quotation the name must look like a person's: two or more names (or
    /// initials), no possessive, outside a title-case headline.
    void speaker_colon(std::size_t i) {
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
        bool person_like = source->size() >= 2 && !title_case_;
        for (std::size_t k = source->first; k < source->last && person_like; ++k) {
            person_like = (view_.named(k) && !view_.possessive(k)) || abbreviation(k);
        }
        const bool quotation = quotes_.opened_at(i + 1).has_value();
        if (!quotation && !(person_like && view_.capitalized(i + 1))) {
            return; // "Editor's Note: …", "The Latest: …" are labels, not speakers
        }
        add(*source, {i, i + 1}, content_after(i + 1));
    }

    void reporting_verb(std::size_t i) {
        if (!view_.word(i) || quotes_.inside(i) || (view_.capitalized(i) && !title_case_)) {
            return; // reports inside a quotation belong to the quoted speaker's words
        }
        const Token& verb = view_.at(i);
        const std::size_t phrasal = lex_.phrasal_cues.match(view_.tokens(), i);
        const bool named_only = lex_.named_only_verbs.contains(verb);
        const bool trailing_only = lex_.trailing_verbs.contains(verb);
        const bool reporting =
            phrasal > 0 || named_only || trailing_only || lex_.reporting_verbs.contains(verb);
        const bool finding = !reporting && lex_.finding_verbs.contains(verb);
        if ((!reporting && !finding) || lex_.false_cues.match(view_.tokens(), i) > 0) {
            return;
        }
        const bool participle = view_.folded(i).ends_with("ing");
        const std::size_t cue_end = extend_cue(i, phrasal);
        std::size_t j = left_of(i);
        bool progressive = false;
        for (int hops = 0; hops < 3 && j != kNone; ++hops) {
            if (view_.is(j, "to") && j > b_ && lex_.control_verbs.contains(view_.at(j - 1))) {
                // "X declined to say": one cue when "declined" was already taken for one.
                if (Found* previous = previous_in_sentence(); previous && previous->cue.last == j) {
                    previous->cue.last = cue_end;
                    previous->content = content_after(cue_end, i);
                    return;
                }
                j = left_of(j - 1);
            } else if (view_.text(j) == ")") {
                j = skip_parenthesis(j); // "Sen. Jane Doe (D-Calif.) said"
            } else if (participle && lex_.be_forms.contains(view_.at(j)) && !view_.is(j, "being")) {
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
        if (lex_.be_forms.contains(view_.at(j)) || view_.is(j, "as")) {
            passive(i, j);
            return;
        }
        if (verb.folded.ends_with("ed") && i + 2 < e_ && view_.is(i + 1, "by") &&
            (view_.named(i + 2) || lex_.determiners.contains(view_.at(i + 2)))) {
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
        if (participle && lex_.participle_openers.contains(view_.at(j))) {
            continue_subject(i, cue_end); // "She distanced herself by saying …"
            return;
        }
        const auto source = phrase_ending_at(view_, j, b_);
        if (!source || !plausible_agent(view_, *source)) {
            return;
        }
        if (lex_.reporting_verbs.base_form(verb) && !agrees_with_base(*source, j, i)) {
            return; // "a comprehensive rebuke", "the fifth vote"
        }
        if (finding && !names_evidence(*source) && !(cue_end < e_ && view_.is(cue_end, "that"))) {
            return;
        }
        // "contributed reporting", "cases alleging": an -ing form takes only a name or pronoun.
        if (participle && !progressive && !named_or_pronoun(*source) && !counted(*source)) {
            return;
        }
        const bool trailing = source->first > b_ && ends_sentence(cue_end) &&
                              (view_.separator(source->first - 1) ||
                               view_.quote(source->first - 1) != QuoteMark::None);
        if (named_only && phrasal == 0 && !named_or_pronoun(*source)) {
            return; // "a party called Anti-Prom"
        }
        if (trailing_only && !trailing && !introduces_quotation(cue_end)) {
            return; // "the war continued"
        }
        add(*source, {i, cue_end},
            trailing ? content_before(source->first) : content_after(cue_end, i));
    }

    /// "was first reported by MSNBC", "as reported by Reuters".
    void passive(std::size_t verb, std::size_t be) {
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

    /// The verb follows a comma, dash or quotation mark. In order: an inverted source after a
    /// quotation ("…,” said Smith"); a participle continuing the previous source (", adding
    /// that"); an appositive subject ("Smith, a spokesman for the ministry, said"); an inverted
    /// source after a clause ("Talks stalled, said Smith.").
    void after_separator(std::size_t verb, std::size_t j, std::size_t cue_end, bool reporting,
                         bool participle) {
        const bool after_quote =
            view_.quote(j) != QuoteMark::None ||
            (j > b_ && view_.separator(j) && view_.quote(j - 1) != QuoteMark::None);
        const auto source = phrase_starting_at(view_, verb + 1, e_);
        const bool inverted = reporting && !participle && source && plausible_agent(view_, *source);
        if (inverted && after_quote && ends_clause(source->last)) {
            add_inverted(*source, verb, j);
            return;
        }
        if (participle && view_.separator(j)) {
            continue_subject(verb, cue_end); // "…, adding that …"
            return;
        }
        const bool clause_inverted =
            inverted && ends_inverted_clause(source->last) &&
            (named_or_pronoun(*source) || lex_.determiners.contains(view_.at(source->first)) ||
             view_.possessive(source->first));
        if (clause_inverted && named_or_pronoun(*source)) {
            add_inverted(*source, verb, j); // "…, said embassy spokeswoman Jinnie Lee."
            return;
        }
        if (!participle && !lex_.trailing_verbs.contains(view_.at(verb)) &&
            appositive(verb, j, cue_end)) {
            return;
        }
        if (clause_inverted) {
            add_inverted(*source, verb, j);
        }
    }

    /// A verb whose subject is the source of the previous attribution in the sentence, or else
    /// the name or pronoun opening the sentence: "He echoed the promise, saying …".
    void continue_subject(std::size_t verb, std::size_t cue_end) {
        if (const Found* previous = previous_in_sentence()) {
            add(previous->source, {verb, cue_end}, content_after(cue_end, verb));
            return;
        }
        if (const auto subject = sentence_subject(verb)) {
            add(*subject, {verb, cue_end}, content_after(cue_end, verb));
        }
    }

    /// The subject of the sentence's main clause, before token `limit`: the first name or
    /// pronoun followed by a lowercase word that does not continue a phrase ("But a few days
    /// later, Trump reversed himself" -> "Trump"; "In a speech in Westchester County on Tuesday,
    /// Mr. Trump struck" -> "Mr. Trump").
    std::optional<TokenSpan> sentence_subject(std::size_t limit) const {
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

    void add_inverted(TokenSpan source, std::size_t verb, std::size_t j) {
        std::size_t cue_end = verb + 1;
        if (const std::size_t n = lex_.statement_phrases.match(view_.tokens(), source.last);
            n > 0 && source.last == cue_end) {
            cue_end += n;
        }
        add(source, {verb, cue_end}, content_before(j + 1));
        next_free_ = source.last;
    }

    /// "Smith, a spokesman for the ministry, said": the name before the appositive is the
    /// source, with the appositive.
    bool appositive(std::size_t verb, std::size_t j, std::size_t cue_end) {
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

    /// Tokens [first, last) can be an appositive: a noun phrase, or a relative clause
    /// ("who …", "whose …"); not a clause with its own verb ("…, was diagnosed with …, said").
    bool appositive_segment(std::size_t first, std::size_t last) const {
        if (first < last && (view_.is(first, "who") || view_.is(first, "whose") ||
                             view_.is(first, "which") || view_.is(first, "where"))) {
            return true;
        }
        for (std::size_t k = first; k < last; ++k) {
            if (lex_.be_forms.contains(view_.at(k)) ||
                (view_.lowercase(k) && lex_.reporting_verbs.contains(view_.at(k)))) {
                return false;
            }
        }
        return true;
    }

    /// "Smith smiled and said": the subject of the verb before "and", else of the sentence.
    void and_verb(std::size_t verb, std::size_t and_index, std::size_t cue_end) {
        std::size_t before = and_index - 1;
        if (before > b_ && view_.text(before) == ",") {
            --before; // "The judge rubbed his chin, and then said"
        }
        if (previous_in_sentence() == nullptr && before > b_ && view_.lowercase(before)) {
            const std::size_t subject_end = left_of(before);
            if (subject_end != kNone && view_.word(subject_end)) {
                const auto subject = phrase_ending_at(view_, subject_end, b_);
                if (subject && plausible_agent(view_, *subject) && named_or_pronoun(*subject)) {
                    add(*subject, {verb, cue_end}, content_after(cue_end, verb));
                    return;
                }
            }
            // "The judge rubbed his chin, and then said": the sentence's subject.
            if (const auto subject = sentence_subject(and_index)) {
                add(*subject, {verb, cue_end}, content_after(cue_end, verb));
            }
            return;
        }
        // Only a source already found in the sentence carries over a bare "and": "… and calls
        // for restraint" after a noun is itself a noun.
        if (const Found* previous = previous_in_sentence()) {
            add(previous->source, {verb, cue_end}, content_after(cue_end, verb));
        }
    }

    /// A sentence that opens with the verb, right after a quotation: "“Why?” asked Dunn."
    void inverted_at_start(std::size_t verb, std::size_t cue_end) {
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
        add(*source, {verb, cue_end},
            quote ? TokenSpan{quote->open, quote->close + 1} : TokenSpan{});
        next_free_ = source->last;
    }

    // --- helpers --------------------------------------------------------------------------

    /// A headline written in title case ("Obama Says Museum Will Tell…"): its verbs are
    /// capitalised too.
    bool title_case() const {
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

    void add(TokenSpan source, TokenSpan cue, TokenSpan content) {
        out_.push_back(Found{source, cue, content, index_});
    }

    Found* previous_in_sentence() const {
        return out_.size() > first_out_ ? &out_.back() : nullptr;
    }

    /// The token before `i` that is not an auxiliary, negation or adverb; kNone at the start.
    std::size_t left_of(std::size_t i) const {
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

    std::size_t skip_parenthesis(std::size_t close) const {
        for (std::size_t k = close; k > b_;) {
            --k;
            if (view_.text(k) == "(") {
                return k > b_ ? left_of(k) : kNone;
            }
        }
        return kNone;
    }

    /// "said in a statement", "pointed out", "called for".
    std::size_t extend_cue(std::size_t verb, std::size_t phrasal) const {
        std::size_t end = verb + std::max<std::size_t>(phrasal, 1);
        const std::size_t n = lex_.statement_phrases.match(view_.tokens(), end);
        if (n > 0 && end + n <= e_) {
            end += n;
        }
        return end;
    }

    bool named_or_pronoun(TokenSpan phrase) const {
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

    /// An inverted source after a clause ends the sentence or its clause: "…, said Smith." or
    /// "…, said Smith, a spokesman".
    bool ends_inverted_clause(std::size_t i) const {
        if (i >= e_ || lex_.statement_phrases.match(view_.tokens(), i) > 0) {
            return true;
        }
        const std::string_view t = view_.text(i);
        return t == "," || t == "." || t == ";" || t == "!" || t == "?" || t == "\u2014" ||
               t == "--" || t == ")" || view_.quote(i) != QuoteMark::None;
    }

    /// A base-form verb ("say", "argue") has a plural or I/we/you/they subject, or follows an
    /// auxiliary ("will say", "did not argue"); otherwise the word is likely a noun.
    bool agrees_with_base(TokenSpan source, std::size_t head, std::size_t verb) const {
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

    /// A title's or an initial's full stop inside a name: "Sen. Jane Doe", "John F. Kennedy".
    bool abbreviation(std::size_t k) const {
        return view_.text(k) == "." && k > b_ && view_.word(k - 1);
    }

    /// A colon or an opening quotation mark right after the cue: "he continued: “…”".
    bool introduces_quotation(std::size_t i) const {
        return i < e_ && (view_.text(i) == ":" || quotes_.opened_at(i).has_value() ||
                          (view_.text(i) == "," && quotes_.opened_at(i + 1).has_value()));
    }

    /// "52 percent said", "half said": a share of a group.
    bool counted(TokenSpan phrase) const {
        const Token& first = view_.at(phrase.first);
        return first.kind == TokenKind::Number ||
               (lex_.vague_quantifiers.contains(first) && lex_.vague_agents.contains(first));
    }

    bool names_evidence(TokenSpan phrase) const {
        for (std::size_t i = phrase.first; i < phrase.last; ++i) {
            if (lex_.evidence_nouns.contains(view_.at(i))) {
                return true;
            }
        }
        return false;
    }

    /// Only punctuation (or nothing) from token i to the end of the sentence.
    bool ends_sentence(std::size_t i) const {
        for (; i < e_; ++i) {
            if (view_.word(i) || view_.at(i).kind == TokenKind::Number) {
                return false;
            }
        }
        return true;
    }

    /// An inverted source ends its clause: "said Smith." / "said Smith, adding" / "said Smith in".
    bool ends_clause(std::size_t i) const {
        if (i >= e_ || !view_.word(i)) {
            return true;
        }
        return lex_.statement_phrases.match(view_.tokens(), i) > 0 ||
               lex_.noun_phrase_links.contains(view_.at(i)) ||
               lex_.clause_words.contains(view_.at(i));
    }

    /// The reported clause or quotation after a cue: skips ",", ":", "that" and, after "told" or
    /// "asked", the addressee.
    TokenSpan content_after(std::size_t k, std::size_t verb = kNone) const {
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

    /// The clause or quotation before a trailing attribution that starts at token `k`.
    TokenSpan content_before(std::size_t k) const {
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

    const TokenView& view_;
    const Lexicon& lex_;
    const Quotations& quotes_;
    std::uint32_t index_;
    std::vector<Found>& out_;
    std::size_t first_out_;
    std::size_t b_ = 0;
    std::size_t e_ = 0;
    std::size_t next_free_ = 0;
    bool title_case_ = false;
};

} // namespace

std::vector<Attribution> find_attributions(const Document& doc) {
    const TokenView view(doc);
    const Quotations quotes(view);
    std::vector<Found> found;
    const auto count = static_cast<std::uint32_t>(doc.sentences().size());
    for (std::uint32_t s = 0; s < count; ++s) {
        SentenceScanner(view, quotes, s, found).scan();
    }
    return finish(view, quotes, found);
}

} // namespace parallax::detail
