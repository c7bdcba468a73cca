// DraftWords: each distinct form and stem interned once, with what the lexicons say of it.

#include "draft_words.h"

#include <gtest/gtest.h>

namespace parallax::framing::test {
namespace {

TEST(DraftWords, InternsFormsWithoutPossessiveAndTheirStems) {
    const auto document =
        Document::build(Text("NATO's regime and NATO regimes. The regime of the states' allies."),
                        DocumentFormat::PlainText);
    const DraftWords words(*document);
    const auto all = words.words();
    ASSERT_EQ(all.size(), 11U);
    // "NATO's" and "NATO": one form, one stem.
    EXPECT_EQ(words.folded(all[0]), "nato");
    EXPECT_EQ(all[0].form, all[3].form);
    EXPECT_EQ(all[0].id, all[3].id);
    // "regime" and "regimes": two forms, one stem.
    EXPECT_NE(all[1].form, all[4].form);
    EXPECT_EQ(all[1].id, all[4].id);
    EXPECT_EQ(words.stem(all[1].id), "regim");
    // "states'" keeps its s: the form of "states".
    EXPECT_EQ(words.folded(all[9]), "states");
    EXPECT_EQ(words.stem(all[9].id), "state");
    EXPECT_EQ(words.count(all[1].id), 3U);
    EXPECT_EQ(words.stem_count(), 7U); // nato regim and the of state alli
}

TEST(DraftWords, ReadsTheLexiconsOncePerWord) {
    const auto document =
        Document::build(Text("The regime said the government had lied about the region."),
                        DocumentFormat::PlainText);
    const DraftWords words(*document);
    const auto all = words.words();
    ASSERT_EQ(all.size(), 10U);
    EXPECT_TRUE(words.form_facts(all[0]).function);   // the
    EXPECT_TRUE(words.facts(all[1]).authority_label); // regime
    EXPECT_TRUE(words.facts(all[2]).reporting_verb);  // said
    EXPECT_TRUE(words.facts(all[4]).neutral_label);   // government
    EXPECT_TRUE(words.facts(all[6]).emotive);         // lied
    EXPECT_TRUE(words.facts(all[9]).generic);         // region
    EXPECT_FALSE(words.facts(all[6]).generic);
    EXPECT_FALSE(words.form_facts(all[1]).function);
}

TEST(DraftWords, LexiconFactsOfUnlistedWordsAreEmpty) {
    EXPECT_EQ(lexicon::stem_facts("zyzzyva").phrase_key, kNoPhraseKey);
    EXPECT_FALSE(lexicon::stem_facts("zyzzyva").emotive);
    EXPECT_FALSE(lexicon::form_facts("zyzzyva").function);
    EXPECT_TRUE(lexicon::form_facts("of").function);
    EXPECT_NE(lexicon::phrase_stem_key("threat"), kNoPhraseKey);
}

} // namespace
} // namespace parallax::framing::test
