// `parallax check` in-process: the JSON findings contract, the text format, inputs.

#include "changed_lines.h"
#include "check_command.h"
#include "inputs.h"
#include "rule_filter.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

namespace parallax {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

class CheckCommandTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ =
            fs::temp_directory_path() /
            ("parallax-cli-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
             "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }

    std::string write(const std::string& name, const std::string& content) {
        const fs::path path = dir_ / name;
        fs::create_directories(path.parent_path());
        std::ofstream(path, std::ios::binary) << content;
        return path.string();
    }

    struct Run {
        int status;
        std::string out;
        std::string err;
    };
    Run run(CheckOptions options) {
        std::ostringstream out, err;
        const int status = run_check(options, out, err);
        return {status, out.str(), err.str()};
    }

    fs::path dir_;
};

TEST_F(CheckCommandTest, JsonFollowsTheFindingsContract) {
    // The emoji before the finding makes UTF-16 columns differ from bytes and code points.
    const std::string text = "# Title\n\n😀 Critics say the plan will fail.\n";
    const std::string path = write("a.md", text);
    const Run r = run({{path}, OutputFormat::Json, Severity::Warning, false});
    ASSERT_EQ(r.status, 1) << r.err;
    const json out = json::parse(r.out);
    EXPECT_EQ(out.at("version"), 1);
    ASSERT_EQ(out.at("files").size(), 1u);
    const json& file = out["files"][0];
    EXPECT_EQ(file.at("path"), path);
    EXPECT_TRUE(file.at("summary").at("perspectives").at("voiced").is_array());
    EXPECT_TRUE(file.at("summary").at("attributions").is_array());
    ASSERT_FALSE(file.at("diagnostics").empty());
    const json& d = file["diagnostics"][0];
    EXPECT_EQ(d.at("rule"), "claims/weasel-attribution");
    EXPECT_EQ(d.at("severity"), "warning");
    EXPECT_FALSE(d.at("message").get<std::string>().empty());
    const auto start = d.at("offset").at("start").get<std::size_t>();
    const auto end = d.at("offset").at("end").get<std::size_t>();
    ASSERT_LT(start, end);
    ASSERT_LE(end, text.size());
    EXPECT_NE(text.substr(start, end - start).find("Critics"), std::string::npos);
    // Line 2; the emoji is 4 bytes but 2 UTF-16 units.
    const std::size_t line_start = text.find("😀");
    EXPECT_EQ(d.at("range").at("start").at("line"), 2);
    EXPECT_EQ(d.at("range").at("start").at("character"), start - line_start - 4 + 2);
    EXPECT_TRUE(d.at("data").is_object());
}

TEST_F(CheckCommandTest, TextIsCompilerStyleWithCaret) {
    const std::string path = write("b.md", "Fine.\n\nCritics say the plan will fail.\n");
    const Run r = run({{path}, OutputFormat::Text, Severity::Warning, false});
    ASSERT_EQ(r.status, 1);
    const std::regex heading(path + R"(:3:1: warning: .+ \[claims/weasel-attribution\])");
    EXPECT_TRUE(std::regex_search(r.out, heading)) << r.out;
    EXPECT_NE(r.out.find("    Critics say the plan will fail.\n    ^~~~~~"), std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("Found 1 finding (1 warning) in 1 file."), std::string::npos) << r.out;
}

TEST_F(CheckCommandTest, CleanDraftExitsZero) {
    const std::string path = write("c.txt", "The ministry published its budget on Tuesday.\n");
    const Run r = run({{path}, OutputFormat::Text, Severity::Warning, false});
    EXPECT_EQ(r.status, 0);
    EXPECT_NE(r.out.find("No findings in 1 file."), std::string::npos) << r.out;
}

TEST_F(CheckCommandTest, UnreadableFileIsReportedNotSkipped) {
    const std::string good = write("good.md", "Critics say the plan will fail.\n");
    const std::string missing = (dir_ / "missing.md").string();
    const Run r = run({{good, missing}, OutputFormat::Json, Severity::Warning, false});
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find(missing), std::string::npos);
    const json out = json::parse(r.out);
    ASSERT_EQ(out["files"].size(), 2u);
    EXPECT_FALSE(out["files"][0]["diagnostics"].empty());
    EXPECT_TRUE(out["files"][1].contains("error"));
}

TEST_F(CheckCommandTest, InvalidUtf8IsAnErrorNamingTheLine) {
    const std::string path = write("latin1.txt", "First line.\nCaf\xe9 society.\n");
    const Run r = run({{path}, OutputFormat::Text, Severity::Warning, false});
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("not valid UTF-8 (line 2, byte 15)"), std::string::npos) << r.err;
}

TEST_F(CheckCommandTest, FailOnThreshold) {
    const std::string path = write("d.md", "Critics say the plan will fail.\n");
    EXPECT_EQ(run({{path}, OutputFormat::Text, Severity::Error, false}).status, 0);
    EXPECT_EQ(run({{path}, OutputFormat::Text, Severity::Hint, false}).status, 1);
    EXPECT_EQ(run({{path}, OutputFormat::Text, std::nullopt, false}).status, 0);
}

TEST_F(CheckCommandTest, FoldersExpandToDraftsInOrder) {
    write("z/b.md", "x");
    write("z/a.txt", "x");
    write("z/sub/c.markdown", "x");
    write("z/notes.json", "{}");
    const auto inputs = expand_inputs({(dir_ / "z").string()});
    std::vector<std::string> names;
    for (const auto& input : inputs) {
        names.push_back(fs::path(input.path).lexically_relative(dir_ / "z").string());
    }
    EXPECT_EQ(names, (std::vector<std::string>{"a.txt", "b.md", "sub/c.markdown"}));
}

TEST_F(CheckCommandTest, ExampleDraftHasFindings) {
    const Run r = run({{PARALLAX_EXAMPLES_DIR}, OutputFormat::Json, Severity::Warning, false});
    ASSERT_EQ(r.status, 1) << r.err;
    EXPECT_GE(json::parse(r.out)["files"][0]["diagnostics"].size(), 3u);
}

TEST_F(CheckCommandTest, ParallelOutputIsIdenticalToSerial) {
    std::vector<std::string> paths;
    for (int i = 0; i < 24; ++i) {
        std::string text = "# Draft " + std::to_string(i) + "\n\n";
        for (int j = 0; j <= i % 5; ++j) {
            text += "Critics say plan " + std::to_string(j) + " will fail. The budget is late.\n\n";
        }
        if (i % 7 == 3) {
            text += "Bad byte \xff here.\n";
        }
        paths.push_back(write("p/" + std::to_string(i) + (i % 2 ? ".md" : ".txt"), text));
    }
    paths.push_back((dir_ / "p" / "missing.md").string());
    for (const auto format :
         {OutputFormat::Json, OutputFormat::Text, OutputFormat::Sarif, OutputFormat::Github,
          OutputFormat::Junit, OutputFormat::CodeQuality}) {
        CheckOptions serial{paths, format, Severity::Warning, false};
        const Run one = run(serial);
        for (const unsigned jobs : {2u, 4u, 32u}) {
            CheckOptions parallel = serial;
            parallel.jobs = jobs;
            const Run many = run(parallel);
            EXPECT_EQ(many.status, one.status);
            EXPECT_EQ(many.out, one.out) << "jobs " << jobs;
            EXPECT_EQ(many.err, one.err) << "jobs " << jobs;
        }
        EXPECT_EQ(one.status, 2);
    }
    // A folder walked in parallel comes out in the same sorted order.
    CheckOptions folder{{(dir_ / "p").string()}, OutputFormat::Json, Severity::Warning, false};
    const std::string serial_out = run(folder).out;
    folder.jobs = 3;
    EXPECT_EQ(run(folder).out, serial_out);
    EXPECT_EQ(json::parse(serial_out)["files"].size(), 24u);
}

TEST_F(CheckCommandTest, SelectAndIgnoreFilterFindings) {
    const std::string path = write("e.md", "Critics say the plan will fail.\n");
    CheckOptions options{{path}, OutputFormat::Json, Severity::Warning, false};
    options.ignore = {"claims"};
    Run r = run(options);
    EXPECT_EQ(r.status, 0);
    EXPECT_TRUE(json::parse(r.out)["files"][0]["diagnostics"].empty());
    options.ignore = {};
    options.select = {"claims/weasel-attribution"};
    EXPECT_EQ(run(options).status, 1);
    options.select = {"claims/nope", "elsewhere"};
    r = run(options);
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("'claims/nope', 'elsewhere'"), std::string::npos) << r.err;
    EXPECT_TRUE(r.out.empty());
}

TEST(RuleFilter, RuleIdsAndPluginPrefixes) {
    auto parsed = RuleFilter::parse({"claims"}, {"claims/weasel-attribution"});
    ASSERT_TRUE(std::holds_alternative<RuleFilter>(parsed));
    const RuleFilter& filter = std::get<RuleFilter>(parsed);
    EXPECT_FALSE(filter.allows("claims/weasel-attribution"));
    EXPECT_TRUE(filter.allows("claims/other"));
    EXPECT_FALSE(filter.allows("framing/other"));
    EXPECT_TRUE(RuleFilter().allows("anything/at-all"));
    // "claim" is neither a plugin nor a rule: prefixes are whole plugin ids.
    EXPECT_TRUE(std::holds_alternative<std::string>(RuleFilter::parse({"claim"}, {})));
}

TEST(ChangedLines, ParsesUnifiedDiffHunks) {
    const ChangedLines changed = parse_unified_diff("diff --git a/x.md b/x.md\n"
                                                    "--- a/x.md\n+++ b/x.md\n"
                                                    "@@ -3 +3 @@ heading\n-old\n+new\n"
                                                    "@@ -10,2 +10,0 @@\n-gone\n-gone\n"
                                                    "@@ -20,0 +19,3 @@\n+a\n+b\n+c\n");
    ASSERT_EQ(changed.ranges.size(), 2u);
    EXPECT_TRUE(changed.touches(3, 3));
    EXPECT_FALSE(changed.touches(4, 18));
    EXPECT_TRUE(changed.touches(15, 19));
    EXPECT_TRUE(changed.touches(21, 21));
    EXPECT_FALSE(changed.touches(22, 30));
    ChangedLines all;
    all.all = true;
    EXPECT_TRUE(all.touches(100, 100));
}

} // namespace
} // namespace parallax
