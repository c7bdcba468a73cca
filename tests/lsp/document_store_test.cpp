#include "document_store.h"

#include <gtest/gtest.h>

namespace parallax::lsp {
namespace {

PositionRange range(std::uint32_t l1, std::uint32_t c1, std::uint32_t l2, std::uint32_t c2) {
    return {{LineNumber{l1}, c1}, {LineNumber{l2}, c2}};
}

TEST(DocumentStore, OpenFindClose) {
    DocumentStore store;
    store.open("file:///a.md", "hello", 1, DocumentFormat::Markdown);
    ASSERT_NE(store.find("file:///a.md"), nullptr);
    EXPECT_EQ(store.find("file:///a.md")->text.str(), "hello");
    EXPECT_TRUE(store.close("file:///a.md"));
    EXPECT_FALSE(store.close("file:///a.md"));
    EXPECT_EQ(store.find("file:///a.md"), nullptr);
}

TEST(DocumentStore, IncrementalAndFullChanges) {
    DocumentStore store;
    store.open("u", "one\ntwo", 1, DocumentFormat::Markdown);
    std::vector<TextChange> changes{{range(1, 0, 1, 3), "2"}, {range(0, 0, 0, 0), ">"}};
    ASSERT_TRUE(store.change("u", 2, changes, PositionEncoding::Utf16).applied);
    EXPECT_EQ(store.find("u")->text.str(), ">one\n2");
    EXPECT_EQ(store.find("u")->version, 2);

    std::vector<TextChange> full{{std::nullopt, "fresh"}};
    ASSERT_TRUE(store.change("u", 3, full, PositionEncoding::Utf16).applied);
    EXPECT_EQ(store.find("u")->text.str(), "fresh");
    EXPECT_TRUE(store.find("u")->rebuild);
}

TEST(DocumentStore, Utf16ColumnsAfterAnEmoji) {
    DocumentStore store;
    store.open("u", "a😀b", 1, DocumentFormat::Markdown);
    // The emoji is two UTF-16 units: "b" is at column 3.
    std::vector<TextChange> changes{{range(0, 3, 0, 4), "c"}};
    ASSERT_TRUE(store.change("u", 2, changes, PositionEncoding::Utf16).applied);
    EXPECT_EQ(store.find("u")->text.str(), "a😀c");
    // In UTF-8 the emoji is four bytes: "c" is at column 5.
    std::vector<TextChange> utf8{{range(0, 5, 0, 6), "d"}};
    ASSERT_TRUE(store.change("u", 3, utf8, PositionEncoding::Utf8).applied);
    EXPECT_EQ(store.find("u")->text.str(), "a😀d");
}

TEST(DocumentStore, OutOfRangeIsClamped) {
    DocumentStore store;
    store.open("u", "abc\ndef", 1, DocumentFormat::Markdown);
    std::vector<TextChange> changes{{range(1, 1, 9, 99), "!"}};
    ASSERT_TRUE(store.change("u", 2, changes, PositionEncoding::Utf16).applied);
    EXPECT_EQ(store.find("u")->text.str(), "abc\nd!");
}

TEST(DocumentStore, ReversedRangeLeavesTheDocumentIntact) {
    DocumentStore store;
    store.open("u", "abc", 1, DocumentFormat::Markdown);
    std::vector<TextChange> changes{{range(0, 0, 0, 1), "X"}, {range(0, 2, 0, 1), "Y"}};
    ChangeResult result = store.change("u", 2, changes, PositionEncoding::Utf16);
    EXPECT_FALSE(result.applied);
    EXPECT_NE(result.error.find("contentChanges[1].range"), std::string::npos) << result.error;
    EXPECT_EQ(store.find("u")->text.str(), "abc");
    EXPECT_EQ(store.find("u")->version, 1);
}

TEST(DocumentStore, ChangeOfAnUnknownDocument) {
    DocumentStore store;
    std::vector<TextChange> changes{{std::nullopt, "x"}};
    EXPECT_FALSE(store.change("nope", 1, changes, PositionEncoding::Utf16).applied);
}

TEST(DocumentStore, InvalidUtf8IsKeptWithoutCrashing) {
    DocumentStore store;
    store.open("u",
               std::string("a\xff"
                           "b"),
               1, DocumentFormat::Markdown);
    std::vector<TextChange> changes{{range(0, 1, 0, 2), "z"}};
    ASSERT_TRUE(store.change("u", 2, changes, PositionEncoding::Utf16).applied);
    EXPECT_EQ(store.find("u")->text.str(), "azb");
}

TEST(DocumentStore, EditsAccumulateUntilADocumentIsSet) {
    DocumentStore store;
    store.open("u", "abc", 1, DocumentFormat::Markdown);
    auto built = Document::build(Text("abc"), DocumentFormat::Markdown);
    store.set_document("u", 1, built);
    EXPECT_FALSE(store.find("u")->rebuild);
    std::vector<TextChange> changes{{range(0, 0, 0, 0), "x"}};
    ASSERT_TRUE(store.change("u", 2, changes, PositionEncoding::Utf16).applied);
    EXPECT_EQ(store.find("u")->edits.size(), 1u);
    store.set_document("u", 1, built); // an older version: ignored
    EXPECT_EQ(store.find("u")->edits.size(), 1u);
}

TEST(DocumentStore, FormatFromLanguageOrPath) {
    EXPECT_EQ(format_for("markdown", "file:///a.txt"), DocumentFormat::Markdown);
    EXPECT_EQ(format_for("plaintext", "file:///a.md"), DocumentFormat::PlainText);
    EXPECT_EQ(format_for("", "file:///a.txt"), DocumentFormat::PlainText);
}

} // namespace
} // namespace parallax::lsp
