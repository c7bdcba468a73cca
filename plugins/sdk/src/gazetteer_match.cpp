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

/// A sentence's words as the matcher compares them with the index: its tokens in range, hyphens
/// skipped, each normalised only when the matcher first asks for it (most never are).
class SentenceWords {
public:
    explicit SentenceWords(std::span<const Token> tokens) : tokens_(tokens) {}

    void reset() { words_.clear(); }
    void add(std::uint32_t token) { words_.push_back({token, {}, false}); }

    std::size_t size() const { return words_.size(); }
    /// Index into Document::tokens() of the k-th word.
    std::uint32_t token(std::size_t k) const { return words_[k].token; }
    /// The k-th word, normalised: the token's folded form, or a string made for it.
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
    // The normalised words that differ from their tokens: a list, since the views in words_
    // must stay valid, and most sentences have none (a deque allocates on construction).
    std::forward_list<std::string> respelled_;
};

void match_sentence(const Document& document, std::uint32_t sentence_index, SentenceWords& words,
                    bool with_sources, std::vector<PlaceMention>& out) {
    const auto& index = Gazetteer::instance().index();
    const auto tokens = document.tokens();
    const std::string_view source = document.text().view();
    std::size_t i = 0;
    while (i < words.size()) {
        const NameEntry* best = nullptr;
        // A name begins capitalised or in capitals: a word that begins with a lower-case ASCII
        // letter begins none, and most words do, so most lookups are skipped; so are words
        // that begin with a character no name begins with, and (by the filter) nearly all
        // other words that begin none.
        const Token& token = tokens[words.token(i)];
        const char head = source[token.range.start.value];
        const bool may_begin = !(head >= 'a' && head <= 'z') && index.may_begin(token.folded) &&
                               index.may_be_first_word(words.word(i));
        if (const auto it =
                may_begin ? index.by_first_word.find(words.word(i)) : index.by_first_word.end();
            it != index.by_first_word.end()) {
            const std::string_view word = document.slice(token.range);
            for (const auto& entry : it->second) { // longest first
                if (i + entry.words.size() > words.size()) {
                    continue;
                }
                bool same = true;
                for (std::size_t k = 1; k < entry.words.size() && same; ++k) {
                    same = words.word(i + k) == entry.words[k];
                }
                if (!same) {
                    continue;
                }
                if (entry.abbreviation ? !written_in_capitals(word) : !capitalised(word)) {
                    continue;
                }
                const std::size_t next = i + entry.words.size();
                // "The Paris agreement", "the Minsk accords": the capital names an event.
                if (entry.form == MentionForm::Capital && next < words.size() &&
                    Gazetteer::instance().is_event_noun(words.word(next))) {
                    continue;
                }
                // An outlet's name, or an ambiguous country name, that runs on is another
                // name: "The Guardian Council", "Georgia Tech", "Jordan Peterson".
                const bool may_run_on =
                    entry.source_only ||
                    (entry.words.size() == 1 && entry.form == MentionForm::Name &&
                     Gazetteer::instance().is_ambiguous_name(entry.words.front()));
                if (may_run_on && next < words.size() &&
                    tokens[words.token(next)].kind == TokenKind::Word &&
                    capitalised(document.slice(tokens[words.token(next)].range))) {
                    continue;
                }
                best = &entry;
                break;
            }
        }
        if (best == nullptr) {
            ++i;
            continue;
        }
        if (best->source_only && !with_sources) {
            i += best->words.size(); // "Bangkok Post" names an outlet, not Thailand
            continue;
        }
        const std::uint32_t first_token = words.token(i);
        const std::uint32_t last_token = words.token(i + best->words.size() - 1);
        PlaceMention mention;
        mention.range = ByteRange{tokens[first_token].range.start, tokens[last_token].range.end};
        mention.kind = best->kind;
        mention.form = best->form;
        mention.id = best->id;
        mention.sentence = sentence_index;
        mention.first_token = first_token;
        mention.token_count = last_token - first_token + 1;
        out.push_back(std::move(mention));
        i += best->words.size();
    }
}

std::vector<PlaceMention> find_in(const Document& document, ByteRange range, bool with_sources) {
    std::vector<PlaceMention> out;
    const auto sentences = document.sentences();
    const auto tokens = document.tokens();
    SentenceWords words(tokens);
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
        words.reset();
        for (std::uint32_t t = sentence.first_token;
             t < sentence.first_token + sentence.token_count; ++t) {
            const Token& token = tokens[t];
            if (token.range.start < range.start || range.end < token.range.end ||
                is_hyphen(token.folded)) {
                continue;
            }
            words.add(t);
        }
        match_sentence(document, s, words, with_sources, out);
    }
    return out;
}

} // namespace

std::vector<PlaceMention> detail::scan_place_mentions(const Document& document) {
    return find_in(document, ByteRange{ByteOffset{0}, document.text().end()}, false);
}

std::vector<PlaceMention> find_place_mentions(const Document& document) {
    const auto mentions = document.place_mentions();
    return {mentions.begin(), mentions.end()};
}

std::vector<PlaceMention> find_place_mentions(const Document& document, ByteRange range) {
    return find_in(document, range, true);
}

} // namespace parallax
