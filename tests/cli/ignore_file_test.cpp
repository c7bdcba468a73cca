// The .gitignore subset: globs, "**", negation, folder-only patterns, anchoring; and folder walks
// that respect .gitignore and .parallaxignore.

#include "ignore_file.h"
#include "inputs.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace parallax {
namespace {

namespace fs = std::filesystem;

TEST(GlobMatches, StarsQuestionMarksAndClasses) {
    EXPECT_TRUE(glob_matches("*.md", "draft.md"));
    EXPECT_FALSE(glob_matches("*.md", "sub/draft.md")); // '*' stays within a segment
    EXPECT_TRUE(glob_matches("draft-?.md", "draft-1.md"));
    EXPECT_FALSE(glob_matches("draft-?.md", "draft-10.md"));
    EXPECT_TRUE(glob_matches("draft-[0-9].md", "draft-7.md"));
    EXPECT_FALSE(glob_matches("draft-[!0-9].md", "draft-7.md"));
    EXPECT_TRUE(glob_matches("draft-[!0-9].md", "draft-x.md"));
    EXPECT_TRUE(glob_matches("\\*literal", "*literal"));
    EXPECT_FALSE(glob_matches("\\*literal", "xliteral"));
    EXPECT_TRUE(glob_matches("[unclosed", "[unclosed"));
}

TEST(GlobMatches, DoubleStars) {
    EXPECT_TRUE(glob_matches("**/archive", "archive"));
    EXPECT_TRUE(glob_matches("**/archive", "a/b/archive"));
    EXPECT_TRUE(glob_matches("drafts/**", "drafts/a/b.md"));
    EXPECT_FALSE(glob_matches("drafts/**", "drafts"));
    EXPECT_TRUE(glob_matches("a/**/b.md", "a/b.md"));
    EXPECT_TRUE(glob_matches("a/**/b.md", "a/x/y/b.md"));
    EXPECT_FALSE(glob_matches("a/**/b.md", "ab.md"));
}

TEST(IgnoreFile, CommentsBlanksNegationAndLastMatchWins) {
    const IgnoreFile file("# comment\n\n*.txt\n!keep.txt\n\\#hash.md\n  \ntrailing.md   \n");
    EXPECT_EQ(file.excludes("notes.txt", false), true);
    EXPECT_EQ(file.excludes("sub/notes.txt", false), true); // no slash: any depth
    EXPECT_EQ(file.excludes("keep.txt", false), false);
    EXPECT_EQ(file.excludes("#hash.md", false), true);
    EXPECT_EQ(file.excludes("trailing.md", false), true);
    EXPECT_EQ(file.excludes("draft.md", false), std::nullopt);
}

TEST(IgnoreFile, AnchoredAndFolderOnlyPatterns) {
    const IgnoreFile file("/top.md\nbuild/\ndocs/old\r\n");
    EXPECT_EQ(file.excludes("top.md", false), true);
    EXPECT_EQ(file.excludes("sub/top.md", false), std::nullopt); // anchored to its folder
    EXPECT_EQ(file.excludes("build", true), true);
    EXPECT_EQ(file.excludes("build", false), std::nullopt); // a file named build stays
    EXPECT_EQ(file.excludes("x/build", true), true);
    EXPECT_EQ(file.excludes("docs/old", true), true);
    EXPECT_EQ(file.excludes("x/docs/old", true), std::nullopt); // middle slash anchors too
}

class WalkTest : public ::testing::Test {
protected:
    void SetUp() override {
        root_ =
            fs::temp_directory_path() /
            ("parallax-walk-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
             "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(root_);
        fs::create_directories(root_);
    }
    void TearDown() override { fs::remove_all(root_); }
    void write(const std::string& name, const std::string& content = "x") {
        fs::create_directories((root_ / name).parent_path());
        std::ofstream(root_ / name, std::ios::binary) << content;
    }
    std::vector<std::string> walked() const {
        std::vector<std::string> names;
        for (const auto& input : expand_inputs({root_.string()})) {
            names.push_back(fs::path(input.path).lexically_relative(root_).string());
        }
        return names;
    }
    fs::path root_;
};

TEST_F(WalkTest, GitignoreAndParallaxignoreAreRespected) {
    write("a.md");
    write("scratch.md");
    write("build/out.md");
    write("notes/keep.md");
    write("notes/todo.md");
    write("notes/deep/todo.md");
    write("archive/2019/old.md");
    write("archive/2024/new.md");
    write(".git/info.md");
    write(".gitignore", "scratch.md\nbuild/\n/archive/2019/\n");
    write(".parallaxignore", "**/todo.md\n");
    write("notes/.gitignore", "*.md\n!keep.md\n");
    EXPECT_EQ(walked(), (std::vector<std::string>{"a.md", "archive/2024/new.md", "notes/keep.md"}));
}

TEST_F(WalkTest, DeeperIgnoreFilesOverrideShallowerOnes) {
    write("drafts/a.md");
    write("drafts/b.md");
    write(".gitignore", "*.md\n");
    write("drafts/.parallaxignore", "!a.md\n");
    EXPECT_EQ(walked(), (std::vector<std::string>{"drafts/a.md"}));
}

TEST_F(WalkTest, ExcludedFoldersAreNotEntered) {
    write("private/.gitignore", "!secret.md\n");
    write("private/secret.md");
    write(".gitignore", "private/\n");
    EXPECT_TRUE(walked().empty());
}

TEST_F(WalkTest, IgnoreFilesAboveTheFolderCountUpToTheWorkTreeTop) {
    fs::create_directories(root_ / "repo" / ".git");
    write(".gitignore", "*.md\n"); // above the work tree: not read
    write("repo/.gitignore", "/drafts/scratch/\n*.wip.md\n");
    write("repo/drafts/.parallaxignore", "old/\n");
    write("repo/drafts/a.md");
    write("repo/drafts/b.wip.md");
    write("repo/drafts/scratch/c.md");
    write("repo/drafts/sub/d.md");
    write("repo/drafts/sub/old/e.md");
    std::vector<std::string> names;
    for (const auto& input : expand_inputs({(root_ / "repo" / "drafts" / "sub").string(),
                                            (root_ / "repo" / "drafts").string()})) {
        names.push_back(fs::path(input.path).lexically_relative(root_ / "repo").string());
    }
    EXPECT_EQ(names,
              (std::vector<std::string>{"drafts/sub/d.md", "drafts/a.md", "drafts/sub/d.md"}));
}

TEST_F(WalkTest, FilesNamedDirectlyAreCheckedEvenWhenIgnored) {
    write(".gitignore", "*.md\n");
    write("a.md");
    const auto inputs = expand_inputs({(root_ / "a.md").string()});
    ASSERT_EQ(inputs.size(), 1u);
}

} // namespace
} // namespace parallax
