#include "parallax/document.h"
#include "parallax/gazetteer.h"
#include "parallax/word_hash.h"

#include "attribution_finder.h"
#include "internal.h"
#include "word_ids.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <optional>
#include <unordered_map>

namespace parallax {

namespace {

std::string lower_extension(std::string_view path) {
    const auto slash = path.find_last_of("/\\");
    const auto name = slash == std::string_view::npos ? path : path.substr(slash + 1);
    const auto dot = name.rfind('.');
    if (dot == std::string_view::npos) {
        return {};
    }
    std::string ext(name.substr(dot + 1));
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

/// The sentence a citation belongs to: the one holding its start, else the last sentence of its
/// block that starts before it ("Claim. [3]"), else the block's first.
std::uint32_t owner_sentence(std::span<const Sentence> sentences, std::uint32_t first,
                             std::uint32_t count, ByteOffset at) {
    std::uint32_t owner = first;
    for (std::uint32_t i = first; i < first + count; ++i) {
        if (sentences[i].range.start <= at) {
            owner = i;
        } else {
            break;
        }
    }
    return owner;
}

/// A block's spans relative to its start: with its bytes, all that sentence splitting and
/// tokenizing read.
std::vector<detail::Span> relative_spans(const detail::RawBlock& raw) {
    std::vector<detail::Span> out;
    out.reserve(raw.spans.size());
    const std::uint32_t base = raw.range.start.value;
    for (const detail::Span& span : raw.spans) {
        out.push_back(
            {{ByteOffset{span.range.start.value - base}, ByteOffset{span.range.end.value - base}},
             span.kind});
    }
    return out;
}

bool same_spans(std::span<const detail::Span> a, std::span<const detail::Span> b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const detail::Span& x, const detail::Span& y) {
                          return x.range == y.range && x.kind == y.kind;
                      });
}

std::uint64_t fingerprint(std::string_view bytes, std::span<const detail::Span> spans) {
    std::uint64_t hash = word_hash(bytes); // XXH3: a block's bytes hashed many times faster
    const auto mix = [&](std::uint64_t v) {
        hash ^= v + 0x9e3779b97f4a7c15ULL + (hash << 6) + (hash >> 2);
    };
    for (const detail::Span& span : spans) {
        mix(span.range.start.value);
        mix(span.range.end.value);
        mix(static_cast<std::uint64_t>(span.kind));
    }
    return hash;
}

/// Frees a vector's unused capacity when it is more than an eighth of its size.
template <class T> void shrink_to_fit(std::vector<T>& items) {
    if (items.capacity() - items.size() > items.size() / 8) {
        items.shrink_to_fit();
    }
}

ByteOffset shifted(ByteOffset offset, std::int64_t delta) {
    return ByteOffset{static_cast<std::uint32_t>(static_cast<std::int64_t>(offset.value) + delta)};
}

ByteRange shifted(ByteRange range, std::int64_t delta) {
    return {shifted(range.start, delta), shifted(range.end, delta)};
}

} // namespace

/// What a later build reuses: the syntax trees, and for each block a fingerprint of what its
/// sentences and tokens were made from.
struct Document::Reusable {
    Trees trees;
    std::vector<std::uint64_t> hashes;            // by block
    std::vector<std::vector<detail::Span>> spans; // by block, relative to the block's start
};

namespace {

/// The previous Document's blocks by fingerprint, to find one with the same bytes and spans.
class BlockMatcher {
public:
    BlockMatcher(const Document* previous, const Document::Reusable* reusable)
        : previous_(previous), reusable_(reusable) {
        if (previous_ == nullptr || reusable_ == nullptr) {
            return;
        }
        by_hash_.reserve(reusable_->hashes.size());
        for (std::uint32_t i = 0; i < reusable_->hashes.size(); ++i) {
            by_hash_.try_emplace(reusable_->hashes[i], i); // equal blocks are interchangeable
        }
    }

    /// The index of a previous block with exactly these bytes and spans, or -1.
    std::int64_t find(std::uint64_t hash, std::string_view bytes,
                      std::span<const detail::Span> spans) const {
        const auto it = by_hash_.find(hash);
        if (it == by_hash_.end()) {
            return -1;
        }
        const std::uint32_t i = it->second;
        const bool same = previous_->slice(previous_->blocks()[i].range) == bytes &&
                          same_spans(reusable_->spans[i], spans);
        return same ? static_cast<std::int64_t>(i) : -1;
    }

private:
    const Document* previous_;
    const Document::Reusable* reusable_;
    std::unordered_map<std::uint64_t, std::uint32_t> by_hash_;
};

} // namespace

DocumentFormat format_for_path(std::string_view path) {
    const std::string ext = lower_extension(path);
    return ext == "txt" || ext == "text" ? DocumentFormat::PlainText : DocumentFormat::Markdown;
}

Document::Document(Text text, DocumentFormat format) : text_(std::move(text)), format_(format) {}

Document::~Document() = default;

std::shared_ptr<const Document::Reusable> Document::reusable() const {
    std::lock_guard lock(reusable_mutex_);
    return reusable_;
}

void Document::release_parse_state() const {
    std::shared_ptr<const Reusable> released;
    {
        std::lock_guard lock(reusable_mutex_);
        released = std::move(reusable_);
    }
    // Freed here, outside the lock (or later by a build still holding it).
}

bool Document::has_parse_state() const {
    return reusable() != nullptr;
}

std::shared_ptr<const Document> Document::build(Text text, DocumentFormat format,
                                                const Document* previous,
                                                std::span<const TextEdit> edits) {
    return make(std::move(text), format, previous, edits, MarkdownShortcuts{});
}

std::shared_ptr<const Document> Document::build_markdown(Text text, MarkdownShortcuts shortcuts) {
    return make(std::move(text), DocumentFormat::Markdown, nullptr, {}, shortcuts);
}

std::shared_ptr<const Document> Document::make(Text text, DocumentFormat format,
                                               const Document* previous,
                                               std::span<const TextEdit> edits,
                                               MarkdownShortcuts shortcuts) {
    // make_shared cannot reach the private constructor.
    std::shared_ptr<Document> doc(new Document(std::move(text), format));
    const std::string_view source = doc->text_.view();
    // Held for the whole build: another thread may release it from `previous` meanwhile.
    const std::shared_ptr<const Reusable> old =
        previous != nullptr ? previous->reusable() : nullptr;
    auto reusable = std::make_shared<Reusable>();

    detail::Parsed parsed;
    if (format == DocumentFormat::Markdown) {
        const Trees* old_trees =
            old != nullptr && previous->format_ == format ? &old->trees : nullptr;
        parsed = detail::parse_markdown(
            source, reusable->trees, old_trees,
            old_trees != nullptr ? previous->text_.view() : std::string_view{},
            old_trees != nullptr ? edits : decltype(edits){}, shortcuts);
    } else {
        parsed = detail::parse_plain_text(source);
    }

    const BlockMatcher matcher(previous, old.get());
    // Created on first need: a build that reuses every block never asks ICU for iterators.
    std::optional<detail::SentenceSplitter> splitter;
    std::optional<detail::Tokenizer> tokenizer;
    detail::ProseBuffer buffer;
    std::vector<detail::UnitRange> units;

    doc->blocks_.reserve(parsed.blocks.size());
    if (previous != nullptr) {
        // Most edits keep the size: room for a few more, and no doubling to waste memory.
        doc->tokens_.reserve(previous->tokens_.size() + 64);
        doc->sentences_.reserve(previous->sentences_.size() + 8);
    } else {
        // A draft's tokens grown by doubling moved a few times, each time into fresh memory,
        // and once more to shrink_to_fit below: nearly a third of a long draft's build. Prose
        // has 4.7-5.9 bytes a token (the bench corpus, 1st-99th percentile), so room for one per
        // 5 bytes is mostly enough and mostly not too much to keep.
        std::size_t prose_bytes = 0;
        for (const detail::RawBlock& raw : parsed.blocks) {
            prose_bytes += raw.range.size();
        }
        doc->tokens_.reserve(prose_bytes / 5 + 16);
    }
    // Numbered in token order, in reused blocks as in new ones: the same ids as a fresh build.
    // Room for the distinct words outside the common-words table: about one token in ten of a
    // short draft, far fewer of a long one, hence the cap.
    detail::WordIds word_ids(std::min<std::size_t>(doc->tokens_.capacity() / 8, 1U << 13U),
                             previous != nullptr ? previous->word_count_ : 0);
    reusable->hashes.reserve(parsed.blocks.size());
    reusable->spans.reserve(parsed.blocks.size());
    for (detail::RawBlock& raw : parsed.blocks) {
        detail::scan_citations(source, raw, parsed.citations);

        Block block;
        block.kind = raw.kind;
        block.range = raw.range;
        block.heading_level = raw.heading_level;
        block.quoted = raw.quoted;
        block.first_sentence = static_cast<std::uint32_t>(doc->sentences_.size());
        const auto block_index = static_cast<std::uint32_t>(doc->blocks_.size());

        const std::string_view bytes = source.substr(raw.range.start.value, raw.range.size());
        std::vector<detail::Span> spans = relative_spans(raw);
        const std::uint64_t hash = fingerprint(bytes, spans);
        if (const std::int64_t same = matcher.find(hash, bytes, spans); same >= 0) {
            // The same bytes and markup split and tokenize the same: take the previous
            // block's sentences and tokens, moved to where the block is now.
            ++doc->reused_blocks_;
            const Block& before = previous->blocks_[static_cast<std::size_t>(same)];
            const std::int64_t delta = static_cast<std::int64_t>(raw.range.start.value) -
                                       static_cast<std::int64_t>(before.range.start.value);
            for (const Sentence& old_sentence : previous->sentences_of(before)) {
                Sentence sentence;
                sentence.range = shifted(old_sentence.range, delta);
                sentence.block = block_index;
                sentence.first_token = static_cast<std::uint32_t>(doc->tokens_.size());
                sentence.token_count = old_sentence.token_count;
                for (const Token& old_token : previous->tokens_of(old_sentence)) {
                    Token& token = doc->tokens_.emplace_back(old_token);
                    token.range = shifted(old_token.range, delta);
                    word_ids.reassign(token);
                }
                doc->sentences_.push_back(std::move(sentence));
            }
        } else {
            if (!splitter) {
                splitter.emplace();
                tokenizer.emplace();
            }
            buffer.fill(source, raw);
            units.clear();
            splitter->split(buffer, units);
            // Tokenized straight into the Document, then each sentence takes its run: moving
            // every token from a block's vector into the Document's was a twentieth of a build.
            std::vector<Token>& tokens = doc->tokens_;
            const std::size_t block_first_token = tokens.size();
            tokenizer->tokenize(buffer, source, tokens);

            std::size_t next_token = block_first_token; // the next token to read
            std::size_t kept = block_first_token;       // tokens kept so far
            for (const detail::UnitRange& unit : units) {
                Sentence sentence;
                sentence.range = buffer.bytes(unit.start, unit.end);
                sentence.block = block_index;
                // Tokens before this sentence (between trimmed sentences) belong to none.
                while (next_token < tokens.size() &&
                       tokens[next_token].range.start < sentence.range.start) {
                    ++next_token;
                }
                sentence.first_token = static_cast<std::uint32_t>(kept);
                while (next_token < tokens.size() &&
                       tokens[next_token].range.start < sentence.range.end) {
                    if (kept != next_token) {
                        tokens[kept] = std::move(tokens[next_token]);
                    }
                    ++kept;
                    ++next_token;
                }
                sentence.token_count = static_cast<std::uint32_t>(kept) - sentence.first_token;
                doc->sentences_.push_back(std::move(sentence));
            }
            tokens.erase(tokens.begin() + static_cast<std::ptrdiff_t>(kept), tokens.end());
            // Only the tokens a sentence took, so that a later build reusing the block numbers
            // the words alike.
            for (std::size_t t = block_first_token; t < kept; ++t) {
                word_ids.assign(tokens[t]);
            }
        }
        reusable->hashes.push_back(hash);
        reusable->spans.push_back(std::move(spans));
        block.sentence_count =
            static_cast<std::uint32_t>(doc->sentences_.size()) - block.first_sentence;

        if (block.sentence_count > 0) {
            std::sort(raw.citations.begin(), raw.citations.end(),
                      [&](std::uint32_t a, std::uint32_t b) {
                          return parsed.citations[a].range.start < parsed.citations[b].range.start;
                      });
            for (const std::uint32_t c : raw.citations) {
                const std::uint32_t owner =
                    owner_sentence(doc->sentences_, block.first_sentence, block.sentence_count,
                                   parsed.citations[c].range.start);
                doc->sentences_[owner].citations.push_back(c);
            }
        }
        doc->blocks_.push_back(block);
    }

    // Citations keep the parser's indexes; order them by position and renumber.
    std::vector<std::uint32_t> order(parsed.citations.size());
    for (std::uint32_t i = 0; i < order.size(); ++i) {
        order[i] = i;
    }
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return parsed.citations[a].range.start < parsed.citations[b].range.start;
    });
    std::vector<std::uint32_t> renumber(order.size());
    doc->citations_.reserve(order.size());
    for (std::uint32_t i = 0; i < order.size(); ++i) {
        renumber[order[i]] = i;
        doc->citations_.push_back(std::move(parsed.citations[order[i]]));
    }
    for (Sentence& sentence : doc->sentences_) {
        for (std::uint32_t& c : sentence.citations) {
            c = renumber[c];
        }
        std::sort(sentence.citations.begin(), sentence.citations.end());
    }

    std::sort(parsed.excluded.begin(), parsed.excluded.end(),
              [](ByteRange a, ByteRange b) { return a.start < b.start; });
    // A server keeps a Document per open draft: growth by doubling leaves up to half of the
    // largest vectors unused.
    shrink_to_fit(doc->tokens_);
    shrink_to_fit(doc->sentences_);
    doc->word_count_ = word_ids.size();
    doc->excluded_ = std::move(parsed.excluded);
    doc->unparsed_ = std::move(parsed.unparsed);
    doc->block_parsing_ = parsed.block_parsing;
    // Before the attributions: resolving their sources' countries reads the mentions.
    doc->place_mentions_ = detail::scan_place_mentions(*doc);
    // Attributions are not reused per block: a quotation, a pronoun ("he said") or a country
    // traced back through earlier sentences reaches across blocks.
    doc->attributions_ = detail::find_attributions(*doc);
    assign_attribution_countries(*doc, doc->attributions_);
    doc->reusable_ = std::move(reusable);
    return doc;
}

const Block* Document::title() const {
    for (const Block& block : blocks_) {
        if (block.kind == BlockKind::Heading) {
            return &block;
        }
    }
    return nullptr;
}

std::int64_t Document::sentence_at(ByteOffset offset) const {
    const auto it = std::upper_bound(
        sentences_.begin(), sentences_.end(), offset,
        [](ByteOffset o, const Sentence& sentence) { return o < sentence.range.start; });
    if (it == sentences_.begin()) {
        return -1;
    }
    const auto index = static_cast<std::int64_t>(it - sentences_.begin()) - 1;
    return sentences_[static_cast<std::size_t>(index)].range.contains(offset) ? index : -1;
}

} // namespace parallax
