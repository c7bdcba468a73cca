// The Document builder and every built-in plugin: any draft (Markdown or plain text) builds a
// Document whose blocks, sentences, tokens and findings lie inside the text, and analyze() runs
// over it. Then one random edit, and the Document is built again reusing the previous parse, as
// the language server does: it must equal a fresh build of the edited text. A Markdown draft
// read as flat prose, without the block grammar (BlockParsing::FlatProse), must equal a build
// that parses it with the grammar, and one whose inert brackets are skipped a build that parses
// them with the inline grammar.
//
// The first byte: bit 0 chooses plain text; the other bits, with the next bytes, place the edit.
// Input is sanitised to UTF-8 first, as the CLI and the server do before building a Document.
#include "fuzz_check.h"

#include "engine.h"
#include "parallax/document.h"
#include "parallax/text.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>

namespace {

using namespace parallax;
using parallax::fuzz::require;

bool inside(ByteRange range, const Text& text) {
    return range.start <= range.end && range.end <= text.end();
}

void check_document(const Document& doc) {
    const Text& text = doc.text();
    for (const Block& block : doc.blocks()) {
        require(inside(block.range, text), "blocks lie inside the text");
        require(block.first_sentence + block.sentence_count <= doc.sentences().size(),
                "a block's sentences exist");
    }
    for (const Sentence& sentence : doc.sentences()) {
        require(inside(sentence.range, text), "sentences lie inside the text");
        require(sentence.block < doc.blocks().size(), "a sentence's block exists");
        require(sentence.first_token + sentence.token_count <= doc.tokens().size(),
                "a sentence's tokens exist");
        for (std::uint32_t c : sentence.citations)
            require(c < doc.citations().size(), "a sentence's citations exist");
    }
    for (const Token& token : doc.tokens())
        require(inside(token.range, text), "tokens lie inside the text");
    for (const Citation& citation : doc.citations())
        require(inside(citation.range, text), "citations lie inside the text");
    for (const ByteRange& range : doc.excluded())
        require(inside(range, text), "excluded ranges lie inside the text");

    const Analysis analysis = analyze(doc);
    for (const Diagnostic& d : analysis.diagnostics) {
        require(inside(d.range, text), "findings lie inside the text");
        for (const RelatedLocation& related : d.related)
            require(inside(related.range, text), "related locations lie inside the text");
        for (const Fix& fix : d.fixes) {
            for (const Replacement& r : fix.replacements)
                require(inside(r.range, text), "fixes lie inside the text");
        }
    }
    if (text.end().value > 0) {
        const ByteOffset middle{text.end().value / 2};
        (void)hover_at(doc, analysis.diagnostics, middle);
    }
}

/// Reusing the previous parse (re-parsed, or the edited tree kept as it is when the edit was
/// typing inside a line of prose) gives the model a fresh build gives. Unparsed ranges are
/// compared unless `unparsed` is false: prose the inline grammar skips has none.
void require_same_model(const Document& reused, const Document& fresh, bool unparsed = true) {
    const auto same_ranges = [](const auto& a, const auto& b, auto range_of) {
        return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                          [&](const auto& x, const auto& y) { return range_of(x) == range_of(y); });
    };
    const auto range = [](const auto& x) { return x.range; };
    require(same_ranges(reused.blocks(), fresh.blocks(), range) &&
                std::equal(reused.blocks().begin(), reused.blocks().end(), fresh.blocks().begin(),
                           fresh.blocks().end(),
                           [](const Block& a, const Block& b) {
                               return a.kind == b.kind && a.heading_level == b.heading_level &&
                                      a.quoted == b.quoted && a.sentence_count == b.sentence_count;
                           }),
            "an incremental build has the blocks of a fresh one");
    require(same_ranges(reused.sentences(), fresh.sentences(), range),
            "an incremental build has the sentences of a fresh one");
    require(same_ranges(reused.tokens(), fresh.tokens(), range),
            "an incremental build has the tokens of a fresh one");
    require(same_ranges(reused.citations(), fresh.citations(), range),
            "an incremental build has the citations of a fresh one");
    require(same_ranges(reused.excluded(), fresh.excluded(), [](ByteRange r) { return r; }),
            "an incremental build sets aside what a fresh one does");
    require(!unparsed ||
                same_ranges(reused.unparsed(), fresh.unparsed(), [](ByteRange r) { return r; }),
            "an incremental build finds the unparsed ranges a fresh one does");
    require(std::equal(reused.citations().begin(), reused.citations().end(),
                       fresh.citations().begin(), fresh.citations().end(),
                       [](const Citation& a, const Citation& b) {
                           return a.kind == b.kind && a.target == b.target;
                       }),
            "an incremental build has the citation targets of a fresh one");
}

/// A draft read as flat prose reads as the block grammar parses it, and prose with inert
/// brackets as the inline grammar parses it.
void require_shortcuts_as_parsed(const Document& doc) {
    if (doc.format() != DocumentFormat::Markdown) {
        return;
    }
    if (doc.block_parsing() == BlockParsing::FlatProse) {
        require_same_model(doc, *Document::build_markdown(doc.text(), {.flat_prose = false}));
    }
    require_same_model(doc, *Document::build_markdown(doc.text(), {.inert_brackets = false}),
                       false);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider in(data, size);
    const DocumentFormat format =
        in.ConsumeBool() ? DocumentFormat::PlainText : DocumentFormat::Markdown;
    const auto edit_start = in.ConsumeIntegral<std::uint16_t>();
    const auto edit_length = in.ConsumeIntegralInRange<std::uint16_t>(0, 64);
    const std::string inserted = sanitize_utf8(in.ConsumeRandomLengthString(32));
    const std::string draft = sanitize_utf8(in.ConsumeRemainingBytesAsString());

    const auto first = Document::build(Text(draft), format);
    check_document(*first);
    require_shortcuts_as_parsed(*first);

    // One edit, by UTF-8 position, re-built on top of the first parse.
    Text edited = first->text();
    const ByteOffset start{edit_start % (edited.end().value + 1)};
    const ByteOffset end{std::min(edited.end().value, start.value + edit_length)};
    const PositionRange range{edited.position_of(start, PositionEncoding::Utf8),
                              edited.position_of(end, PositionEncoding::Utf8)};
    const auto edit = edited.replace(range, inserted, PositionEncoding::Utf8);
    require(edit.has_value(), "a forward edit is accepted");
    if (!is_valid_utf8(edited.view()))
        return 0; // the edit split a character; the server never sees such a text
    const auto second = Document::build(edited, format, first.get(), std::span(&*edit, 1));
    check_document(*second);
    require_same_model(*second, *Document::build(edited, format));
    require_shortcuts_as_parsed(*second);
    return 0;
}
