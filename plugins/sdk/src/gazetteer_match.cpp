// Finding places in a Document's tokens: leftmost-longest matching of the name index.
#include "gazetteer_index.h"
#include "internal.h"

#include <algorithm>
#include <forward_list>
#include <span>
#include <string>
#include <vector>

#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace parallax {

using gazetteer_detail::is_hyphen;
using gazetteer_detail::normalise_word;
using gazetteer_detail::normalises_to_itself;

namespace {

/// A proper noun starts with a capital letter.
bool capitalised(std::string_view text) {
    if (text.empty()) {
        return false;
    }
    if (const auto first = static_cast<unsigned char>(text.front()); first < 0x80U) {
        return first >= 'A' && first <= 'Z'; // the only upper-case ASCII characters
    }
    const std::string_view head = text.substr(0, 4);
    const UChar32 c = icu::UnicodeString::fromUTF8(
                          icu::StringPiece(head.data(), static_cast<std::int32_t>(head.size())))
                          .char32At(0);
    return u_isUUppercase(c) != 0;
}

/// An abbreviation is matched only where it is written in capitals ("US", not "us").
bool written_in_capitals(std::string_view text) {
    const auto apostrophe = text.find_first_of("'\xE2");
    const std::string_view stem = text.substr(0, apostrophe);
    for (const char c : stem) {
        if (c >= 'a' && c <= 'z') {
            return false;
        }
    }
    return !stem.empty();
}

/// The words from one token on, as the matcher compares them with the index: the tokens up to
/// the end of the sentence's part in range, hyphens skipped, taken only as far as the matcher
/// asks and each normalised only when it first compares it (most never are).
class WordsAhead {
public:
    explicit WordsAhead(std::span<const Token> tokens) : tokens_(tokens) {}

    /// Starts over at token `first`, a word, with the words before token `end`.
    void start(std::uint32_t first, std::uint32_t end) {
        words_.clear();
        words_.push_back({first, {}, false});
        next_ = first + 1;
        end_ = end;
    }

    /// Whether there are at least `count` words.
    bool has(std::size_t count) {
        while (words_.size() < count && next_ < end_) {
            if (!is_hyphen(tokens_[next_].folded)) {
                words_.push_back({next_, {}, false});
            }
            ++next_;
        }
        return words_.size() >= count;
    }
    /// Index into Document::tokens() of the k-th word (has(k + 1) first).
    std::uint32_t token(std::size_t k) const { return words_[k].token; }
    /// The k-th word, normalised (has(k + 1) first): the token's folded form, or a string made
    /// for it.
    std::string_view word(std::size_t k) {
        Word& w = words_[k];
        if (!w.normalised) {
            const std::string& folded = tokens_[w.token].folded;
            w.text = normalises_to_itself(folded)
                         ? std::string_view(folded)
                         : std::string_view(respelled_.emplace_front(normalise_word(folded)));
            w.normalised = true;
        }
        return w.text;
    }

private:
    struct Word {
        std::uint32_t token = 0; // index into Document::tokens()
        std::string_view text;   // valid once normalised
        bool normalised = false;
    };

    std::span<const Token> tokens_;
    std::vector<Word> words_;
    std::uint32_t next_ = 0; // the next token to take
    std::uint32_t end_ = 0;
    // The normalised words that differ from their tokens: a list, since the views in words_
    // must stay valid, and most sentences have none (a deque allocates on construction).
    std::forward_list<std::string> respelled_;
};

using Entries = std::vector<NameEntry>; // the index's entries that begin with one word

/// The entries that may begin at a token, by its WordId: a common word's from the index's table,
/// any other's (with a Document's word count) looked up once per Document however often it occurs.
class FirstWords {
public:
    FirstWords(const Gazetteer::Index& index, std::uint32_t word_count)
        : index_(index), common_count_(static_cast<std::uint32_t>(index.common_first_words.size())),
          own_(word_count > common_count_ ? word_count - common_count_ : 0, nullptr) {}

    const Entries& of(const Token& token) {
        const std::uint32_t id = token.word.value;
        if (id < common_count_) {
            return *index_.common_first_words[id];
        }
        if (id - common_count_ >= own_.size()) {
            return index_.entries_beginning(token.folded);
        }
        const Entries*& known = own_[id - common_count_];
        if (known == nullptr) {
            known = &index_.entries_beginning(token.folded);
        }
        return *known;
    }

private:
    const Gazetteer::Index& index_;
    std::uint32_t common_count_;
    std::vector<const Entries*> own_; // by WordId - common_count_: nullptr until looked up
};

/// The longest entry that begins at the first word of `words`, or nullptr. `entries` begin with
/// that word, longest first.
const NameEntry* best_entry(const Document& document, const Entries& entries, WordsAhead& words) {
    const auto tokens = document.tokens();
    const std::string_view word = document.slice(tokens[words.token(0)].range);
    for (const auto& entry : entries) { // longest first
        if (!words.has(entry.words.size())) {
            continue;
        }
        bool same = true;
        for (std::size_t k = 1; k < entry.words.size() && same; ++k) {
            same = words.word(k) == entry.words[k];
        }
        if (!same) {
            continue;
        }
        if (entry.abbreviation ? !written_in_capitals(word) : !capitalised(word)) {
            continue;
        }
        const std::size_t next = entry.words.size();
        // "The Paris agreement", "the Minsk accords": the capital names an event.
        if (entry.form == MentionForm::Capital && words.has(next + 1) &&
            Gazetteer::instance().is_event_noun(words.word(next))) {
            continue;
        }
        // An outlet's name, or an ambiguous country name, that runs on is another
        // name: "The Guardian Council", "Georgia Tech", "Jordan Peterson".
        const bool may_run_on =
            entry.source_only || (entry.words.size() == 1 && entry.form == MentionForm::Name &&
                                  Gazetteer::instance().is_ambiguous_name(entry.words.front()));
        if (may_run_on && words.has(next + 1) &&
            tokens[words.token(next)].kind == TokenKind::Word &&
            capitalised(document.slice(tokens[words.token(next)].range))) {
            continue;
        }
        return &entry;
    }
    return nullptr;
}

/// Finds the names among tokens [first, end) of sentence `sentence_index`, leftmost longest.
void match_tokens(const Document& document, std::uint32_t sentence_index, std::uint32_t first,
                  std::uint32_t end, WordsAhead& words, FirstWords& first_words, bool with_sources,
                  std::vector<PlaceMention>& out) {
    const auto tokens = document.tokens();
    const std::string_view source = document.text().view();
    std::uint32_t t = first;
    while (t < end) {
        const Token& token = tokens[t];
        // A name begins capitalised or in capitals: a word that begins with a lower-case ASCII
        // letter begins none, and most words do, so most lookups are skipped. Hyphens are no
        // words.
        const char head = source[token.range.start.value];
        if ((head >= 'a' && head <= 'z') || is_hyphen(token.folded)) {
            ++t;
            continue;
        }
        const Entries& entries = first_words.of(token);
        if (entries.empty()) {
            ++t;
            continue;
        }
        words.start(t, end);
        const NameEntry* best = best_entry(document, entries, words);
        if (best == nullptr) {
            ++t;
            continue;
        }
        const std::uint32_t last_token = words.token(best->words.size() - 1);
        t = last_token + 1; // the name's words are no other name's
        if (best->source_only && !with_sources) {
            continue; // "Bangkok Post" names an outlet, not Thailand
        }
        PlaceMention mention;
        mention.range = ByteRange{token.range.start, tokens[last_token].range.end};
        mention.kind = best->kind;
        mention.form = best->form;
        mention.id = best->id;
        mention.sentence = sentence_index;
        mention.first_token = words.token(0);
        mention.token_count = last_token - words.token(0) + 1;
        out.push_back(std::move(mention));
    }
}

/// The places named in `range`. `whole_document`: the range is the whole text, and its words'
/// lookups are worth remembering.
std::vector<PlaceMention> find_in(const Document& document, ByteRange range, bool with_sources,
                                  bool whole_document = false) {
    std::vector<PlaceMention> out;
    const auto sentences = document.sentences();
    const auto tokens = document.tokens();
    WordsAhead words(tokens);
    FirstWords first_words(Gazetteer::instance().index(),
                           whole_document ? document.word_count() : 0);
    // Sentences are in text order: start at the first one that ends after the range starts.
    const auto first = std::ranges::upper_bound(sentences, range.start, {},
                                                [](const Sentence& s) { return s.range.end; });
    for (auto s = static_cast<std::uint32_t>(first - sentences.begin()); s < sentences.size();
         ++s) {
        const Sentence& sentence = sentences[s];
        if (range.end <= sentence.range.start) {
            break;
        }
        if (!sentence.range.overlaps(range)) {
            continue;
        }
        // The tokens wholly inside the range are consecutive: those from the first that starts
        // inside it up to the first that ends outside it.
        std::uint32_t first_token = sentence.first_token;
        const std::uint32_t sentence_end = sentence.first_token + sentence.token_count;
        while (first_token < sentence_end && tokens[first_token].range.start < range.start) {
            ++first_token;
        }
        std::uint32_t end = first_token;
        if (first_token < sentence_end && tokens[sentence_end - 1].range.end <= range.end) {
            end = sentence_end; // the last token ends inside, and so do all before it
        }
        while (end < sentence_end && tokens[end].range.end <= range.end) {
            ++end;
        }
        match_tokens(document, s, first_token, end, words, first_words, with_sources, out);
    }
    return out;
}

} // namespace

std::vector<PlaceMention> detail::scan_place_mentions(const Document& document) {
    return find_in(document, ByteRange{ByteOffset{0}, document.text().end()}, false, true);
}

std::vector<PlaceMention> find_place_mentions(const Document& document) {
    const auto mentions = document.place_mentions();
    return {mentions.begin(), mentions.end()};
}

std::vector<PlaceMention> find_place_mentions(const Document& document, ByteRange range) {
    return find_in(document, range, true);
}

} // namespace parallax
