// The LSP adapter in process, over a fake transport, in deterministic mode.
#include "session.h"

#include <gtest/gtest.h>

#include <deque>
#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace parallax::lsp {
namespace {

using nlohmann::json;

class FakeTransport final : public Transport {
public:
    void send(std::string payload) override {
        if (!closed)
            sent.push_back(json::parse(payload));
    }
    void post(std::function<void()> task) override { tasks.push_back(std::move(task)); }
    void close() override { closed = true; }

    /// Sent messages other than window/logMessage.
    std::vector<json> messages() const {
        std::vector<json> out;
        for (const json& m : sent) {
            if (m.value("method", "") != "window/logMessage")
                out.push_back(m);
        }
        return out;
    }

    std::vector<json> sent;
    std::deque<std::function<void()>> tasks;
    bool closed = false;
};

class SessionTest : public ::testing::Test {
protected:
    SessionTest() {
        options.version = "test";
        options.deterministic = true;
        options.config.read_user_config = false; // never the machine's own configuration
    }

    void send(const json& message) { session->on_payload(message.dump()); }
    void request(int id, const std::string& method, const json& params) {
        send({{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", params}});
    }
    void notify(const std::string& method, const json& params) {
        send({{"jsonrpc", "2.0"}, {"method", method}, {"params", params}});
    }
    void initialize(json encodings = json::array()) {
        json params = {{"processId", nullptr},
                       {"rootUri", nullptr},
                       {"capabilities", {{"general", {{"positionEncodings", encodings}}}}}};
        request(1, "initialize", params);
        notify("initialized", json::object());
    }

    ServerOptions options;
    FakeTransport transport;
    std::unique_ptr<Session> session = nullptr;
    void start() { session = std::make_unique<Session>(options, transport); }
};

TEST_F(SessionTest, InitializeNegotiatesUtf8) {
    start();
    initialize(json::array({"utf-8", "utf-16"}));
    auto messages = transport.messages();
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_EQ(messages[0]["result"]["capabilities"]["positionEncoding"], "utf-8");
    EXPECT_EQ(messages[0]["result"]["serverInfo"]["version"], "test");
}

TEST_F(SessionTest, ExitStatuses) {
    start();
    initialize();
    request(2, "shutdown", nullptr);
    notify("exit", nullptr);
    EXPECT_EQ(session->exit_status(), 0);
    EXPECT_TRUE(transport.closed);

    FakeTransport other;
    Session abrupt(options, other);
    abrupt.on_payload(R"({"jsonrpc":"2.0","method":"exit"})");
    EXPECT_EQ(abrupt.exit_status(), 1);
    Session ended(options, other);
    ended.on_end_of_stream("test");
    EXPECT_EQ(ended.exit_status(), 1);
}

TEST_F(SessionTest, DeterministicModePublishesEveryVersionInOrder) {
    start();
    initialize();
    notify(
        "textDocument/didOpen",
        {{"textDocument",
          {{"uri", "file:///a.md"}, {"languageId", "markdown"}, {"version", 1}, {"text", "a"}}}});
    notify("textDocument/didChange", {{"textDocument", {{"uri", "file:///a.md"}, {"version", 2}}},
                                      {"contentChanges", json::array({{{"text", "b"}}})}});
    request(2, "parallax/documentText", {{"textDocument", {{"uri", "file:///a.md"}}}});
    notify("textDocument/didClose", {{"textDocument", {{"uri", "file:///a.md"}}}});

    auto messages = transport.messages();
    ASSERT_EQ(messages.size(), 5u);
    EXPECT_EQ(messages[1]["method"], "textDocument/publishDiagnostics");
    EXPECT_EQ(messages[1]["params"]["version"], 1);
    EXPECT_EQ(messages[2]["params"]["version"], 2);
    EXPECT_EQ(messages[3]["result"]["text"], "b");
    EXPECT_FALSE(messages[4]["params"].contains("version"));
    EXPECT_EQ(messages[4]["params"]["diagnostics"], json::array());
    EXPECT_TRUE(transport.tasks.empty());
}

TEST_F(SessionTest, BackgroundResultsArePostedAndStaleOnesDropped) {
    options.deterministic = false;
    options.debounce_ms = 0;
    start();
    initialize();
    notify(
        "textDocument/didOpen",
        {{"textDocument",
          {{"uri", "file:///a.md"}, {"languageId", "markdown"}, {"version", 1}, {"text", "a"}}}});
    // Wait for the worker to post its result.
    for (int i = 0; i < 500 && transport.tasks.empty(); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    ASSERT_EQ(transport.tasks.size(), 1u);
    // A newer version arrives before the I/O thread runs the result: it must not be published.
    notify("textDocument/didChange", {{"textDocument", {{"uri", "file:///a.md"}, {"version", 2}}},
                                      {"contentChanges", json::array({{{"text", "b"}}})}});
    auto stale = std::move(transport.tasks.front());
    transport.tasks.pop_front();
    stale();
    for (const json& m : transport.messages())
        EXPECT_NE(m.value("method", ""), "textDocument/publishDiagnostics") << m.dump();
    for (int i = 0; i < 500 && transport.tasks.empty(); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    ASSERT_EQ(transport.tasks.size(), 1u);
    transport.tasks.front()();
    auto messages = transport.messages();
    ASSERT_FALSE(messages.empty());
    EXPECT_EQ(messages.back()["params"]["version"], 2);
}

TEST_F(SessionTest, RequestsWaitingForAnalysesAreBounded) {
    // A debounce no test outlives: the draft's analysis stays pending, and so do its pulls.
    options.deterministic = false;
    options.debounce_ms = 3'600'000;
    start();
    initialize();
    notify("textDocument/didOpen", {{"textDocument",
                                     {{"uri", "file:///a.md"},
                                      {"languageId", "markdown"},
                                      {"version", 1},
                                      {"text", "Critics say so."}}}});
    const int flood = static_cast<int>(kMaxPendingRequests) + 100;
    for (int id = 10; id < 10 + flood; ++id)
        request(id, "textDocument/diagnostic", {{"textDocument", {{"uri", "file:///a.md"}}}});
    std::vector<json> refused;
    for (const json& m : transport.messages()) {
        if (m.contains("error"))
            refused.push_back(m);
    }
    ASSERT_EQ(refused.size(), 100u);
    EXPECT_EQ(refused.front()["id"], 10 + static_cast<int>(kMaxPendingRequests));
    EXPECT_EQ(refused.front()["error"]["code"], -32803);
    EXPECT_NE(refused.front()["error"]["message"].get<std::string>().find("too many requests"),
              std::string::npos);
}

TEST_F(SessionTest, EveryRequestGetsOneReplyEvenWhenAHandlerFails) {
    start();
    request(1, "parallax/documentText", json::object()); // before initialize
    initialize();
    request(2, "nope", json::object());
    request(3, "parallax/documentText", json::array());
    request(4, "parallax/documentText", {{"textDocument", {{"uri", "file:///none.md"}}}});
    std::map<int, int> codes;
    for (const json& m : transport.messages()) {
        if (m.contains("error"))
            codes[m["id"].get<int>()] = m["error"]["code"].get<int>();
    }
    EXPECT_EQ(codes, (std::map<int, int>{{1, -32002}, {2, -32601}, {3, -32602}, {4, -32602}}));
}

/// A folder of drafts for a workspace lint, removed afterwards.
class DraftFolder {
public:
    explicit DraftFolder(int drafts) {
        path_ = std::filesystem::temp_directory_path() /
                ("parallax-session-test-" + std::to_string(::getpid()));
        std::filesystem::create_directories(path_);
        for (int i = 0; i < drafts; ++i)
            std::ofstream(path_ / ("d" + std::to_string(i) + ".md")) << "Critics say it failed.\n";
    }
    ~DraftFolder() { std::filesystem::remove_all(path_); }
    std::string uri() const { return "file://" + path_.string(); }

private:
    std::filesystem::path path_;
};

std::vector<json> with_method(const std::vector<json>& messages, std::string_view method) {
    std::vector<json> out;
    for (const json& m : messages) {
        if (m.value("method", "") == method)
            out.push_back(m);
    }
    return out;
}

class WorkspaceLintTest : public SessionTest {
protected:
    void start_lint(const DraftFolder& folder) {
        start();
        request(
            1, "initialize",
            {{"processId", nullptr}, {"rootUri", folder.uri()}, {"capabilities", json::object()}});
        notify("initialized", json::object());
        request(2, "workspace/executeCommand",
                {{"command", "parallax.lintWorkspace"}, {"workDoneToken", "t"}});
    }
    /// Runs the I/O thread's queued turns, `count` of them or all.
    void run_turns(std::size_t count = SIZE_MAX) {
        for (std::size_t i = 0; i < count && !transport.tasks.empty(); ++i) {
            auto task = std::move(transport.tasks.front());
            transport.tasks.pop_front();
            task();
        }
    }
};

TEST_F(WorkspaceLintTest, OneDraftPerTurnWithProgressThenTheReply) {
    const DraftFolder folder(3);
    start_lint(folder);
    EXPECT_EQ(with_method(transport.messages(), "$/progress").size(), 1u); // begin
    run_turns(1);
    EXPECT_EQ(with_method(transport.messages(), "textDocument/publishDiagnostics").size(), 1u);
    run_turns();
    const auto progress = with_method(transport.messages(), "$/progress");
    ASSERT_EQ(progress.size(), 5u); // begin, three reports, end
    EXPECT_EQ(progress.front()["params"]["value"]["kind"], "begin");
    EXPECT_EQ(progress[2]["params"]["value"]["percentage"], 66);
    EXPECT_EQ(progress.back()["params"]["value"]["kind"], "end");
    const json reply = transport.messages().back();
    EXPECT_EQ(reply["id"], 2);
    EXPECT_EQ(reply["result"]["files"], 3);
    EXPECT_EQ(reply["result"]["findings"], 3);
    EXPECT_EQ(reply["result"]["cancelled"], false);
}

TEST_F(WorkspaceLintTest, CancelRequestStopsBetweenDrafts) {
    const DraftFolder folder(3);
    start_lint(folder);
    run_turns(1);
    notify("$/cancelRequest", {{"id", 2}});
    run_turns();
    EXPECT_EQ(with_method(transport.messages(), "textDocument/publishDiagnostics").size(), 1u);
    int replies = 0;
    for (const json& m : transport.messages()) {
        if (m.contains("id") && m["id"] == 2) {
            ++replies;
            EXPECT_EQ(m["error"]["code"], -32800);
        }
    }
    EXPECT_EQ(replies, 1);
    EXPECT_EQ(with_method(transport.messages(), "$/progress").back()["params"]["value"]["message"],
              "cancelled");
}

TEST_F(WorkspaceLintTest, ProgressCancelEndsWithACancelledResult) {
    const DraftFolder folder(3);
    start_lint(folder);
    run_turns(1);
    notify("window/workDoneProgress/cancel", {{"token", "t"}});
    request(3, "workspace/executeCommand", {{"command", "parallax.lintWorkspace"}});
    run_turns();
    const auto messages = transport.messages();
    bool refused_second = false;
    bool answered_first = false;
    for (const json& m : messages) {
        if (m.value("id", json()) == 3)
            refused_second = m.contains("error");
        if (m.value("id", json()) == 2) {
            answered_first = true;
            EXPECT_EQ(m["result"]["cancelled"], true);
            EXPECT_EQ(m["result"]["files"], 1);
        }
    }
    EXPECT_TRUE(refused_second) << "one workspace lint at a time";
    EXPECT_TRUE(answered_first);
}

TEST_F(SessionTest, ResponsesToUnknownServerRequestsAreIgnored) {
    start();
    initialize();
    send({{"jsonrpc", "2.0"}, {"id", "parallax/99"}, {"result", nullptr}});
    EXPECT_TRUE(transport.messages().size() == 1u); // the initialize reply, nothing else
    EXPECT_FALSE(transport.closed);
}

} // namespace
} // namespace parallax::lsp
