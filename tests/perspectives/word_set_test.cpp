// The perspectives word lists: WordSet and the shape filter in front of its hash set.

#include "lexicon.h"

#include <gtest/gtest.h>

#include <string>

namespace parallax::perspectives::test {
namespace {

TEST(WordShapes, NeverRejectsAnAddedWord) {
    WordShapes shapes;
    const std::string long_word(40, 'x');
    for (std::string_view word : {"countries", "a", "\xE2\x80\x9C", "(", "many"}) {
        shapes.add(word);
        EXPECT_TRUE(shapes.may_contain(word)) << word;
    }
    shapes.add(long_word);
    EXPECT_TRUE(shapes.may_contain(long_word));
}

TEST(WordShapes, RejectsWordsOfAnUnseenShape) {
    WordShapes shapes;
    shapes.add("countries");
    shapes.add("many");
    EXPECT_FALSE(shapes.may_contain(""));
    EXPECT_FALSE(shapes.may_contain("country"));   // length
    EXPECT_FALSE(shapes.may_contain("bountries")); // first byte
    EXPECT_FALSE(shapes.may_contain("countriez")); // last byte
    EXPECT_FALSE(shapes.may_contain("mans"));      // a last byte no four-letter word has
    EXPECT_TRUE(shapes.may_contain("cauntries"));  // the shape of "countries": may be one
}

TEST(WordShapes, AddingASetAddsItsShapes) {
    WordShapes nouns;
    nouns.add("states");
    WordShapes all;
    all.add("many");
    all.add(nouns);
    EXPECT_TRUE(all.may_contain("states"));
    EXPECT_TRUE(all.may_contain("many"));
    EXPECT_FALSE(all.may_contain("the"));
}

TEST(WordSet, FindsItsWordsAndOnlyThem) {
    const WordSet set("# comment\ncountries\nnations \r\n\n\xE2\x80\x9C\n");
    EXPECT_TRUE(set.contains("countries"));
    EXPECT_TRUE(set.contains("nations"));
    EXPECT_TRUE(set.contains("\xE2\x80\x9C"));
    EXPECT_FALSE(set.contains("notions")); // passes the shape filter, not in the set
    EXPECT_FALSE(set.contains("# comment"));
    EXPECT_FALSE(set.contains(""));
    EXPECT_FALSE(set.contains("the"));
}

TEST(WordSet, UnionHoldsTheWordsOfEverySet) {
    const WordSet nouns("countries\nstates\n");
    const WordSet pronouns("many\nsome\n");
    const WordSet all = WordSet::union_of({&nouns, &pronouns});
    for (std::string_view word : {"countries", "states", "many", "some"}) {
        EXPECT_TRUE(all.contains(word)) << word;
    }
    EXPECT_FALSE(all.contains("mane"));
    EXPECT_FALSE(all.contains("region"));
}

TEST(WordSet, TheEmbeddedOpenersAreFound) {
    const Lexicon& words = lexicon();
    EXPECT_TRUE(words.collective_nouns.contains("countries"));
    EXPECT_TRUE(words.collective_pronouns.contains("observers"));
    EXPECT_TRUE(words.regional_adjectives.contains("neighbouring"));
    EXPECT_TRUE(words.subject_openers.contains("\xE2\x80\x9C"));
    EXPECT_FALSE(words.collective_nouns.contains("country"));
}

} // namespace
} // namespace parallax::perspectives::test
