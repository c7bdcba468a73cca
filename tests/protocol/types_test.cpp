#include "parallax/protocol/types.h"

#include <gtest/gtest.h>

namespace parallax::protocol {
namespace {

template <class T> T round_trip(const T& value) {
    json j = value;
    T back{};
    from_json(j, back);
    return back;
}

std::string error_of(const std::function<void()>& f) {
    try {
        f();
    } catch (const FieldError& e) {
        return e.what();
    }
    return "(no error)";
}

TEST(Types, PositionAndRangeRoundTrip) {
    Range range{{1, 2}, {3, 4}};
    EXPECT_EQ(round_trip(range), range);
    json j = range;
    EXPECT_EQ(j,
              json::parse(R"({"start":{"line":1,"character":2},"end":{"line":3,"character":4}})"));
}

TEST(Types, ChangeEventRangeIsOptional) {
    auto full = json::parse(R"({"text":"all"})").get<TextDocumentContentChangeEvent>();
    EXPECT_FALSE(full.range);
    EXPECT_EQ(full.text, "all");
    auto incremental =
        json::parse(
            R"({"range":{"start":{"line":0,"character":1},"end":{"line":0,"character":2}},"text":"x"})")
            .get<TextDocumentContentChangeEvent>();
    ASSERT_TRUE(incremental.range);
    EXPECT_EQ(incremental.range->end.character, 2u);
    json back = incremental;
    EXPECT_FALSE(back.contains("rangeLength"));
}

TEST(Types, DidChangeRoundTrip) {
    DidChangeTextDocumentParams params{
        {"file:///a.md", 3},
        {{Range{{0, 0}, {0, 1}}, std::nullopt, "x"}, {std::nullopt, std::nullopt, "y"}}};
    auto back = round_trip(params);
    EXPECT_EQ(back.textDocument.version, 3);
    ASSERT_EQ(back.contentChanges.size(), 2u);
    EXPECT_EQ(back.contentChanges[1].text, "y");
}

TEST(Types, ErrorsNameTheField) {
    EXPECT_EQ(
        error_of([] {
            read_params<DidOpenTextDocumentParams>(json::parse(
                R"({"textDocument":{"uri":5,"languageId":"markdown","version":1,"text":""}})"));
        }),
        "textDocument.uri: expected string");
    EXPECT_EQ(error_of([] { read_params<DidOpenTextDocumentParams>(json::object()); }),
              "textDocument: missing");
    EXPECT_EQ(error_of([] {
                  read_params<DidChangeTextDocumentParams>(json::parse(
                      R"({"textDocument":{"uri":"u","version":1},"contentChanges":[{"text":"a"},
                          {"range":{"start":{"line":-1,"character":0},"end":{"line":0,"character":0}},"text":"b"}]})"));
              }),
              "contentChanges[1].range.start.line: expected unsigned integer");
    EXPECT_EQ(error_of([] { read_params<DidCloseTextDocumentParams>(json(3)); }),
              "params: expected object");
    EXPECT_EQ(
        error_of([] {
            read_params<InitializeParams>(json::parse(
                R"({"processId":null,"capabilities":{"general":{"positionEncodings":[1]}}})"));
        }),
        "capabilities.general.positionEncodings[0]: expected string");
}

TEST(Types, InitializeParams) {
    auto params = read_params<InitializeParams>(json::parse(
        R"({"processId":12,"rootUri":null,"clientInfo":{"name":"nvim"},
            "capabilities":{"general":{"positionEncodings":["utf-8","utf-16"]}}})"));
    EXPECT_EQ(params.processId, 12);
    EXPECT_FALSE(params.rootUri);
    ASSERT_TRUE(params.clientInfo);
    EXPECT_EQ(params.clientInfo->name, "nvim");
    EXPECT_EQ(params.positionEncodings, (std::vector<std::string>{"utf-8", "utf-16"}));
    auto back = round_trip(params);
    EXPECT_EQ(back.positionEncodings, params.positionEncodings);
}

TEST(Types, InitializeResult) {
    InitializeResult result;
    result.serverInfo = {"parallax", "0.1.0"};
    result.capabilities.positionEncoding = "utf-8";
    json j = result;
    EXPECT_EQ(j["capabilities"]["textDocumentSync"]["change"], 2);
    EXPECT_EQ(j["capabilities"]["textDocumentSync"]["openClose"], true);
    EXPECT_EQ(j["serverInfo"]["name"], "parallax");
    auto back = round_trip(result);
    EXPECT_EQ(back.capabilities.positionEncoding, "utf-8");
    EXPECT_EQ(back.capabilities.textDocumentSync.change, TextDocumentSyncKind::Incremental);
}

TEST(Types, DiagnosticRoundTrip) {
    Diagnostic d;
    d.range = {{0, 1}, {0, 5}};
    d.severity = DiagnosticSeverity::Warning;
    d.code = "claims/weasel-attribution";
    d.source = "parallax";
    d.message = "who says?";
    d.relatedInformation.push_back({{"file:///a.md", {{1, 0}, {1, 2}}}, "here"});
    d.data = json{{"phrase", "critics say"}};
    json j = d;
    EXPECT_EQ(j["severity"], 2);
    EXPECT_EQ(j["code"], "claims/weasel-attribution");
    auto back = round_trip(d);
    EXPECT_EQ(back.code, d.code);
    EXPECT_EQ(back.relatedInformation.size(), 1u);
    EXPECT_EQ(back.relatedInformation[0].location.range, d.relatedInformation[0].location.range);
    EXPECT_EQ(back.data, d.data);

    PublishDiagnosticsParams publish{"file:///a.md", 4, {d}};
    auto publish_back = round_trip(publish);
    EXPECT_EQ(publish_back.version, 4);
    EXPECT_EQ(publish_back.diagnostics.size(), 1u);
    PublishDiagnosticsParams unversioned{"file:///a.md", std::nullopt, {}};
    json u = unversioned;
    EXPECT_FALSE(u.contains("version"));
}

TEST(Types, CancelAndLog) {
    EXPECT_EQ(round_trip(CancelParams{RequestId{std::string("x")}}).id,
              RequestId{std::string("x")});
    EXPECT_EQ(round_trip(CancelParams{RequestId{std::int64_t{9}}}).id, RequestId{std::int64_t{9}});
    EXPECT_EQ(error_of([] { read_params<CancelParams>(json::parse(R"({"id":[1]})")); }),
              "id: expected integer or string");
    auto log = round_trip(LogMessageParams{MessageType::Warning, "w"});
    EXPECT_EQ(log.type, MessageType::Warning);
}

} // namespace
} // namespace parallax::protocol
