// Finding places in a Document's tokens: leftmost-longest matching of the name index.
#include "gazetteer_index.h"

#include <algorithm>
#include <deque>
#include <string>

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

struct WordToken {
    std::uint32_t index = 0; // into Document::tokens()
    std::string_view word;   // normalised: the token's folded form, or a string made for it
};

void match_sentence(const Document& document, std::uint32_t sentence_index,
                    std::span<const WordToken> words, bool with_sources,
                    std::vector<PlaceMention>& out) {
    const auto& index = Gazetteer::instance().index();
    const auto tokens = document.tokens();
    std::size_t i = 0;
    while (i < words.size()) {
        const NameEntry* best = nullptr;
        // A name begins capitalised or in capitals: a word that begins with a lower-case ASCII
        // letter begins none, and most words do, so most lookups are skipped.
        const std::string_view word = document.slice(tokens[words[i].index].range);
        const char head = word.empty() ? '\0' : word.front();
        if (const auto it = head >= 'a' && head <= 'z' ? index.by_first_word.end()
                                                       : index.by_first_word.find(words[i].word);
            it != index.by_first_word.end()) {
            for (const auto& entry : it->second) { // longest first
                if (i + entry.words.size() > words.size()) {
                    continue;
                }
                bool same = true;
                for (std::size_t k = 1; k < entry.words.size() && same; ++k) {
                    same = words[i + k].word == entry.words[k];
                }
                if (!same) {
                    continue;
                }
                const std::string_view first = document.slice(tokens[words[i].index].range);
                if (entry.abbreviation ? !written_in_capitals(first) : !capitalised(first)) {
                    continue;
                }
                const std::size_t next = i + entry.words.size();
                // "The Paris agreement", "the Minsk accords": the capital names an event.
                if (entry.form == MentionForm::Capital && next < words.size() &&
                    Gazetteer::instance().is_event_noun(words[next].word)) {
                    continue;
                }
                // An outlet's name, or an ambiguous country name, that runs on is another
                // name: "The Guardian Council", "Georgia Tech", "Jordan Peterson".
                const bool may_run_on =
                    entry.source_only ||
                    (entry.words.size() == 1 && entry.form == MentionForm::Name &&
                     Gazetteer::instance().is_ambiguous_name(entry.words.front()));
                if (may_run_on && next < words.size() &&
                    tokens[words[next].index].kind == TokenKind::Word &&
                    capitalised(document.slice(tokens[words[next].index].range))) {
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
        const auto& first = tokens[words[i].index];
        const auto& last = tokens[words[i + best->words.size() - 1].index];
        PlaceMention mention;
        mention.range = ByteRange{first.range.start, last.range.end};
        mention.kind = best->kind;
        mention.form = best->form;
        mention.id = best->id;
        mention.sentence = sentence_index;
        mention.first_token = words[i].index;
        mention.token_count = words[i + best->words.size() - 1].index - words[i].index + 1;
        out.push_back(std::move(mention));
        i += best->words.size();
    }
}

std::vector<PlaceMention> find_in(const Document& document, ByteRange range, bool with_sources) {
    std::vector<PlaceMention> out;
    const auto sentences = document.sentences();
    const auto tokens = document.tokens();
    std::vector<WordToken> words;
    std::deque<std::string> respelled; // the normalised words that differ from their tokens
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
        words.clear();
        for (std::uint32_t t = sentence.first_token;
             t < sentence.first_token + sentence.token_count; ++t) {
            const Token& token = tokens[t];
            if (token.range.start < range.start || range.end < token.range.end ||
                is_hyphen(token.folded)) {
                continue;
            }
            if (normalises_to_itself(token.folded)) {
                words.push_back({t, token.folded});
            } else {
                words.push_back({t, respelled.emplace_back(normalise_word(token.folded))});
            }
        }
        match_sentence(document, s, words, with_sources, out);
    }
    return out;
}

} // namespace

std::vector<PlaceMention> find_place_mentions(const Document& document) {
    return find_in(document, ByteRange{ByteOffset{0}, document.text().end()}, false);
}

std::vector<PlaceMention> find_place_mentions(const Document& document, ByteRange range) {
    return find_in(document, range, true);
}

} // namespace parallax
