// The C view mirrors the Document: same ranges, indexes and strings, nothing copied that a
// plugin could outlive.
#include "document_view.h"

#include "test_support.h"

namespace parallax::test {
namespace {

ByteRange range_of(parallax_byte_range r) {
    return ByteRange{ByteOffset{r.start}, ByteOffset{r.end}};
}

const std::string sample =
    "# Quad talks\n\n"
    "Japan's defence ministry said that it welcomed closer information sharing. "
    "Exports rose by 12 percent last year [IISS](https://www.iiss.org/report).\n\n"
    "> Critics say the pact is a mistake.\n";

TEST(DocumentView, MirrorsTheDocument) {
    const auto document = markdown(sample);
    const DocumentView holder(*document);
    const parallax_document_view& view = holder.view();

    EXPECT_EQ(view.struct_size, sizeof(parallax_document_view));
    EXPECT_EQ(view.format, PARALLAX_FORMAT_MARKDOWN);
    EXPECT_EQ(std::string_view(view.text, view.text_size), sample);
    EXPECT_EQ(view.text[view.text_size], '\0');

    ASSERT_EQ(view.block_count, document->blocks().size());
    for (std::uint32_t i = 0; i < view.block_count; ++i) {
        const Block& block = document->blocks()[i];
        EXPECT_EQ(range_of(view.blocks[i].range), block.range);
        EXPECT_EQ(view.blocks[i].quoted, block.quoted ? 1u : 0u);
        EXPECT_EQ(view.blocks[i].first_sentence, block.first_sentence);
        EXPECT_EQ(view.blocks[i].sentence_count, block.sentence_count);
    }
    EXPECT_EQ(view.blocks[0].kind, PARALLAX_BLOCK_HEADING);
    EXPECT_EQ(view.blocks[0].heading_level, 1u);
    EXPECT_EQ(view.blocks[1].kind, PARALLAX_BLOCK_PARAGRAPH);
    EXPECT_EQ(view.blocks[view.block_count - 1].quoted, 1u);

    ASSERT_EQ(view.sentence_count, document->sentences().size());
    for (std::uint32_t i = 0; i < view.sentence_count; ++i) {
        const Sentence& sentence = document->sentences()[i];
        EXPECT_EQ(range_of(view.sentences[i].range), sentence.range);
        EXPECT_EQ(view.sentences[i].block, sentence.block);
        EXPECT_EQ(view.sentences[i].first_token, sentence.first_token);
        EXPECT_EQ(view.sentences[i].token_count, sentence.token_count);
        EXPECT_EQ(view.sentences[i].citation_count, sentence.citations.size());
    }

    ASSERT_EQ(view.token_count, document->tokens().size());
    for (std::uint32_t i = 0; i < view.token_count; ++i) {
        const Token& token = document->tokens()[i];
        EXPECT_EQ(range_of(view.tokens[i].range), token.range);
        EXPECT_EQ(std::string_view(view.tokens[i].folded, view.tokens[i].folded_size),
                  token.folded);
        EXPECT_EQ(std::string_view(view.tokens[i].stem, view.tokens[i].stem_size), token.stem);
        EXPECT_EQ(view.tokens[i].folded[view.tokens[i].folded_size], '\0');
    }
    EXPECT_EQ(std::string_view(view.tokens[0].folded), "quad");
    EXPECT_EQ(view.tokens[0].kind, PARALLAX_TOKEN_WORD);

    ASSERT_EQ(view.attribution_count, document->attributions().size());
    for (std::uint32_t i = 0; i < view.attribution_count; ++i) {
        const Attribution& a = document->attributions()[i];
        EXPECT_EQ(range_of(view.attributions[i].source), a.source);
        EXPECT_EQ(range_of(view.attributions[i].cue), a.cue);
        EXPECT_EQ(range_of(view.attributions[i].content), a.content);
        EXPECT_EQ(view.attributions[i].sentence, a.sentence);
        EXPECT_EQ(view.attributions[i].vague, a.vague ? 1u : 0u);
        EXPECT_EQ(std::string_view(view.attributions[i].country), a.country);
        ASSERT_EQ(view.attributions[i].support_count, a.supports.size());
    }
}

TEST(DocumentView, ListsWhoSaidWhat) {
    const auto document = markdown(sample);
    const DocumentView holder(*document);
    const parallax_document_view& view = holder.view();
    ASSERT_GE(view.attribution_count, 1u);
    const parallax_attribution& japan = view.attributions[0];
    EXPECT_EQ(document->slice(range_of(japan.source)), "Japan's defence ministry");
    EXPECT_EQ(document->slice(range_of(japan.cue)), "said");
    EXPECT_EQ(std::string_view(japan.country), "JP");
    EXPECT_EQ(japan.vague, 0u);
}

TEST(DocumentView, GroupsCitationsBySentence) {
    const auto document = markdown(sample);
    const DocumentView holder(*document);
    const parallax_document_view& view = holder.view();
    ASSERT_EQ(view.citation_count, 1u);
    const parallax_citation& link = view.citations[0];
    EXPECT_EQ(link.kind, PARALLAX_CITATION_LINK);
    EXPECT_EQ(std::string_view(link.target), "https://www.iiss.org/report");
    const parallax_sentence& cited = view.sentences[link.sentence];
    EXPECT_EQ(cited.first_citation, 0u);
    EXPECT_EQ(cited.citation_count, 1u);
    EXPECT_NE(document->slice(range_of(cited.range)).find("Exports rose"), std::string::npos);
}

TEST(DocumentView, AnEmptyDocumentHasEmptyArrays) {
    const auto document = Document::build(Text(std::string()), DocumentFormat::PlainText);
    const DocumentView holder(*document);
    const parallax_document_view& view = holder.view();
    EXPECT_EQ(view.format, PARALLAX_FORMAT_PLAIN_TEXT);
    EXPECT_EQ(view.text_size, 0u);
    EXPECT_EQ(view.text[0], '\0');
    EXPECT_EQ(view.sentence_count, 0u);
    EXPECT_EQ(view.token_count, 0u);
    EXPECT_EQ(view.attribution_count, 0u);
}

} // namespace
} // namespace parallax::test
