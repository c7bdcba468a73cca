// DraftWords: each distinct form and stem interned once, with what the lexicons say of it.

#include "draft_words.h"
#include "possessive.h"

#include "parallax/lexicon.h"

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
    EXPECT_TRUE(words.form_facts(all[0]).function);      // the
    EXPECT_TRUE(words.facts(all[1]).authority_label);    // regime
    EXPECT_TRUE(words.facts(all[2]).reporting_verb);     // said
    EXPECT_TRUE(words.form_facts(all[4]).neutral_label); // government
    EXPECT_TRUE(words.facts(all[6]).emotive);            // lied
    EXPECT_TRUE(words.facts(all[9]).generic);            // region
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

// stem_facts and form_facts skip the table for a word whose bit in the lexicons' filter is
// clear: every listed word must find its facts.
TEST(DraftWords, EveryListedWordFindsItsLexiconFacts) {
    const auto expect_stems = [](const StemSet& set, bool StemFacts::*flag) {
        for (const std::string& stem : set) {
            EXPECT_TRUE(lexicon::stem_facts(stem).*flag) << stem;
            EXPECT_TRUE(lexicon::stem_facts(stem, IdTable<std::string_view>::hash(stem)).*flag)
                << stem;
        }
    };
    expect_stems(lexicon::generic_stems(), &StemFacts::generic);
    expect_stems(lexicon::authority_label_stems(), &StemFacts::authority_label);
    expect_stems(lexicon::neutral_label_stems(), &StemFacts::neutral_label);
    expect_stems(lexicon::reporting_verb_stems(), &StemFacts::reporting_verb);
    expect_stems(lexicon::emotive_stems(), &StemFacts::emotive);
    for (const std::string& form : lexicon::function_words()) {
        EXPECT_TRUE(lexicon::form_facts(form).function) << form;
    }
    for (const std::string& form : lexicon::emotive_forms()) {
        EXPECT_TRUE(lexicon::form_facts(form).emotive) << form;
    }
    for (const std::string& form : lexicon::neutral_label_forms()) {
        EXPECT_TRUE(lexicon::form_facts(form).neutral_label) << form;
    }
    for (const PhraseEntry& entry : lexicon::stock_phrases()) {
        for (const std::string& part : entry.stems) {
            if (part.starts_with('=')) {
                EXPECT_NE(lexicon::phrase_form_key(part.substr(1)), kNoPhraseKey) << part;
            } else if (part != "*" && part != "<name>") {
                EXPECT_NE(lexicon::phrase_stem_key(part), kNoPhraseKey) << part;
            }
        }
    }
}

// The content after a cue whose first word is a verb of saying is reported speech; the cue
// word's stem comes from the draft's own words.
TEST(DraftWords, MarksTheContentOfReportedSpeech) {
    const std::string text = "Officials said that the talks had failed completely. "
                             "Leaders praised the bold new approach of the envoys. "
                             "Critics say the plan is dead.\n";
    const auto document = Document::build(Text(text), DocumentFormat::PlainText);
    const DraftWords words(*document);
    const auto all = words.words();
    const auto reported = [&](std::string_view form) {
        for (std::uint32_t w = 0; w < all.size(); ++w) {
            if (words.folded(all[w]) == form) {
                return words.reported(w);
            }
        }
        ADD_FAILURE() << "no word " << form;
        return false;
    };
    EXPECT_TRUE(reported("failed"));
    EXPECT_FALSE(reported("officials"));
    EXPECT_FALSE(reported("bold")); // a stance, not speech
    EXPECT_TRUE(reported("dead"));
}

/// Whether the first word of `form` in `text` (plain text) lies inside a quotation.
bool quoted_in(const std::string& text, std::string_view form) {
    const auto document = Document::build(Text(text), DocumentFormat::PlainText);
    const DraftWords words(*document);
    const auto all = words.words();
    for (std::uint32_t w = 0; w < all.size(); ++w) {
        if (words.folded(all[w]) == form) {
            return words.quoted(w);
        }
    }
    ADD_FAILURE() << "no word " << form;
    return false;
}

TEST(DraftWords, AQuotationRunsOnAcrossTheLinesOfPastedCopy) {
    // One sentence a line: the quotation's second sentence is on a line of its own.
    const std::string text = "The senator spoke at noon.\n"
                             "\u201cThe inquiry is a sham from start to finish.\n"
                             "It ends now,\u201d she said.\n"
                             "The vote is on Friday.\n";
    EXPECT_TRUE(quoted_in(text, "sham"));
    EXPECT_TRUE(quoted_in(text, "ends"));
    EXPECT_FALSE(quoted_in(text, "vote"));
}

TEST(DraftWords, AQuotationOfSeveralParagraphsReopensEachOne) {
    const std::string text = "\u201cThe inquiry is a sham from start to finish.\n\n"
                             "\u201cIt ends now,\u201d she said.\n\nThe vote is on Friday.\n";
    EXPECT_TRUE(quoted_in(text, "sham"));
    EXPECT_FALSE(quoted_in(text, "vote"));
}

TEST(DraftWords, AStrayQuotationMarkDoesNotSwallowTheDraft) {
    // A curly mark left open runs on for a few lines only.
    const std::string curly = "He wrote \u201cof the plan.\nTwo.\nThree.\nFour.\nFive.\n"
                              "Six.\nThe rest is the author\u2019s own.\nSeven\u201d.\n";
    EXPECT_FALSE(quoted_in(curly, "rest"));
    // A straight mark is as likely to close as to open: it does not run on at all.
    const std::string straight = "He said \"the plan is dead and buried.\n"
                                 "The talks failed on Friday after a week.\n"
                                 "Then came \"the end\" of it all.\n";
    EXPECT_FALSE(quoted_in(straight, "talks"));
}

TEST(DraftWords, StripsPossessivesOnly) {
    EXPECT_EQ(strip_possessive("nato\u2019s"), "nato");
    EXPECT_EQ(strip_possessive("nato's"), "nato");
    EXPECT_EQ(strip_possessive("states\u2019"), "states");
    EXPECT_EQ(strip_possessive("states'"), "states");
    EXPECT_EQ(strip_possessive("\u2019s"), "\u2019s");
    EXPECT_EQ(strip_possessive("'s"), "'s");
    EXPECT_EQ(strip_possessive("boss"), "boss");
    EXPECT_EQ(strip_possessive("rock'n'roll"), "rock'n'roll");
    EXPECT_EQ(strip_possessive("o'"), "o'");
    EXPECT_EQ(strip_possessive(""), "");
}

TEST(DraftWords, CommonAndOtherWordsGetTheFormsStemsAndFactsOfTheirOwnLookup) {
    // Common words (with facts worked out once per process), their possessives ("government's"
    // is a word of the table, "regime's" a possessive of one), and words outside the table.
    const auto document = Document::build(
        Text("The government's regime said the governments lied. The Zylophane regime's "
             "zylophanes' claims about the nation's nation and Zylophane's government lied."),
        DocumentFormat::PlainText);
    const DraftWords words(*document);
    const lexicon::Vocabulary& vocabulary = lexicon::vocabulary();
    Stemmer stemmer;
    ASSERT_EQ(words.words().size(), 20U);
    for (const Word& word : words.words()) {
        const Token& token = document->tokens()[word.token];
        const std::string_view base = strip_possessive(token.folded);
        const std::string stem = stemmer.stem(base);
        EXPECT_EQ(words.folded(word), base) << token.folded;
        EXPECT_EQ(words.stem(word.id), stem) << token.folded;
        const auto hash = [](std::string_view text) {
            return IdTable<std::string_view>::hash(text);
        };
        const FormFacts form = vocabulary.form(base, hash(base));
        const StemFacts facts = vocabulary.stem(stem, hash(stem));
        EXPECT_EQ(words.form_facts(word).function, form.function) << token.folded;
        EXPECT_EQ(words.form_facts(word).phrase_key, form.phrase_key) << token.folded;
        EXPECT_EQ(words.form_facts(word).emotive, form.emotive) << token.folded;
        EXPECT_EQ(words.facts(word).phrase_key, facts.phrase_key) << token.folded;
        EXPECT_EQ(words.facts(word).generic, facts.generic) << token.folded;
        EXPECT_EQ(words.facts(word).authority_label, facts.authority_label) << token.folded;
        EXPECT_EQ(words.facts(word).neutral_label, facts.neutral_label) << token.folded;
        EXPECT_EQ(words.facts(word).reporting_verb, facts.reporting_verb) << token.folded;
        EXPECT_EQ(words.facts(word).emotive, facts.emotive) << token.folded;
    }
    // One form per distinct base, one stem id per distinct stem.
    const auto all = words.words();
    EXPECT_EQ(all[1].form, all[18].form); // government's, government
    EXPECT_EQ(all[1].id, all[5].id);      // government's, governments: "govern"
    EXPECT_NE(all[1].form, all[5].form);
    EXPECT_EQ(all[9].form, all[2].form);              // regime's, regime
    EXPECT_EQ(all[8].form, all[17].form);             // Zylophane, Zylophane's
    EXPECT_EQ(all[14].form, all[15].form);            // nation's, nation
    EXPECT_TRUE(words.facts(all[2]).authority_label); // regime
    EXPECT_TRUE(words.facts(all[3]).reporting_verb);  // said
    EXPECT_TRUE(words.form_facts(all[0]).function);   // the
}

} // namespace
} // namespace parallax::framing::test
