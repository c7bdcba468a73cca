// The dense-id hash tables the framing rules intern words and n-grams with.

#include "id_table.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace parallax::framing::test {
namespace {

TEST(IdTable, GivesDenseIdsInOrderOfFirstInsertion) {
    IdTable<std::string_view> table;
    EXPECT_EQ(table.insert("nato"), std::make_pair(0U, true));
    EXPECT_EQ(table.insert("regime"), std::make_pair(1U, true));
    EXPECT_EQ(table.insert("nato"), std::make_pair(0U, false));
    EXPECT_EQ(table.size(), 2U);
    EXPECT_EQ(table.key(1), "regime");
    EXPECT_EQ(table.find("regime"), 1U);
    EXPECT_EQ(table.find("junta"), IdTable<std::string_view>::kNone);
}

TEST(IdTable, TellsApartStringsOfEveryLength) {
    // Strings that share their first and last bytes, differ in one byte in the middle, hold a
    // NUL or differ only in length stay apart.
    const std::vector<std::string> words = {"",
                                            "a",
                                            "ab",
                                            "aab",
                                            "abb",
                                            "abcd",
                                            "abdd",
                                            "abcde",
                                            "abxde",
                                            "abcdefgh",
                                            "abcdxfgh",
                                            "abcdefghi",
                                            "abcdefgxi",
                                            "abcdefghij",
                                            "xbcdefghij",
                                            "abcdefghijklmnopq",
                                            "abcdefghijklmnopr",
                                            "a\0b",
                                            std::string("a\0b", 3),
                                            std::string("ab\0", 3)};
    IdTable<std::string_view> table;
    std::vector<std::uint32_t> ids;
    for (const std::string& word : words) {
        ids.push_back(table.insert(word).first);
    }
    for (std::size_t i = 0; i < words.size(); ++i) {
        EXPECT_EQ(table.find(words[i]), ids[i]) << i;
        EXPECT_EQ(table.key(ids[i]), words[i]) << i;
    }
    // "a\0b" as a C string is "a": the same key as words[1].
    EXPECT_EQ(table.size(), words.size() - 1);
}

TEST(IdTable, TakesTheHashOfAKeyFromTheCaller) {
    IdTable<std::string_view> table;
    const std::uint64_t hash = IdTable<std::string_view>::hash("regime");
    EXPECT_EQ(hash, IdTable<std::string_view>::hash(std::string("regime")));
    EXPECT_EQ(table.insert("regime", hash), std::make_pair(0U, true));
    EXPECT_EQ(table.insert("regime"), std::make_pair(0U, false));
    EXPECT_EQ(table.find("regime", hash), 0U);
    EXPECT_EQ(table.insert("junta", IdTable<std::string_view>::hash("junta")),
              std::make_pair(1U, true));
    EXPECT_EQ(table.find("junta"), 1U);
    EXPECT_EQ(IdTable<std::uint64_t>::hash(7), IdTable<std::uint64_t>::hash(7));
    EXPECT_NE(IdTable<std::uint64_t>::hash(7), IdTable<std::uint64_t>::hash(8));
}

// Keys with equal hashes are compared byte for byte: every length, a difference at every place.
TEST(IdTable, ComparesKeysByEveryByte) {
    for (std::size_t length = 0; length <= 20; ++length) {
        const std::string word(length, 'a');
        EXPECT_TRUE(detail::same_bytes(word, std::string(length, 'a')));
        EXPECT_FALSE(detail::same_bytes(word, word + "a"));
        for (std::size_t at = 0; at < length; ++at) {
            std::string other = word;
            other[at] = 'b';
            EXPECT_FALSE(detail::same_bytes(word, other)) << length << " " << at;
        }
    }
}

TEST(IdTable, GrowsAndClears) {
    IdTable<std::uint64_t> table;
    for (std::uint64_t key = 0; key < 10000; ++key) {
        ASSERT_EQ(table.insert(key * 7919).first, key);
    }
    for (std::uint64_t key = 0; key < 10000; ++key) {
        ASSERT_EQ(table.find(key * 7919), key);
    }
    EXPECT_EQ(table.find(1), IdTable<std::uint64_t>::kNone);
    table.clear();
    EXPECT_EQ(table.size(), 0U);
    EXPECT_EQ(table.find(7919), IdTable<std::uint64_t>::kNone);
    EXPECT_EQ(table.insert(42).first, 0U);
}

TEST(SparseIds, FindsOnlyTheKeysThatWereSet) {
    SparseIds ids(200);
    EXPECT_EQ(ids.keys(), 200U);
    for (std::uint32_t key = 0; key < 200; ++key) {
        ASSERT_EQ(ids.find(key), SparseIds::kNone);
    }
    ids.set(0, 7);
    ids.set(63, 0);
    ids.set(64, 1);
    ids.set(199, 2);
    EXPECT_EQ(ids.find(0), 7U);
    EXPECT_EQ(ids.find(63), 0U);
    EXPECT_EQ(ids.find(64), 1U);
    EXPECT_EQ(ids.find(199), 2U);
    EXPECT_EQ(ids.find(1), SparseIds::kNone);
    EXPECT_EQ(ids.find(65), SparseIds::kNone);
    ids.set(0, 3); // set again: the new id
    EXPECT_EQ(ids.find(0), 3U);
}

TEST(SparseIds, HoldsNoKeysWhenEmpty) {
    const SparseIds ids;
    EXPECT_EQ(ids.keys(), 0U);
}

} // namespace
} // namespace parallax::framing::test
