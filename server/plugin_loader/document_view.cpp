#include "document_view.h"

namespace parallax {
namespace {

parallax_byte_range c_range(ByteRange range) {
    return {range.start.value, range.end.value};
}

std::uint32_t count(std::size_t size) {
    return static_cast<std::uint32_t>(size);
}

std::uint32_t block_kind(BlockKind kind) {
    switch (kind) {
    case BlockKind::Heading:
        return PARALLAX_BLOCK_HEADING;
    case BlockKind::Paragraph:
        return PARALLAX_BLOCK_PARAGRAPH;
    case BlockKind::ListItem:
        return PARALLAX_BLOCK_LIST_ITEM;
    case BlockKind::TableCell:
        return PARALLAX_BLOCK_TABLE_CELL;
    }
    return PARALLAX_BLOCK_PARAGRAPH;
}

std::uint32_t token_kind(TokenKind kind) {
    switch (kind) {
    case TokenKind::Word:
        return PARALLAX_TOKEN_WORD;
    case TokenKind::Number:
        return PARALLAX_TOKEN_NUMBER;
    case TokenKind::Punctuation:
        return PARALLAX_TOKEN_PUNCTUATION;
    case TokenKind::Symbol:
        return PARALLAX_TOKEN_SYMBOL;
    }
    return PARALLAX_TOKEN_SYMBOL;
}

std::uint32_t citation_kind(Citation::Kind kind) {
    switch (kind) {
    case Citation::Kind::Link:
        return PARALLAX_CITATION_LINK;
    case Citation::Kind::Footnote:
        return PARALLAX_CITATION_FOOTNOTE;
    case Citation::Kind::Bracketed:
        return PARALLAX_CITATION_BRACKETED;
    case Citation::Kind::Parenthetical:
        return PARALLAX_CITATION_PARENTHETICAL;
    }
    return PARALLAX_CITATION_LINK;
}

} // namespace

DocumentView::DocumentView(const Document& document) {
    blocks_.reserve(document.blocks().size());
    for (const Block& block : document.blocks()) {
        blocks_.push_back({c_range(block.range), block_kind(block.kind),
                           static_cast<std::uint32_t>(block.heading_level), block.quoted ? 1u : 0u,
                           block.first_sentence, block.sentence_count});
    }

    std::size_t attached = 0;
    for (const Sentence& sentence : document.sentences()) {
        attached += sentence.citations.size();
    }
    const std::span<const Citation> citations = document.citations();
    citations_.reserve(attached);
    sentences_.reserve(document.sentences().size());
    for (const Sentence& sentence : document.sentences()) {
        const auto index = count(sentences_.size());
        const auto first_citation = count(citations_.size());
        for (const std::uint32_t c : sentence.citations) {
            if (c < citations.size()) {
                const Citation& citation = citations[c];
                citations_.push_back({c_range(citation.range), citation_kind(citation.kind), index,
                                      citation.target.c_str()});
            }
        }
        sentences_.push_back({c_range(sentence.range), sentence.block, sentence.first_token,
                              sentence.token_count, first_citation,
                              count(citations_.size()) - first_citation});
    }

    tokens_.reserve(document.tokens().size());
    for (const Token& token : document.tokens()) {
        tokens_.push_back({c_range(token.range), token_kind(token.kind), count(token.folded.size()),
                           token.folded.c_str(), count(token.stem.size()), token.stem.c_str()});
    }

    attributions_.reserve(document.attributions().size());
    for (const Attribution& a : document.attributions()) {
        attributions_.push_back({c_range(a.source), c_range(a.cue), c_range(a.content), a.sentence,
                                 a.vague ? 1u : 0u, a.country.c_str(), a.supports.data(),
                                 count(a.supports.size())});
    }

    const std::string& text = document.text().str();
    view_.struct_size = sizeof(parallax_document_view);
    view_.format = document.format() == DocumentFormat::PlainText ? PARALLAX_FORMAT_PLAIN_TEXT
                                                                  : PARALLAX_FORMAT_MARKDOWN;
    view_.text = text.c_str();
    view_.text_size = count(text.size());
    view_.block_count = count(blocks_.size());
    view_.blocks = blocks_.data();
    view_.sentences = sentences_.data();
    view_.sentence_count = count(sentences_.size());
    view_.token_count = count(tokens_.size());
    view_.tokens = tokens_.data();
    view_.citations = citations_.data();
    view_.citation_count = count(citations_.size());
    view_.attribution_count = count(attributions_.size());
    view_.attributions = attributions_.data();
}

} // namespace parallax
