// Each way loading can fail has its own error kind and a message that says what to do.
#include "c_plugin_adapter.h"
#include "test_support.h"

namespace parallax::test {
namespace {

using Kind = PluginLoadError::Kind;

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

TEST(LoadErrors, NoFileIsNotFound) {
    const auto error = failed(load_shared_object_plugin("/nonexistent/dir/plugin.so"));
    EXPECT_EQ(error.kind, Kind::NotFound);
    EXPECT_EQ(error.path, "/nonexistent/dir/plugin.so");
    EXPECT_TRUE(contains(error.message, "/nonexistent/dir/plugin.so")) << error.message;
}

TEST(LoadErrors, AFolderIsNotFound) {
    EXPECT_EQ(failed(load_shared_object_plugin("/tmp")).kind, Kind::NotFound);
}

TEST(LoadErrors, AFileThatIsNoLibraryIsNotFoundWithDlerrorsReason) {
    const auto error = failed(load_shared_object_plugin(NOT_A_LIBRARY_PATH));
    EXPECT_EQ(error.kind, Kind::NotFound);
    EXPECT_TRUE(contains(error.message, "cannot load")) << error.message;
    // dlerror() names the file and what is wrong with it.
    EXPECT_TRUE(contains(error.message, "no_entry.c:")) << error.message;
}

TEST(LoadErrors, ALibraryWithoutTheEntryPointIsMissingSymbol) {
    const auto error = failed(load_shared_object_plugin(NO_ENTRY_PLUGIN_PATH));
    EXPECT_EQ(error.kind, Kind::MissingSymbol);
    EXPECT_TRUE(contains(error.message, "parallax_plugin_entry")) << error.message;
}

TEST(LoadErrors, AnotherAbiVersionIsAbiMismatch) {
    const auto error = failed(load_shared_object_plugin(WRONG_ABI_PLUGIN_PATH));
    EXPECT_EQ(error.kind, Kind::AbiMismatch);
    EXPECT_TRUE(contains(error.message,
                         "plugin speaks ABI 99, this Parallax speaks 1 — rebuild it against "
                         "this plugin.h"))
        << error.message;
}

TEST(LoadErrors, AMalformedTableIsInvalid) {
    const auto error = failed(load_shared_object_plugin(MALFORMED_PLUGIN_PATH));
    EXPECT_EQ(error.kind, Kind::Invalid);
    EXPECT_TRUE(contains(error.message, "rule id 'claims/borrowed' is not 'malformed/NAME'"))
        << error.message;
}

TEST(LoadErrors, ABareNameIsNotSearchedForOnTheLibraryPath) {
    // dlopen("libm.so.6") would find the system's libm (and then miss the entry point); the
    // loader only ever loads the named file, here ./libm.so.6, which does not exist.
    const auto error = failed(load_shared_object_plugin("libm.so.6"));
    EXPECT_EQ(error.kind, Kind::NotFound) << error.message;
}

const parallax_plugin_v1* declines(std::uint32_t /*host_abi_version*/) {
    return nullptr;
}

TEST(LoadErrors, AnEntryPointReturningNoTableIsAbiMismatch) {
    const auto error = failed(adapt_c_plugin(&declines, "declines"));
    EXPECT_EQ(error.kind, Kind::AbiMismatch);
    EXPECT_TRUE(contains(error.message, "returned no table")) << error.message;
}

// A built-in plugin registered in this test binary, and a C plugin claiming its id.
class TakenBuiltIn final : public Plugin {
public:
    std::string_view id() const override { return "taken"; }
    std::span<const RuleInfo> rules() const override { return {}; }
    void check(const Document& /*document*/, const Options& /*options*/,
               Reporter& /*reporter*/) const override {}
};
PARALLAX_REGISTER_PLUGIN(TakenBuiltIn);

void no_check(const parallax_document_view* /*document*/, const char* /*options_json*/,
              const parallax_reporter* /*reporter*/) {}

const parallax_rule_info taken_rules[] = {
    {"taken/rule", "Summary.", "Rationale.", "Example.", PARALLAX_SEVERITY_WARNING}};
const parallax_plugin_v1 taken_table = {PARALLAX_PLUGIN_ABI_VERSION,
                                        sizeof(parallax_plugin_v1),
                                        "taken",
                                        taken_rules,
                                        1,
                                        nullptr,
                                        0,
                                        &no_check};
const parallax_plugin_v1* taken_entry(std::uint32_t /*host_abi_version*/) {
    return &taken_table;
}

TEST(LoadErrors, APluginIdTakenByABuiltInIsInvalid) {
    const auto error = failed(adapt_c_plugin(&taken_entry, "taken.so"));
    EXPECT_EQ(error.kind, Kind::Invalid);
    EXPECT_EQ(error.path, "taken.so");
    EXPECT_TRUE(contains(error.message, "'taken' is taken by a built-in plugin")) << error.message;
}

} // namespace
} // namespace parallax::test
