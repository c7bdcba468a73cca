// The LSP types behind code actions, commands, progress and watched files (protocol/types.h).
#include "parallax/protocol/types.h"

#include <gtest/gtest.h>

namespace parallax::protocol {
namespace {

TEST(LspTypes, CodeActionRoundTripsAndOmitsWhatIsAbsent) {
    CodeAction action;
    action.title = "Suppress";
    action.kind = "quickfix";
    action.data = json{{"uri", "file:///a.md"}};
    json j = action;
    EXPECT_EQ(
        j,
        (json{{"title", "Suppress"}, {"kind", "quickfix"}, {"data", {{"uri", "file:///a.md"}}}}));

    action.isPreferred = true;
    action.edit = WorkspaceEdit{{{"file:///a.md", {TextEdit{{{1, 0}, {1, 0}}, "x"}}}}};
    const CodeAction back = json(action).get<CodeAction>();
    EXPECT_EQ(back.title, "Suppress");
    EXPECT_TRUE(back.isPreferred);
    ASSERT_TRUE(back.edit);
    EXPECT_EQ(back.edit->changes.at("file:///a.md").front().newText, "x");
    EXPECT_EQ(json(action)["edit"]["changes"]["file:///a.md"][0]["range"]["start"]["line"], 1);
}

TEST(LspTypes, CodeActionParamsNameTheBadField) {
    const json params = {
        {"textDocument", {{"uri", "file:///a.md"}}},
        {"range",
         {{"start", {{"line", 0}, {"character", 0}}}, {"end", {{"line", 0}, {"character", 0}}}}},
        {"context", {{"diagnostics", {{{"message", "m"}}}}}}};
    try {
        (void)read_params<CodeActionParams>(params);
        FAIL() << "a diagnostic without a range was accepted";
    } catch (const FieldError& e) {
        EXPECT_STREQ(e.what(), "context.diagnostics[0].range: missing");
    }
}

TEST(LspTypes, ExecuteCommandParams) {
    auto p = read_params<ExecuteCommandParams>(
        {{"command", "parallax.lintWorkspace"}, {"workDoneToken", 7}});
    EXPECT_EQ(p.command, "parallax.lintWorkspace");
    EXPECT_TRUE(p.arguments.empty());
    EXPECT_EQ(*p.workDoneToken, 7);
    EXPECT_THROW(
        (void)read_params<ExecuteCommandParams>({{"command", "x"}, {"workDoneToken", true}}),
        FieldError);
    EXPECT_THROW((void)read_params<ExecuteCommandParams>({{"arguments", json::array()}}),
                 FieldError);
}

TEST(LspTypes, ProgressValues) {
    WorkDoneProgressBegin begin;
    begin.title = "Linting";
    begin.percentage = 0;
    EXPECT_EQ(
        json(begin),
        (json{{"kind", "begin"}, {"title", "Linting"}, {"cancellable", false}, {"percentage", 0}}));
    EXPECT_EQ(json(WorkDoneProgressReport{"1/2", 50}),
              (json{{"kind", "report"}, {"message", "1/2"}, {"percentage", 50}}));
    EXPECT_EQ(json(WorkDoneProgressEnd{}), (json{{"kind", "end"}}));
}

TEST(LspTypes, WatchedFileEvents) {
    auto p = read_params<DidChangeWatchedFilesParams>(
        {{"changes", {{{"uri", "file:///.parallax.json"}, {"type", 3}}}}});
    ASSERT_EQ(p.changes.size(), 1u);
    EXPECT_EQ(p.changes[0].type, FileChangeType::Deleted);
    EXPECT_THROW((void)read_params<DidChangeWatchedFilesParams>(
                     {{"changes", {{{"uri", "file:///x"}, {"type", 0}}}}}),
                 FieldError);
}

TEST(LspTypes, CapabilitiesAdvertiseCodeActionsAndCommands) {
    InitializeResult result;
    result.capabilities.codeActionProvider = CodeActionOptions{{"quickfix", "source"}, true};
    result.capabilities.executeCommandProvider = ExecuteCommandOptions{{"parallax.perspectiveMap"}};
    const json j = result;
    EXPECT_EQ(j["capabilities"]["codeActionProvider"]["resolveProvider"], true);
    EXPECT_EQ(j["capabilities"]["codeActionProvider"]["codeActionKinds"][1], "source");
    EXPECT_EQ(j["capabilities"]["executeCommandProvider"]["commands"][0],
              "parallax.perspectiveMap");
}

} // namespace
} // namespace parallax::protocol
