// The limits read from the editor's settings, and the diagnostic of a draft over the limit.
#include "inputs.h"
#include "server.h"
#include "size_limits.h"

#include <gtest/gtest.h>

namespace parallax::lsp {
namespace {

using nlohmann::json;

const Limits kDefaults{4096, 1 << 20};

TEST(SizeLimits, AreTakenOutOfTheSettingsLeavingTheRest) {
    json settings = {
        {"maxDocumentBytes", 1000}, {"maxMessageBytes", 65536}, {"rules", {{"claims", "off"}}}};
    LimitSettings read = take_limits(settings, kDefaults);
    EXPECT_EQ(read.limits, (Limits{1000, 65536}));
    EXPECT_TRUE(read.errors.empty());
    EXPECT_EQ(settings, (json{{"rules", {{"claims", "off"}}}}));
}

TEST(SizeLimits, AbsentOrNullKeysKeepTheDefaults) {
    json none = nullptr;
    EXPECT_EQ(take_limits(none, kDefaults).limits, kDefaults);
    json empty = json::object();
    EXPECT_EQ(take_limits(empty, kDefaults).limits, kDefaults);
    json nulls = {{"maxDocumentBytes", nullptr}, {"maxMessageBytes", nullptr}};
    LimitSettings read = take_limits(nulls, kDefaults);
    EXPECT_EQ(read.limits, kDefaults);
    EXPECT_TRUE(read.errors.empty());
    EXPECT_EQ(nulls, json::object()); // editors send null for unset settings: not an error
}

TEST(SizeLimits, BadValuesAreErrorsAndKeepTheDefaults) {
    const json bad[] = {"8MB", 0, -1, 1.5, true, json::array({1}), std::uint64_t{1} << 40};
    for (const json& value : bad) {
        json settings = {{"maxDocumentBytes", value}};
        LimitSettings read = take_limits(settings, kDefaults);
        EXPECT_EQ(read.limits, kDefaults) << value;
        ASSERT_EQ(read.errors.size(), 1u) << value;
        EXPECT_EQ(read.errors[0].rfind("maxDocumentBytes: expected a whole number of bytes", 0), 0u)
            << read.errors[0];
        EXPECT_FALSE(settings.contains("maxDocumentBytes")); // not the resolver's to report
    }
    // Below 64 KiB, the message limit would refuse ordinary requests.
    json small = {{"maxMessageBytes", kMinMaxMessageBytes - 1}, {"maxDocumentBytes", 1}};
    LimitSettings read = take_limits(small, kDefaults);
    EXPECT_EQ(read.limits, (Limits{1, kDefaults.max_message_bytes}));
    ASSERT_EQ(read.errors.size(), 1u);
    EXPECT_NE(read.errors[0].find("from 65536 to 1073741824"), std::string::npos);
}

TEST(SizeLimits, TheSkipDiagnosticNamesSizesAndSettingOnTheFirstLine) {
    const Text text("# A long title\n\nBody.\n");
    Diagnostic d = too_large_diagnostic(text, 10);
    EXPECT_EQ(d.rule, kDocumentTooLargeRule);
    EXPECT_EQ(d.severity, Severity::Warning);
    EXPECT_EQ(d.range.start.value, 0u);
    EXPECT_EQ(d.range.end.value, 14u); // the first line, without its newline
    EXPECT_EQ(d.message, "Parallax skipped this draft: 22 bytes exceeds the limit of 10 bytes "
                         "(parallax.maxDocumentBytes). Shorten the draft or raise the setting to "
                         "check it.");
}

TEST(SizeLimits, SizesAreDescribedForPeople) {
    EXPECT_EQ(describe_size(0), "0 bytes");
    EXPECT_EQ(describe_size(1023), "1023 bytes");
    EXPECT_EQ(describe_size(1024), "1 KiB");
    EXPECT_EQ(describe_size(1536), "1.5 KiB");
    EXPECT_EQ(describe_size(4 * 1024 * 1024), "4 MiB");
    EXPECT_EQ(describe_size(12'900'000), "12.3 MiB");
    EXPECT_EQ(describe_size(std::size_t{100} * 1024), "100 KiB");
    // Sizes that would read alike are given in bytes.
    EXPECT_EQ(too_large_message(4 * 1024 * 1024 + 1, 4 * 1024 * 1024, "--flag"),
              "4194305 bytes exceeds the limit of 4194304 bytes (--flag)");
    EXPECT_EQ(too_large_message(12'900'000, 4 * 1024 * 1024, "--flag"),
              "12.3 MiB exceeds the limit of 4 MiB (--flag)");
}

} // namespace
} // namespace parallax::lsp
