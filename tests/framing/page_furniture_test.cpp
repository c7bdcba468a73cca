// Page furniture: layout lines of scraped pages that the framing rules must not read as a writer
// repeating themselves.

#include "page_furniture.h"

#include "framing_test_util.h"

#include <gtest/gtest.h>

namespace parallax::framing::test {
namespace {

TEST(PageFurniture, RepeatedLongLinesAndCaptionRunsAreFurniture) {
    const Text text("Should military force be used to stop the caravan at the border?\n"
                    "Should military force be used to stop the caravan at the border?\n"
                    "Hide Caption 1 of 30 Photos: Mass shooting at the festival Crowds run\n"
                    "Hide Caption 2 of 30 Photos: Mass shooting at the festival Police arrive\n"
                    "Hide Caption 3 of 30 Photos: Mass shooting at the festival A vigil\n"
                    "The mayor spoke on Monday about the festival and the victims there.\n");
    const std::vector<bool> furniture = furniture_lines(text);
    EXPECT_EQ(furniture, (std::vector<bool>{true, true, true, true, true, false, false}));
}

TEST(PageFurniture, ShortRefrainsAndTwoSimilarLinesAreProse) {
    const Text text("No one is safe.\n"
                    "No one is safe.\n"
                    "How inconvenient that the synod meets in October this year.\n"
                    "How inconvenient that the synod meets in Rome this year.\n");
    const std::vector<bool> furniture = furniture_lines(text);
    EXPECT_EQ(furniture, (std::vector<bool>{false, false, false, false, false}));
}

TEST(PageFurniture, LinesCompareCaseFoldedWithoutNumbers) {
    // The same eight words, in other case, spacing, punctuation and numbers: furniture. A line
    // with a word more, or one less, is not the same line.
    const Text text("Share this story on Facebook and Twitter now 12\n"
                    "SHARE this story, on facebook -- and twitter   NOW!\n"
                    "Tell this story on Facebook and Twitter now please\n"
                    "Tell this story on Facebook and Twitter now\n");
    EXPECT_EQ(furniture_lines(text), (std::vector<bool>{true, true, false, false, false}));
}

TEST(PageFurniture, LinesOfTheSameLettersInOtherWordsDiffer) {
    // An anagram has the same letters (the cheap test lines pass before their words are
    // compared) but not the same words.
    const Text text("Leaders in the region met at the summit to talk now\n"
                    "Leaders in the region met at the summit to talk won\n"
                    "The same line is here again and then once more\n"
                    "The same line is here again and then once more\n");
    EXPECT_EQ(furniture_lines(text), (std::vector<bool>{false, false, true, true, false}));
}

TEST(PageFurniture, RepeatedLinesAreFoundWithOrWithoutComparingOpeningsFirst) {
    // Openings no longer than a repeated line let only lines whose opening recurs be compared
    // whole; longer openings, or none, leave the test of the lines' letters to do it.
    const Text text("Share this story on Facebook and Twitter now 12\n"
                    "SHARE this story, on facebook -- and twitter   NOW!\n"
                    "Leaders in the region met at the summit to talk now\n"
                    "Leaders in the region met at the summit to talk won\n"
                    "Tell this story on Facebook and Twitter now\n");
    const std::vector<bool> expected{true, true, false, false, false, false};
    EXPECT_EQ(furniture_lines(text), expected);
    EXPECT_EQ(furniture_lines(text, FurnitureOptions{.prefix_words = 0}), expected);
    EXPECT_EQ(furniture_lines(text, FurnitureOptions{.prefix_words = 9}), expected);
}

TEST(PageFurniture, CaptionOpeningsNeedThreeLinesOfTheSameWords) {
    // "Hidden" is not "Hide"; letters beyond ASCII are compared as they are.
    const Text text("Hide Caption 1 of 30 Photos: Caf\u00e9 protest crowd\n"
                    "Hide Caption 2 of 30 Photos: Caf\u00e9 protest police\n"
                    "Hidden Caption 3 of 30 Photos: Caf\u00e9 protest vigil\n"
                    "Hide Caption 4 of 30 Photos: CAF\u00c9 protest march\n"
                    "Hide Caption 5 of 30 Photos: Caf\u00e9 protest end\n");
    EXPECT_EQ(furniture_lines(text), (std::vector<bool>{true, true, false, false, true, false}));
}

TEST(PageFurniture, RepetitionRulesSkipFurniture) {
    std::string draft = "# Manila summit\n\n";
    for (const char* n : {"1", "2", "3"}) {
        draft += std::string("Hide Caption ") + n +
                 " of 9 Photos: Leaders discuss regional stability in Manila\n\n";
    }
    EXPECT_TRUE(check_markdown(draft).empty());
    // The same phrase in prose paragraphs is still a repeated phrase.
    EXPECT_EQ(only(check_markdown("# Manila summit\n\n"
                                  "The deployment could threaten regional stability soon.\n\n"
                                  "Diplomats see trade as the basis of regional stability.\n"),
                   "framing/repeated-phrase")
                  .size(),
              1U);
}

} // namespace
} // namespace parallax::framing::test
