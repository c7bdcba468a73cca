#include "glob.h"

#include <gtest/gtest.h>

#include <string>

namespace parallax::config {
namespace {

TEST(Glob, StarStaysWithinAFolder) {
    EXPECT_TRUE(glob_matches("*.md", "a.md"));
    EXPECT_TRUE(glob_matches("*", "a.md"));
    EXPECT_FALSE(glob_matches("*.md", "drafts/a.md"));
    EXPECT_TRUE(glob_matches("drafts/*.md", "drafts/a.md"));
    EXPECT_FALSE(glob_matches("drafts/*.md", "drafts/asia/a.md"));
    EXPECT_TRUE(glob_matches("drafts/*/a.md", "drafts/asia/a.md"));
    EXPECT_FALSE(glob_matches("*.md", "a.markdown"));
}

TEST(Glob, QuestionMarkIsOneCharacterButNotASlash) {
    EXPECT_TRUE(glob_matches("?.md", "a.md"));
    EXPECT_FALSE(glob_matches("?.md", "ab.md"));
    EXPECT_FALSE(glob_matches("a?b", "a/b"));
}

TEST(Glob, DoubleStarCrossesFolders) {
    EXPECT_TRUE(glob_matches("**/*.md", "a.md"));
    EXPECT_TRUE(glob_matches("**/*.md", "x/y/z/a.md"));
    EXPECT_TRUE(glob_matches("drafts/**/*.md", "drafts/a.md"));
    EXPECT_TRUE(glob_matches("drafts/**/*.md", "drafts/2024/asia/a.md"));
    EXPECT_FALSE(glob_matches("drafts/**/*.md", "notes/drafts/a.md"));
    EXPECT_TRUE(glob_matches("drafts/**", "drafts/2024/a.md"));
    EXPECT_TRUE(glob_matches("**/asia/**", "drafts/asia/a.md"));
    EXPECT_FALSE(glob_matches("**/asia/**", "drafts/asian/a.md"));
}

TEST(Glob, LiteralsAndDotSlash) {
    EXPECT_TRUE(glob_matches("./drafts/a.md", "drafts/a.md"));
    EXPECT_TRUE(glob_matches("drafts/a.md", "drafts/a.md"));
    EXPECT_FALSE(glob_matches("drafts/a.md", "drafts/a.mdx"));
    EXPECT_FALSE(glob_matches("", "a.md"));
}

TEST(Glob, ManyStarsStayFast) {
    // Exponential backtracking would not finish; the memo keeps this quadratic.
    const std::string path = std::string(200, 'a') + "/b";
    EXPECT_FALSE(glob_matches("**a**a**a**a**a**a**a**a**a**a**c", path));
    EXPECT_FALSE(glob_matches("*a*a*a*a*a*a*a*a*a*a*a*a*c", std::string(300, 'a')));
}

} // namespace
} // namespace parallax::config
