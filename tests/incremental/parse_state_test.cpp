// The language server's document store keeps the parse state (syntax trees, block fingerprints)
// of the documents touched last only: a hundred open drafts must not hold a hundred sets of
// syntax trees.
#include "document_store.h"

#include <gtest/gtest.h>

#include <string>

namespace parallax::lsp {
namespace {

std::string uri(std::size_t i) {
    return "file:///draft-" + std::to_string(i) + ".md";
}

void open_and_build(DocumentStore& store, std::size_t i) {
    const std::string text = "Draft " + std::to_string(i) + " said *this*.\n";
    store.open(uri(i), text, 1, DocumentFormat::Markdown);
    store.set_document(uri(i), 1, Document::build(Text(text), DocumentFormat::Markdown));
}

bool has_parse_state(DocumentStore& store, std::size_t i) {
    return store.find(uri(i))->document->has_parse_state();
}

TEST(DocumentStoreParseState, OnlyTheMostRecentlyTouchedDocumentsKeepIt) {
    DocumentStore store;
    const std::size_t count = kDocumentsWithParseState + 3;
    for (std::size_t i = 0; i < count; ++i) {
        open_and_build(store, i);
    }
    for (std::size_t i = 0; i < count; ++i) {
        EXPECT_EQ(has_parse_state(store, i), i >= count - kDocumentsWithParseState) << i;
    }
}

TEST(DocumentStoreParseState, AnEditedDocumentKeepsItOverOlderOnes) {
    DocumentStore store;
    for (std::size_t i = 0; i < kDocumentsWithParseState; ++i) {
        open_and_build(store, i);
    }
    // Document 0 is edited and built again: now the oldest untouched one gives way.
    const std::vector<TextChange> typed{{PositionRange{}, "x"}};
    ASSERT_TRUE(store.change(uri(0), 2, typed, PositionEncoding::Utf16).applied);
    const auto& stored = *store.find(uri(0));
    auto rebuilt =
        Document::build(stored.text, DocumentFormat::Markdown, stored.document.get(), stored.edits);
    const auto replaced = store.set_document(uri(0), 2, std::move(rebuilt));
    ASSERT_NE(replaced, nullptr); // handed back, for the caller to free when it suits
    open_and_build(store, kDocumentsWithParseState);
    EXPECT_TRUE(has_parse_state(store, 0));
    EXPECT_FALSE(has_parse_state(store, 1));
    EXPECT_TRUE(has_parse_state(store, kDocumentsWithParseState));
}

} // namespace
} // namespace parallax::lsp
