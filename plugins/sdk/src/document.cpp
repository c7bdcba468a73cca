#include "parallax/document.h"
#include "parallax/gazetteer.h"

#include "attribution_finder.h"
#include "internal.h"

#include <algorithm>
#include <cctype>

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

} // namespace

DocumentFormat format_for_path(std::string_view path) {
    const std::string ext = lower_extension(path);
    return ext == "txt" || ext == "text" ? DocumentFormat::PlainText : DocumentFormat::Markdown;
}

Document::Document(Text text, DocumentFormat format)
    : text_(std::move(text)), format_(format), trees_(std::make_unique<Trees>()) {}

Document::~Document() = default;

std::shared_ptr<const Document> Document::build(Text text, DocumentFormat format,
                                                const Document* previous,
                                                std::span<const TextEdit> edits) {
    // make_shared cannot reach the private constructor.
    std::shared_ptr<Document> doc(new Document(std::move(text), format));
    const std::string_view source = doc->text_.view();

    detail::Parsed parsed;
    if (format == DocumentFormat::Markdown) {
        const Trees* old =
            previous != nullptr && previous->format_ == format ? previous->trees_.get() : nullptr;
        parsed = detail::parse_markdown(source, *doc->trees_, old, old ? edits : decltype(edits){});
    } else {
        parsed = detail::parse_plain_text(source);
    }

    detail::SentenceSplitter splitter;
    detail::Tokenizer tokenizer;
    detail::ProseBuffer buffer;
    std::vector<detail::UnitRange> units;
    std::vector<Token> block_tokens;

    doc->blocks_.reserve(parsed.blocks.size());
    for (detail::RawBlock& raw : parsed.blocks) {
        detail::scan_citations(source, raw, parsed.citations);
        buffer.fill(source, raw);
        units.clear();
        splitter.split(buffer, units);
        block_tokens.clear();
        tokenizer.tokenize(buffer, source, block_tokens);

        Block block;
        block.kind = raw.kind;
        block.range = raw.range;
        block.heading_level = raw.heading_level;
        block.quoted = raw.quoted;
        block.first_sentence = static_cast<std::uint32_t>(doc->sentences_.size());
        const auto block_index = static_cast<std::uint32_t>(doc->blocks_.size());

        std::size_t next_token = 0;
        for (const detail::UnitRange& unit : units) {
            Sentence sentence;
            sentence.range = buffer.bytes(unit.start, unit.end);
            sentence.block = block_index;
            // Tokens before this sentence (between trimmed sentences) belong to none.
            while (next_token < block_tokens.size() &&
                   block_tokens[next_token].range.start < sentence.range.start) {
                ++next_token;
            }
            sentence.first_token = static_cast<std::uint32_t>(doc->tokens_.size());
            while (next_token < block_tokens.size() &&
                   block_tokens[next_token].range.start < sentence.range.end) {
                doc->tokens_.push_back(std::move(block_tokens[next_token]));
                ++next_token;
            }
            sentence.token_count =
                static_cast<std::uint32_t>(doc->tokens_.size()) - sentence.first_token;
            doc->sentences_.push_back(std::move(sentence));
        }
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
    doc->excluded_ = std::move(parsed.excluded);
    doc->unparsed_ = std::move(parsed.unparsed);
    doc->attributions_ = detail::find_attributions(*doc);
    assign_attribution_countries(*doc, doc->attributions_);
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
