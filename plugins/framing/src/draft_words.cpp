#include "draft_words.h"

#include "lexicon.h"
#include "page_furniture.h"
#include "possessive.h"

#include "parallax/common_words.h"
#include "parallax/lexicon.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <deque>
#include <functional>
#include <optional>
#include <string>
#include <utility>

namespace parallax::framing {

namespace {

bool is_opening_quote(std::string_view s) {
    return s == "\u201c" || s == "\u2018" || s == "\"" || s == "'" || s == "\u00ab";
}

bool is_closing_quote(std::string_view s) {
    return s == "\u201d" || s == "\u2019" || s == "\"" || s == "'" || s == "\u00bb";
}

bool is_hyphen(std::string_view s) {
    return s == "-" || s == "\u2010" || s == "\u2011";
}

/// Punctuation that does not separate the words around it: hyphens inside compounds
/// ("Asia-Pacific", "rules-based") and quotation marks around a label.
bool is_transparent(std::string_view s) {
    return is_hyphen(s) || is_opening_quote(s) || is_closing_quote(s);
}

/// Whether the word token `token` is one part of a hyphenated compound ("anti" in "anti-war",
/// "immigrant" in "non-immigrant"): a hyphen touches it and, on its other side, another word.
bool part_of_compound(const Document& document, std::uint32_t token) {
    const auto tokens = document.tokens();
    const auto hyphen_between = [&](std::uint32_t left, std::uint32_t hyphen, std::uint32_t right) {
        return tokens[left].kind == TokenKind::Word && tokens[right].kind == TokenKind::Word &&
               is_hyphen(document.slice(tokens[hyphen].range)) &&
               tokens[left].range.end == tokens[hyphen].range.start &&
               tokens[hyphen].range.end == tokens[right].range.start;
    };
    return (token >= 2 && hyphen_between(token - 2, token - 1, token)) ||
           (token + 2 < tokens.size() && hyphen_between(token, token + 1, token + 2));
}

std::size_t utf8_length_of_first(std::string_view s) {
    const auto c = static_cast<unsigned char>(s.front());
    if (c < 0x80) {
        return 1;
    }
    if (c >= 0xF0) {
        return std::min<std::size_t>(4, s.size());
    }
    if (c >= 0xE0) {
        return std::min<std::size_t>(3, s.size());
    }
    return std::min<std::size_t>(2, s.size());
}

bool is_capitalised(std::string_view original, std::string_view folded) {
    if (original.empty() || folded.empty()) {
        return false;
    }
    if (static_cast<unsigned char>(original.front()) < 0x80) {
        return original.front() != folded.front(); // most words: one ASCII letter to compare
    }
    const std::size_t n = utf8_length_of_first(original);
    return original.substr(0, n) != folded.substr(0, std::min(n, folded.size()));
}

/// A closing quotation mark at token `quote` directly follows the word at token `word`, or
/// follows it after one sentence-final mark or comma ("the \u201cChina threat.\u201d").
bool closes_right_after(const Document& document, std::uint32_t word, std::uint32_t quote) {
    if (word + 1 == quote) {
        return true;
    }
    if (word + 2 != quote) {
        return false;
    }
    const std::string_view between = document.slice(document.tokens()[word + 1].range);
    return between == "." || between == "," || between == "!" || between == "?";
}

/// Quotation marks pair up within a paragraph, or across paragraphs as new_paragraph() says:
/// “…”, ‘…’ (a ’ inside a word is an apostrophe and never a token of its own) and straight "…"
/// pairs. Fed the draft's marks in text order, each with the number of words before it, it
/// keeps every pair; a pair around more than `max_words` words is a quotation, a shorter one
/// may be scare quotes.
class QuotationPairing {
public:
    explicit QuotationPairing(std::uint32_t max_words) : max_words_(max_words) {}

    /// At the start of a paragraph, `words_before` words in. A quotation left open ends with the
    /// paragraph before when this one opens with a quotation mark (a quotation of several
    /// paragraphs reopens each one). It runs on when this paragraph is the next line of a block
    /// written one paragraph per line, since pasted copy puts each sentence of a quotation on a
    /// line of its own: for a few lines, and only after a curly mark, whose direction is sure (a
    /// stray straight mark would turn the quotations after it inside out). Otherwise it was a
    /// stray mark.
    void new_paragraph(std::uint32_t words_before, bool opens_with_quote, bool same_block) {
        if (!open_) {
            return;
        }
        if (opens_with_quote) {
            pairs_.emplace_back(open_word_, words_before);
            open_ = false;
        } else if (same_block && curly_ && lines_open_ < kMaxRunOnLines) {
            ++lines_open_;
        } else {
            open_ = false;
        }
    }

    void add_mark(std::string_view mark, std::uint32_t words_before) {
        if (mark == "'") {
            return; // too often an apostrophe or a prime
        }
        if (!open_ && is_opening_quote(mark)) {
            open_ = true;
            open_word_ = words_before;
            curly_ = mark != "\"";
            lines_open_ = 0;
        } else if (open_ && is_closing_quote(mark)) {
            open_ = false;
            pairs_.emplace_back(open_word_, words_before);
        }
    }

    /// Flags, one per word, the words inside quotations (`quoted`) and inside any pair of
    /// marks (`in_marks`).
    void mark(std::vector<bool>& quoted, std::vector<bool>& in_marks) const {
        for (const auto& [first, end] : pairs_) {
            std::fill(in_marks.begin() + first, in_marks.begin() + end, true);
            if (end - first > max_words_) {
                std::fill(quoted.begin() + first, quoted.begin() + end, true);
            }
        }
    }

private:
    /// Line breaks a quotation may run on across (a quotation of five sentences, one a line).
    static constexpr std::uint32_t kMaxRunOnLines = 4;

    std::uint32_t max_words_ = 0;
    bool open_ = false;
    bool curly_ = false;           // the open quotation began with a mark other than "
    std::uint32_t lines_open_ = 0; // line breaks it has run on across
    std::uint32_t open_word_ = 0;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs_; // [first word, end word)
};

/// "The post … appeared first on …": a syndication footer, not the author's prose.
constexpr std::string_view kFooter = "appeared first on";

bool is_boilerplate(std::string_view sentence) {
    return sentence.find(kFooter) != std::string_view::npos;
}

/// Whether any sentence of `text` can be a syndication footer: one search of the whole text,
/// skipping ahead as the footer's letters allow, instead of one per sentence (most drafts have
/// none).
bool may_have_boilerplate(std::string_view text) {
    static const std::boyer_moore_horspool_searcher searcher(kFooter.begin(), kFooter.end());
    return std::search(text.begin(), text.end(), searcher) != text.end();
}

} // namespace

/// The forms (possessive stripped) and stems of the common words (parallax/common_words.h),
/// each distinct one with an index of its own, and what the lexicons say of them: worked out
/// once per process, for every draft. A draft then meets a common word by index, without
/// hashing its text.
struct CommonVocabulary {
    std::vector<std::uint32_t> form_of_word; // by WordId: the index of its form
    IdTable<std::string_view> forms;         // form indexes by text
    std::vector<std::uint32_t> form_stem;    // by form: the index of its stem
    std::vector<FormFacts> form_facts;       // by form
    IdTable<std::string_view> stems;         // stem indexes by text
    std::vector<StemFacts> stem_facts;       // by stem
    std::deque<std::string> owned_stems;     // of the forms that differ from their word
};

namespace {

const CommonVocabulary& common_vocabulary() {
    static const CommonVocabulary table = [] {
        CommonVocabulary built;
        const lexicon::Vocabulary& vocabulary = lexicon::vocabulary();
        std::optional<Stemmer> stemmer;
        built.form_of_word.reserve(common_words().size());
        built.forms.reserve(common_words().size());
        built.stems.reserve(common_words().size());
        for (const CommonWord& word : common_words()) {
            const std::string_view base = strip_possessive(word.folded);
            const std::uint64_t base_hash = IdTable<std::string_view>::hash(base);
            const auto [form, new_form] = built.forms.insert(base, base_hash);
            built.form_of_word.push_back(form);
            if (!new_form) {
                continue;
            }
            std::string_view stem = word.stem;
            if (base.size() != word.folded.size()) {
                if (!stemmer) {
                    stemmer.emplace();
                }
                stem = built.owned_stems.emplace_back(stemmer->stem(base));
            }
            const std::uint64_t stem_hash = IdTable<std::string_view>::hash(stem);
            const auto [stem_index, new_stem] = built.stems.insert(stem, stem_hash);
            if (new_stem) {
                built.stem_facts.push_back(vocabulary.stem(stem, stem_hash));
            }
            built.form_stem.push_back(stem_index);
            built.form_facts.push_back(vocabulary.form(base, base_hash));
        }
        return built;
    }();
    return table;
}

} // namespace

// Inline: every word token of the draft passes through it, nearly always to find its form.
inline std::uint32_t DraftWords::intern(const Token& token) {
    const std::uint32_t word = token.word.value;
    const auto common_words = static_cast<std::uint32_t>(common_.form_of_word.size());
    if (word < common_words) {
        const std::uint32_t common_form = common_.form_of_word[word];
        const std::uint32_t form = form_of_common_.find(common_form);
        return form != SparseIds::kNone ? form : add_common_form(common_form);
    }
    std::uint32_t& form = form_of_other_word_[word - common_words];
    if (form == kNoForm) {
        form = intern_other(token);
    }
    return form;
}

DraftWords::DraftWords(const Document& document, const TopicOptions& topic,
                       std::uint32_t max_scare_quote_words)
    : document_(document), vocabulary_(lexicon::vocabulary()), common_(common_vocabulary()) {
    const auto tokens = document.tokens();
    // Nearly half the words of a short draft are distinct: room enough not to grow the tables.
    forms_.reserve(tokens.size() / 2);
    stems_.reserve(tokens.size() / 2);
    words_.reserve(tokens.size());
    form_of_common_ = SparseIds(common_.forms.size());
    stem_of_common_ = SparseIds(common_.stems.size());
    const auto common_words = static_cast<std::uint32_t>(common_.form_of_word.size());
    form_of_other_word_.assign(std::max(document.word_count(), common_words) - common_words,
                               kNoForm);
    other_forms_.reserve(tokens.size() / 16);
    other_stems_.reserve(tokens.size() / 16);
    const auto sentences = document.sentences();
    sentence_start_.reserve(sentences.size() + 1);
    prose_.reserve(sentences.size());
    const std::vector<bool> furniture = furniture_lines(document.text());
    std::vector<std::uint32_t> named_stems; // of capitalised words inside sentences, not headings
    const bool footers = may_have_boilerplate(document.text().view());
    mark_paragraphs();
    QuotationPairing quotations(max_scare_quote_words);
    for (std::uint32_t s = 0; s < sentences.size(); ++s) {
        const Sentence& sentence = sentences[s];
        if (s > 0 && paragraph_[s] != paragraph_[s - 1]) {
            const bool opens_with_quote =
                sentence.token_count > 0 &&
                is_opening_quote(document.slice(tokens[sentence.first_token].range));
            quotations.new_paragraph(static_cast<std::uint32_t>(words_.size()), opens_with_quote,
                                     sentence.block == sentences[s - 1].block);
        }
        sentence_start_.push_back(static_cast<std::uint32_t>(words_.size()));
        const Block& block = document.blocks()[sentence.block];
        const bool prose = !block.quoted &&
                           !(footers && is_boilerplate(document.slice(sentence.range))) &&
                           !furniture[document.text().line_of(sentence.range.start).value];
        prose_.push_back(prose);
        // Headings are often title case: their capitals do not make names.
        const bool heading = block.kind == BlockKind::Heading;
        bool joined = false;
        bool quote_open = false;
        Word* previous = nullptr;
        for (std::uint32_t t = sentence.first_token;
             t < sentence.first_token + sentence.token_count; ++t) {
            const Token& token = tokens[t];
            if (token.kind != TokenKind::Word) {
                const std::string_view mark = document.slice(token.range);
                quotations.add_mark(mark, static_cast<std::uint32_t>(words_.size()));
                // A full stop touching the word before it and followed by more of the sentence
                // is an abbreviation's ("Rep. Danny Davis", "Jan. 18"): the sentence segmenter
                // did not end the sentence there, so it does not end a clause either.
                const bool abbreviation = mark == "." && previous != nullptr &&
                                          previous->token + 1 == t &&
                                          tokens[t - 1].range.end == token.range.start &&
                                          t + 1 < sentence.first_token + sentence.token_count &&
                                          tokens[t + 1].kind == TokenKind::Word;
                if (abbreviation) {
                    continue;
                }
                if (token.kind == TokenKind::Punctuation && is_transparent(mark)) {
                    const bool closes = previous != nullptr && is_closing_quote(mark) &&
                                        closes_right_after(document, previous->token, t);
                    if (closes) {
                        previous->quote_after = true;
                    }
                    quote_open = !closes && is_opening_quote(mark);
                } else {
                    joined = false;
                    quote_open = false;
                }
                continue;
            }
            const std::uint32_t form = intern(token);
            Word& word = words_.emplace_back(); // reserved: `previous` stays valid
            word.token = t;
            word.sentence = s;
            word.prose = prose;
            word.form = form;
            word.id = forms_[form].stem;
            word.function = forms_[form].facts.function;
            word.opens_phrase =
                stems_[word.id].facts.opens_phrase || forms_[form].facts.opens_phrase;
            word.joined = joined;
            word.compound_part = part_of_compound(document, t);
            word.quote_before = quote_open && t > 0 && tokens[t - 1].kind == TokenKind::Punctuation;
            // "Capitalised" until the stems that are names are known (below).
            word.name = !word.function && is_capitalised(document.slice(token.range), token.folded);
            if (word.name && previous != nullptr && !heading) {
                named_stems.push_back(word.id);
            }
            previous = &word;
            joined = true;
            quote_open = false;
        }
    }
    sentence_start_.push_back(static_cast<std::uint32_t>(words_.size()));
    quoted_.assign(words_.size(), false);
    in_quotation_marks_.assign(words_.size(), false);
    quotations.mark(quoted_, in_quotation_marks_);
    // A capitalised word is a name when it is not the first word of its sentence and not in a
    // heading, or when its stem is capitalised in such a place elsewhere in the draft.
    std::vector<std::uint8_t> name_stems(stems_.size(), 0); // a byte, not a bit, per stem
    for (const std::uint32_t stem : named_stems) {
        name_stems[stem] = 1;
    }
    counts_.assign(stems_.size(), 0);
    std::uint32_t content_words = 0; // of the prose
    for (Word& word : words_) {
        word.name = word.name && name_stems[word.id] != 0;
        if (word.prose) {
            ++counts_[word.id];
            content_words += word.content() ? 1U : 0U;
        }
    }
    title_ = find_title();
    mark_reported_speech();
    mark_topics(topic, content_words, name_stems);
}

const Block* DraftWords::find_title() const {
    constexpr std::size_t kMaxTitleWords = 20;
    if (const Block* title = document_.title()) {
        return title;
    }
    if (document_.blocks().empty()) {
        return nullptr;
    }
    const Block& first = document_.blocks().front();
    const std::string_view text = document_.slice(first.range);
    if (first.kind != BlockKind::Paragraph || first.sentence_count != 1 || text.empty() ||
        text.find('\n') != std::string_view::npos || text.back() == '.' ||
        sentence_words(first.first_sentence).size() > kMaxTitleWords) {
        return nullptr;
    }
    return &first;
}

namespace {

/// The line breaks ('\n') in the bytes of `range` (clamped as Text::slice clamps), counted on
/// the text's line index: two binary searches instead of a pass over the bytes.
std::uint32_t line_breaks_in(const Text& text, ByteRange range) {
    if (range.end <= range.start) {
        return 0;
    }
    return text.line_of(range.end).value - text.line_of(range.start).value;
}

} // namespace

void DraftWords::mark_paragraphs() {
    constexpr double kMinLineParagraphShare = 0.75;
    const auto sentences = document_.sentences();
    const Text& text = document_.text();
    paragraph_.assign(sentences.size(), 0);
    std::uint32_t paragraph = 0;
    for (const Block& block : document_.blocks()) {
        const auto inside = document_.sentences_of(block);
        // One paragraph per line when nearly every line break falls between sentences (hard-
        // wrapped prose breaks lines mostly inside sentences).
        const std::size_t breaks = line_breaks_in(text, block.range);
        std::size_t breaks_inside = 0;
        if (inside.size() > 1 && breaks > 0) { // a block of one line is one paragraph
            for (const Sentence& sentence : inside) {
                breaks_inside += line_breaks_in(text, sentence.range);
            }
        }
        const bool per_line = inside.size() > 1 && breaks > 0 &&
                              static_cast<double>(breaks - std::min(breaks, breaks_inside)) >=
                                  kMinLineParagraphShare * static_cast<double>(breaks);
        for (std::size_t i = 0; i < inside.size(); ++i) {
            if (i > 0 && per_line) {
                const ByteOffset from = inside[i - 1].range.end;
                const ByteOffset to = inside[i].range.start;
                const bool line_break_between =
                    from <= to
                        ? line_breaks_in(text, ByteRange{from, to}) > 0
                        // Overlapping sentences: the bytes from `from` on, as ever.
                        : text.view().substr(from.value).find('\n') != std::string_view::npos;
                if (line_break_between) {
                    ++paragraph;
                }
            }
            paragraph_[block.first_sentence + i] = paragraph;
        }
        ++paragraph;
    }
}

namespace {

/// The first word of an attribution's cue, lower-cased, when the content follows the cue
/// ("officials said that ...", "according to the ministry, ..."); std::nullopt otherwise. The
/// attribution reports speech when that word is a verb of saying: a stance ("leaders praised
/// nuanced diplomacy") keeps the author's words, and a parenthetical cue ("..., diplomats say,
/// and ...") does not say where the speech ends.
std::optional<std::string> speech_cue_word(const Document& document,
                                           const Attribution& attribution) {
    const ByteRange cue = attribution.cue;
    const ByteRange content = attribution.content;
    if (content.size() == 0 || cue.size() == 0 || content.start < cue.end) {
        return std::nullopt;
    }
    const std::string_view after = document.text().view().substr(cue.end.value);
    if (after.starts_with(",")) {
        return std::nullopt;
    }
    std::string folded(document.slice(cue));
    folded = folded.substr(0, folded.find(' '));
    std::transform(folded.begin(), folded.end(), folded.begin(), [](char c) {
        return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    });
    return folded;
}

} // namespace

void DraftWords::mark_reported_speech() {
    reported_.assign(words_.size(), false);
    attributed_quote_.assign(words_.size(), false);
    const auto tokens = document_.tokens();
    for (const Attribution& attribution : document_.attributions()) {
        const ByteRange content = attribution.content;
        // Words are in text order: find the first word of the content, then walk it.
        const auto first = std::lower_bound(words_.begin(), words_.end(), content.start,
                                            [&](const Word& word, ByteOffset offset) {
                                                return tokens[word.token].range.start < offset;
                                            });
        const auto begin = static_cast<std::size_t>(first - words_.begin());
        std::size_t end = begin;
        while (end < words_.size() && tokens[words_[end].token].range.end <= content.end) {
            ++end;
        }
        for (std::size_t w = begin; w < end; ++w) {
            attributed_quote_[w] = in_quotation_marks_[w];
        }
        const std::optional<std::string> cue_word = speech_cue_word(document_, attribution);
        if (cue_word && is_reporting_verb(*cue_word)) {
            std::fill(reported_.begin() + static_cast<std::ptrdiff_t>(begin),
                      reported_.begin() + static_cast<std::ptrdiff_t>(end), true);
        }
    }
}

bool DraftWords::is_reporting_verb(const std::string& folded) {
    // A word of the draft has its stem and the stem's facts already: the SDK stems each
    // token's folded form as Stemmer does, and intern() stems the rest with Stemmer.
    const std::uint32_t form = find_form(folded);
    if (form != IdTable<std::string_view>::kNone) {
        return stems_[forms_[form].stem].facts.reporting_verb;
    }
    if (!stemmer_) {
        stemmer_.emplace();
    }
    return lexicon::reporting_verb_stems().contains(stemmer_->stem(folded));
}

std::uint32_t DraftWords::intern_other(const Token& token) {
    const std::string_view base = strip_possessive(token.folded);
    // Each word is hashed once, for the common words', the draft's and the lexicons' tables.
    const std::uint64_t form_hash = IdTable<std::string_view>::hash(base);
    if (const std::uint32_t common_form = common_.forms.find(base, form_hash);
        common_form != IdTable<std::string_view>::kNone) {
        return intern_common_form(common_form); // a possessive of a common word: "biden's"
    }
    const auto [other, added] = other_forms_.insert(base, form_hash);
    if (!added) {
        return form_of_other_[other];
    }
    std::string_view stem = token.stem;
    if (base.size() != token.folded.size()) {
        if (!stemmer_) {
            stemmer_.emplace();
        }
        stem = owned_.emplace_back(stemmer_->stem(base));
    }
    const std::uint32_t stem_id = intern_stem(stem, IdTable<std::string_view>::hash(stem));
    const std::uint32_t form = add_form(base, stem_id, vocabulary_.form(base, form_hash));
    form_of_other_.push_back(form);
    return form;
}

std::uint32_t DraftWords::intern_common_form(std::uint32_t common_form) {
    const std::uint32_t form = form_of_common_.find(common_form);
    return form != SparseIds::kNone ? form : add_common_form(common_form);
}

std::uint32_t DraftWords::add_common_form(std::uint32_t common_form) {
    const std::uint32_t form =
        add_form(common_.forms.key(common_form), intern_common_stem(common_.form_stem[common_form]),
                 common_.form_facts[common_form]);
    form_of_common_.set(common_form, form);
    return form;
}

std::uint32_t DraftWords::intern_common_stem(std::uint32_t common_stem) {
    std::uint32_t stem = stem_of_common_.find(common_stem);
    if (stem == SparseIds::kNone) {
        stem = add_stem(common_.stems.key(common_stem), common_.stem_facts[common_stem]);
        stem_of_common_.set(common_stem, stem);
    }
    return stem;
}

std::uint32_t DraftWords::intern_stem(std::string_view stem, std::uint64_t hash) {
    if (const std::uint32_t common_stem = common_.stems.find(stem, hash);
        common_stem != IdTable<std::string_view>::kNone) {
        return intern_common_stem(common_stem);
    }
    const auto [other, added] = other_stems_.insert(stem, hash);
    if (added) {
        stem_of_other_.push_back(add_stem(stem, vocabulary_.stem(stem, hash)));
    }
    return stem_of_other_[other];
}

std::uint32_t DraftWords::add_form(std::string_view form, std::uint32_t stem,
                                   const FormFacts& facts) {
    forms_.push_back({.text = form, .stem = stem, .facts = facts});
    return static_cast<std::uint32_t>(forms_.size() - 1);
}

std::uint32_t DraftWords::add_stem(std::string_view stem, const StemFacts& facts) {
    stems_.push_back({.text = stem, .facts = facts});
    return static_cast<std::uint32_t>(stems_.size() - 1);
}

std::uint32_t DraftWords::find_form(std::string_view form) const {
    const std::uint64_t hash = IdTable<std::string_view>::hash(form);
    if (const std::uint32_t common_form = common_.forms.find(form, hash);
        common_form != IdTable<std::string_view>::kNone) {
        return form_of_common_.find(common_form); // kNone when the draft does not use it
    }
    const std::uint32_t other = other_forms_.find(form, hash);
    return other == IdTable<std::string_view>::kNone ? other : form_of_other_[other];
}

void DraftWords::mark_topics(const TopicOptions& thresholds, std::uint32_t content_words,
                             const std::vector<std::uint8_t>& name_stems) {
    const auto frequent = static_cast<std::uint32_t>(
        std::max<double>(thresholds.min_count,
                         std::ceil(thresholds.min_share * static_cast<double>(content_words))));
    // A frequent word is a topic word when it keeps varied company ("nuclear weapons", "nuclear
    // war", "nuclear arsenal"); a word that keeps returning beside the same neighbour ("regional
    // stability" six times) is part of a repeated frame, not the topic.
    // Only the neighbours of frequent words are read, so only pairs with one are counted.
    std::vector<std::uint32_t> neighbours(stems_.size(), 0);
    IdTable<std::uint64_t> pairs;
    const Word* previous = nullptr;
    for (const Word& word : words_) {
        if (word.function || !word.prose) {
            continue;
        }
        if (previous != nullptr && previous->sentence == word.sentence &&
            (counts_[previous->id] >= frequent || counts_[word.id] >= frequent)) {
            const auto pair = [](std::uint32_t a, std::uint32_t b) {
                return (static_cast<std::uint64_t>(a) << 32) | b;
            };
            if (pairs.insert(pair(previous->id, word.id)).second) {
                ++neighbours[previous->id];
                ++neighbours[word.id];
            }
        }
        previous = &word;
    }
    topic_.assign(stems_.size(), 0);
    for (std::uint32_t id = 0; id < stems_.size(); ++id) {
        const bool varied = 2 * neighbours[id] >= counts_[id];
        // Names are topic words: the stems of names are those of `name_stems`.
        topic_[id] = name_stems[id] != 0 || stems_[id].facts.generic ||
                     (thresholds.frequent_words && counts_[id] >= frequent && varied);
    }
    // The title names the topic: its content words are the draft's subject, not a frame.
    if (const Block* title = title_) {
        for (const Sentence& sentence : document_.sentences_of(*title)) {
            const auto index = static_cast<std::uint32_t>(&sentence - document_.sentences().data());
            for (const Word& word : sentence_words(index)) {
                if (word.content()) {
                    topic_[word.id] = 1;
                }
            }
        }
    }
    for (Word& word : words_) {
        word.topic = topic_[word.id] != 0;
    }
}

std::span<const Word> DraftWords::sentence_words(std::uint32_t sentence) const {
    return std::span<const Word>(words_).subspan(
        sentence_start_[sentence], sentence_start_[sentence + 1] - sentence_start_[sentence]);
}

ByteRange DraftWords::range(const Word& first, const Word& last) const {
    const auto tokens = document_.tokens();
    return ByteRange{tokens[first.token].range.start, tokens[last.token].range.end};
}

bool DraftWords::written_as_one(const Word& first, const Word& last) const {
    return document_.slice(range(first, last)).find_first_of(" \t\r\n") == std::string_view::npos;
}

bool DraftWords::opposed_in_compound(std::uint32_t word) const {
    if (word == 0 || !words_[word].compound_part ||
        !written_as_one(words_[word - 1], words_[word])) {
        return false;
    }
    const std::string_view prefix = folded(words_[word - 1]);
    return prefix == "anti" || prefix == "counter";
}

bool DraftWords::coordinated(std::uint32_t first, std::uint32_t last) const {
    for (std::uint32_t w = first + 1; w < last; ++w) {
        const std::string_view form = folded(words_[w]);
        if (form == "and" || form == "or" || form == "but" || form == "nor") {
            return true;
        }
    }
    return false;
}

std::string DraftWords::text(ByteRange range) const {
    std::string out;
    bool space = false;
    for (char c : document_.slice(range)) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            space = !out.empty();
            continue;
        }
        if (space) {
            out.push_back(' ');
            space = false;
        }
        out.push_back(c);
    }
    return out;
}

} // namespace parallax::framing
