// word_hash(), the hash of StringSet and StringMap: equal texts hash alike, and the short words
// these sets hold do not collide.

#include "parallax/lexicon.h"
#include "parallax/word_hash.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace parallax {
namespace {

TEST(WordHash, EqualTextsHashAlikeWhateverHoldsThem) {
    const std::string owned = "reportedly";
    const std::string padded = "xx reportedly yy";
    const std::string_view inside = std::string_view(padded).substr(3, owned.size());
    EXPECT_EQ(word_hash(owned), word_hash(inside));
    EXPECT_EQ(word_hash(""), word_hash(std::string_view(padded).substr(0, 0)));
    EXPECT_EQ(StringHash{}(owned), StringHash{}(inside));
}

TEST(WordHash, NoTwoWordsOfUpToThreeLettersCollide) {
    std::vector<std::string> words{""};
    for (std::size_t from = 0, length = 1; length <= 3; ++length) {
        const std::size_t to = words.size();
        for (std::size_t i = from; i < to; ++i) {
            for (char c = 'a'; c <= 'z'; ++c) {
                words.push_back(words[i] + c);
            }
            words.push_back(words[i] + '\'');
        }
        from = to;
    }
    std::unordered_set<std::uint64_t> hashes;
    for (const auto& word : words) {
        hashes.insert(word_hash(word));
    }
    EXPECT_EQ(hashes.size(), words.size());
}

TEST(WordHash, EveryByteAndTheLengthCount) {
    // Up to 40 bytes: the short paths (1-3, 4-7, 8-16 bytes) and the loop over 16-byte blocks.
    const std::string text = "the quick brown fox jumps over the lazy dog, again";
    for (std::size_t length = 1; length <= 40; ++length) {
        const std::string word = text.substr(0, length);
        EXPECT_NE(word_hash(word), word_hash(text.substr(0, length - 1))) << length;
        for (std::size_t i = 0; i < length; ++i) {
            std::string changed = word;
            changed[i] = static_cast<char>(changed[i] ^ 0x20);
            EXPECT_NE(word_hash(word), word_hash(changed)) << length << " " << i;
        }
    }
    // The same bytes with a zero byte more are another text.
    EXPECT_NE(word_hash(std::string_view("ab", 2)), word_hash(std::string_view("ab\0", 3)));
}

TEST(WordHash, StringMapsFindKeysByView) {
    StringMap<int> counts{{"tension", 1}, {"escalation", 2}, {"a-very-long-compound-word", 3}};
    const std::string text = "escalation and a-very-long-compound-word";
    EXPECT_EQ(counts.find(std::string_view(text).substr(0, 10))->second, 2);
    EXPECT_EQ(counts.find(std::string_view(text).substr(15))->second, 3);
    EXPECT_EQ(counts.find(std::string_view("tensions")), counts.end());
}

} // namespace
} // namespace parallax
