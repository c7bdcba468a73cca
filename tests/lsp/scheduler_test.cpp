#include "scheduler.h"

#include <gtest/gtest.h>

#include <condition_variable>
#include <mutex>
#include <thread>

namespace parallax::lsp {
namespace {

using namespace std::chrono_literals;

/// Collects deliveries from the worker thread.
struct Inbox {
    std::mutex mutex;
    std::condition_variable cv;
    std::vector<AnalysisOutcome> outcomes;

    void add(AnalysisOutcome outcome) {
        std::lock_guard lock(mutex);
        outcomes.push_back(std::move(outcome));
        cv.notify_all();
    }
    bool wait_for(std::size_t count, std::chrono::milliseconds timeout = 5000ms) {
        std::unique_lock lock(mutex);
        return cv.wait_for(lock, timeout, [&] { return outcomes.size() >= count; });
    }
    std::size_t size() {
        std::lock_guard lock(mutex);
        return outcomes.size();
    }
};

AnalysisRequest request(std::string uri, DocumentVersion version) {
    AnalysisRequest r;
    r.uri = std::move(uri);
    r.version = version;
    r.text = Text("v" + std::to_string(version));
    return r;
}

/// An analyzer that takes `delay` (checking for cancellation) and reports the version.
Analyzer slow_analyzer(std::chrono::milliseconds delay, std::atomic<int>* started = nullptr) {
    return [delay, started](const AnalysisRequest& r,
                            const std::atomic<bool>& cancel) -> std::optional<AnalysisOutcome> {
        if (started != nullptr)
            ++*started;
        const auto end = std::chrono::steady_clock::now() + delay;
        while (std::chrono::steady_clock::now() < end) {
            if (cancel.load())
                return std::nullopt;
            std::this_thread::sleep_for(1ms);
        }
        return AnalysisOutcome{r.uri, r.version, nullptr, {}, {}, {}};
    };
}

TEST(Scheduler, DebounceKeepsOnlyTheLatestVersion) {
    Inbox inbox;
    std::atomic<int> started{0};
    Scheduler scheduler(
        100ms, Scheduler::Mode::Background, [&](AnalysisOutcome o) { inbox.add(std::move(o)); },
        slow_analyzer(0ms, &started));
    for (int v = 1; v <= 5; ++v)
        scheduler.schedule(request("a", v));
    ASSERT_TRUE(inbox.wait_for(1));
    std::this_thread::sleep_for(200ms);
    EXPECT_EQ(inbox.size(), 1u);
    EXPECT_EQ(inbox.outcomes[0].version, 5);
    EXPECT_EQ(started.load(), 1);
}

TEST(Scheduler, AFloodOfVersionsCoalescesToOnePendingAnalysisPerDocument) {
    // A debounce no test outlives: nothing runs, and the queue is all there is to see.
    Inbox inbox;
    std::atomic<int> started{0};
    Scheduler scheduler(
        std::chrono::hours(1), Scheduler::Mode::Background,
        [&](AnalysisOutcome o) { inbox.add(std::move(o)); }, slow_analyzer(0ms, &started));
    for (DocumentVersion v = 1; v <= 10000; ++v) {
        scheduler.schedule(request("a.md", v));
        scheduler.schedule(request("b.md", v));
    }
    EXPECT_EQ(scheduler.pending(), 2u);
    EXPECT_TRUE(scheduler.busy("a.md"));
    scheduler.cancel("a.md");
    EXPECT_EQ(scheduler.pending(), 1u);
    scheduler.stop();
    EXPECT_EQ(scheduler.pending(), 0u);
    EXPECT_EQ(started.load(), 0);
    EXPECT_EQ(inbox.size(), 0u);
}

TEST(Scheduler, ANewerVersionCancelsTheRunningOne) {
    Inbox inbox;
    std::atomic<int> started{0};
    Scheduler scheduler(
        0ms, Scheduler::Mode::Background, [&](AnalysisOutcome o) { inbox.add(std::move(o)); },
        slow_analyzer(300ms, &started));
    scheduler.schedule(request("a", 1));
    while (started.load() == 0)
        std::this_thread::sleep_for(1ms);
    scheduler.schedule(request("a", 2));
    ASSERT_TRUE(inbox.wait_for(1));
    std::this_thread::sleep_for(50ms);
    ASSERT_EQ(inbox.size(), 1u);
    EXPECT_EQ(inbox.outcomes[0].version, 2);
}

TEST(Scheduler, DocumentsAreIndependent) {
    Inbox inbox;
    Scheduler scheduler(
        10ms, Scheduler::Mode::Background, [&](AnalysisOutcome o) { inbox.add(std::move(o)); },
        slow_analyzer(0ms));
    scheduler.schedule(request("a", 1));
    scheduler.schedule(request("b", 1));
    ASSERT_TRUE(inbox.wait_for(2));
}

TEST(Scheduler, CancelDropsPendingWork) {
    Inbox inbox;
    Scheduler scheduler(
        50ms, Scheduler::Mode::Background, [&](AnalysisOutcome o) { inbox.add(std::move(o)); },
        slow_analyzer(0ms));
    scheduler.schedule(request("a", 1));
    EXPECT_TRUE(scheduler.busy("a"));
    scheduler.cancel("a");
    EXPECT_FALSE(scheduler.busy("a"));
    std::this_thread::sleep_for(150ms);
    EXPECT_EQ(inbox.size(), 0u);
}

TEST(Scheduler, StopCancelsRunningWorkAndJoins) {
    Inbox inbox;
    std::atomic<int> started{0};
    Scheduler scheduler(
        0ms, Scheduler::Mode::Background, [&](AnalysisOutcome o) { inbox.add(std::move(o)); },
        slow_analyzer(10s, &started));
    scheduler.schedule(request("a", 1));
    while (started.load() == 0)
        std::this_thread::sleep_for(1ms);
    const auto before = std::chrono::steady_clock::now();
    scheduler.stop();
    EXPECT_LT(std::chrono::steady_clock::now() - before, 2s);
    EXPECT_EQ(inbox.size(), 0u);
    scheduler.stop(); // idempotent
}

TEST(Scheduler, InlineModeDeliversBeforeReturning) {
    std::vector<DocumentVersion> seen;
    Scheduler scheduler(
        0ms, Scheduler::Mode::Inline, [&](AnalysisOutcome o) { seen.push_back(o.version); },
        slow_analyzer(0ms));
    scheduler.schedule(request("a", 1));
    scheduler.schedule(request("a", 2));
    EXPECT_EQ(seen, (std::vector<DocumentVersion>{1, 2}));
}

TEST(Scheduler, AFailingAnalyzerIsReportedNotFatal) {
    std::vector<AnalysisOutcome> seen;
    Scheduler scheduler(
        0ms, Scheduler::Mode::Inline, [&](AnalysisOutcome o) { seen.push_back(std::move(o)); },
        [](const AnalysisRequest&, const std::atomic<bool>&) -> std::optional<AnalysisOutcome> {
            throw std::runtime_error("boom");
        });
    scheduler.schedule(request("a", 1));
    ASSERT_EQ(seen.size(), 1u);
    EXPECT_NE(seen[0].error.find("boom"), std::string::npos);
}

TEST(Scheduler, RealAnalysisBuildsADocument) {
    std::atomic<bool> cancel{false};
    AnalysisRequest r = request("a", 1);
    r.text = Text("Critics say the plan will fail.\n");
    auto outcome = build_and_analyze(r, cancel);
    ASSERT_TRUE(outcome);
    ASSERT_NE(outcome->document, nullptr);
    EXPECT_EQ(outcome->document->text().str(), r.text.str());
    cancel = true;
    EXPECT_FALSE(build_and_analyze(r, cancel));
}

} // namespace
} // namespace parallax::lsp
