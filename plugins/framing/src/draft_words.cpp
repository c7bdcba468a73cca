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
#include <optional>
#include <string>

namespace parallax::framing {

namespace {

bool is_opening_quote(std::string_view s) {
    return s == "\u201c" || s == "\u2018" || s == "\"" || s == "'" || s == "\u00ab";
}

bool is_closing_quote(std::string_view s) {
    return s == "\u201d" || s == "\u2019" || s == "\"" || s == "'" || s == "\u00bb";
}

/// Punctuation that does not separate the words around it: hyphens inside compounds
/// ("Asia-Pacific", "rules-based") and quotation marks around a label.
bool is_transparent(std::string_view s) {
    return s == "-" || s == "\u2010" || s == "\u2011" || is_opening_quote(s) || is_closing_quote(s);
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

/// "The post … appeared first on …": a syndication footer, not the author's prose.
bool is_boilerplate(std::string_view sentence) {
    return sentence.find("appeared first on") != std::string_view::npos;
}

} // namespace

DraftWords::DraftWords(const Document& document, const TopicOptions& topic,
                       std::uint32_t max_scare_quote_words)
    : document_(document), vocabulary_(lexicon::vocabulary()) {
    const auto tokens = document.tokens();
    // Nearly half the words of a short draft are distinct: room enough not to grow the tables.
    forms_.reserve(tokens.size() / 2);
    stems_.reserve(tokens.size() / 2);
    form_stem_.reserve(tokens.size() / 2);
    form_facts_.reserve(tokens.size() / 2);
    stem_facts_.reserve(tokens.size() / 2);
    words_.reserve(tokens.size());
    form_of_word_.assign(document.word_count(), kNoForm);
    const auto sentences = document.sentences();
    sentence_start_.reserve(sentences.size() + 1);
    prose_.reserve(sentences.size());
    const std::vector<bool> furniture = furniture_lines(document.text());
    for (std::uint32_t s = 0; s < sentences.size(); ++s) {
        const Sentence& sentence = sentences[s];
        sentence_start_.push_back(static_cast<std::uint32_t>(words_.size()));
        const Block& block = document.blocks()[sentence.block];
        const bool prose = !block.quoted && !is_boilerplate(document.slice(sentence.range)) &&
                           !furniture[document.text().line_of(sentence.range.start).value];
        prose_.push_back(prose);
        bool joined = false;
        bool quote_open = false;
        Word* previous = nullptr;
        for (std::uint32_t t = sentence.first_token;
             t < sentence.first_token + sentence.token_count; ++t) {
            const Token& token = tokens[t];
            if (token.kind != TokenKind::Word) {
                const std::string_view mark = document.slice(token.range);
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
            word.id = form_stem_[form];
            word.function = form_facts_[word.form].function;
            word.phrase_word = stem_facts_[word.id].phrase_key != kNoPhraseKey ||
                               form_facts_[word.form].phrase_key != kNoPhraseKey;
            word.joined = joined;
            word.quote_before = quote_open && t > 0 && tokens[t - 1].kind == TokenKind::Punctuation;
            previous = &word;
            joined = true;
            quote_open = false;
        }
    }
    sentence_start_.push_back(static_cast<std::uint32_t>(words_.size()));
    counts_.assign(stems_.size(), 0);
    for (const Word& word : words_) {
        if (word.prose) {
            ++counts_[word.id];
        }
    }
    title_ = find_title();
    mark_paragraphs();
    mark_quotations(max_scare_quote_words);
    mark_reported_speech();
    mark_names();
    mark_topics(topic);
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
        std::size_t breaks_inside = 0;
        for (const Sentence& sentence : inside) {
            breaks_inside += line_breaks_in(text, sentence.range);
        }
        const std::size_t breaks = line_breaks_in(text, block.range);
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

/// Quotation marks pair up within a paragraph: “…”, ‘…’ (a ’ inside a word is an apostrophe
/// and never a token of its own) and straight "…" pairs.
void DraftWords::mark_quotations(std::uint32_t max_scare_quote_words) {
    quoted_.assign(words_.size(), false);
    const auto tokens = document_.tokens();
    const auto sentences = document_.sentences();
    std::uint32_t open_word = 0;
    bool open = false;
    std::uint32_t paragraph = 0;
    std::uint32_t next_word = 0;
    for (std::uint32_t s = 0; s < sentences.size(); ++s) {
        if (s == 0 || paragraph_[s] != paragraph) {
            open = false;
            paragraph = paragraph_[s];
        }
        const Sentence& sentence = sentences[s];
        for (std::uint32_t t = sentence.first_token;
             t < sentence.first_token + sentence.token_count; ++t) {
            if (tokens[t].kind == TokenKind::Word) {
                ++next_word;
                continue;
            }
            const std::string_view mark = document_.slice(tokens[t].range);
            if (mark == "'") {
                continue; // too often an apostrophe or a prime
            }
            if (!open && is_opening_quote(mark)) {
                open = true;
                open_word = next_word;
            } else if (open && is_closing_quote(mark)) {
                open = false;
                if (next_word - open_word > max_scare_quote_words) {
                    std::fill(quoted_.begin() + open_word, quoted_.begin() + next_word, true);
                }
            }
        }
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
    const auto tokens = document_.tokens();
    for (const Attribution& attribution : document_.attributions()) {
        const ByteRange content = attribution.content;
        const std::optional<std::string> cue_word = speech_cue_word(document_, attribution);
        if (!cue_word || !is_reporting_verb(*cue_word)) {
            continue;
        }
        // Words are in text order: find the first word of the content, then walk it.
        const auto first = std::lower_bound(words_.begin(), words_.end(), content.start,
                                            [&](const Word& word, ByteOffset offset) {
                                                return tokens[word.token].range.start < offset;
                                            });
        for (auto it = first; it != words_.end() && tokens[it->token].range.end <= content.end;
             ++it) {
            reported_[static_cast<std::size_t>(it - words_.begin())] = true;
        }
    }
}

bool DraftWords::is_reporting_verb(const std::string& folded) {
    // A word of the draft has its stem and the stem's facts already: the SDK stems each
    // token's folded form as Stemmer does, and intern() stems the rest with Stemmer.
    const std::uint32_t form = forms_.find(folded);
    if (form != IdTable<std::string_view>::kNone) {
        return stem_facts_[form_stem_[form]].reporting_verb;
    }
    if (!stemmer_) {
        stemmer_.emplace();
    }
    return lexicon::reporting_verb_stems().contains(stemmer_->stem(folded));
}

std::uint32_t DraftWords::intern(const Token& token) {
    std::uint32_t& form = form_of_word_[token.word.value];
    if (form == kNoForm) {
        form = intern_new(token);
    }
    return form;
}

namespace {

/// What DraftWords::intern_new works out for a word of the common-words table
/// (parallax/common_words.h): worked out once per process, for every draft.
struct CommonWordFacts {
    std::string_view base; // the form without a possessive ending
    std::uint64_t base_hash = 0;
    std::string_view stem; // the stem of `base`
    std::uint64_t stem_hash = 0;
    FormFacts form;
    StemFacts stem_facts;
};

std::span<const CommonWordFacts> common_word_facts() {
    struct Table {
        std::vector<CommonWordFacts> words; // by WordId
        std::deque<std::string> stems;      // of the bases that differ from their word
    };
    static const Table table = [] {
        Table built;
        const lexicon::Vocabulary& vocabulary = lexicon::vocabulary();
        std::optional<Stemmer> stemmer;
        built.words.reserve(common_words().size());
        for (const CommonWord& word : common_words()) {
            CommonWordFacts& facts = built.words.emplace_back();
            facts.base = strip_possessive(word.folded);
            facts.stem = word.stem;
            if (facts.base.size() != word.folded.size()) {
                if (!stemmer) {
                    stemmer.emplace();
                }
                facts.stem = built.stems.emplace_back(stemmer->stem(facts.base));
            }
            facts.base_hash = IdTable<std::string_view>::hash(facts.base);
            facts.stem_hash = IdTable<std::string_view>::hash(facts.stem);
            facts.form = vocabulary.form(facts.base, facts.base_hash);
            facts.stem_facts = vocabulary.stem(facts.stem, facts.stem_hash);
        }
        return built;
    }();
    return table.words;
}

} // namespace

std::uint32_t DraftWords::intern_new(const Token& token) {
    if (const auto common = common_word_facts(); token.word.value < common.size()) {
        const CommonWordFacts& word = common[token.word.value];
        const auto [form, added] = forms_.insert(word.base, word.base_hash);
        if (added) {
            const auto [id, new_stem] = stems_.insert(word.stem, word.stem_hash);
            if (new_stem) {
                stem_facts_.push_back(word.stem_facts);
            }
            form_stem_.push_back(id);
            form_facts_.push_back(word.form);
        }
        return form;
    }
    const std::string_view base = strip_possessive(token.folded);
    // Each word is hashed once, for the draft's table and the lexicons' alike.
    const std::uint64_t form_hash = IdTable<std::string_view>::hash(base);
    const auto [form, added] = forms_.insert(base, form_hash);
    if (!added) {
        return form;
    }
    std::string_view stem = token.stem;
    if (base.size() != token.folded.size()) {
        if (!stemmer_) {
            stemmer_.emplace();
        }
        stem = owned_.emplace_back(stemmer_->stem(base));
    }
    const std::uint64_t stem_hash = IdTable<std::string_view>::hash(stem);
    const auto [id, new_stem] = stems_.insert(stem, stem_hash);
    if (new_stem) {
        stem_facts_.push_back(vocabulary_.stem(stem, stem_hash));
    }
    form_stem_.push_back(id);
    form_facts_.push_back(vocabulary_.form(base, form_hash));
    return form;
}

/// A capitalised word is a name when it is not the first word of its sentence and not in a
/// heading (headings are often title case), or when its stem is capitalised in such a place
/// elsewhere in the draft.
void DraftWords::mark_names() {
    const auto tokens = document_.tokens();
    const auto sentences = document_.sentences();
    // Word::name holds "capitalised" until the stems that are names are known.
    std::vector<bool> name_stems(stems_.size(), false);
    for (std::uint32_t s = 0; s < sentences.size(); ++s) {
        const bool heading = document_.blocks()[sentences[s].block].kind == BlockKind::Heading;
        const std::uint32_t first = first_word(s);
        const std::uint32_t end = first_word(s + 1);
        for (std::uint32_t index = first; index < end; ++index) {
            Word& word = words_[index];
            const Token& token = tokens[word.token];
            word.name =
                !word.function && is_capitalised(document_.slice(token.range), token.folded);
            if (word.name && index > first && !heading) {
                name_stems[word.id] = true;
            }
        }
    }
    for (Word& word : words_) {
        word.name = word.name && name_stems[word.id];
    }
}

void DraftWords::mark_topics(const TopicOptions& thresholds) {
    std::uint32_t content_words = 0;
    for (const Word& word : words_) {
        content_words += word.content() && word.prose ? 1U : 0U;
    }
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
    topic_.assign(stems_.size(), false);
    for (std::uint32_t id = 0; id < stems_.size(); ++id) {
        const bool varied = 2 * neighbours[id] >= counts_[id];
        topic_[id] = stem_facts_[id].generic ||
                     (thresholds.frequent_words && counts_[id] >= frequent && varied);
    }
    // The title names the topic: its content words are the draft's subject, not a frame.
    if (const Block* title = title_) {
        for (const Sentence& sentence : document_.sentences_of(*title)) {
            const auto index = static_cast<std::uint32_t>(&sentence - document_.sentences().data());
            for (const Word& word : sentence_words(index)) {
                if (word.content()) {
                    topic_[word.id] = true;
                }
            }
        }
    }
    for (Word& word : words_) {
        if (word.name) {
            topic_[word.id] = true;
        }
    }
    for (Word& word : words_) {
        word.topic = topic_[word.id];
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
