#include "scheduler.h"

#include "engine.h"

#include <exception>
#include <utility>

namespace parallax::lsp {

std::optional<AnalysisOutcome> build_and_analyze(const AnalysisRequest& request,
                                                 const std::atomic<bool>& cancel) {
    if (cancel.load())
        return std::nullopt;
    std::shared_ptr<const Document> document =
        Document::build(request.text, request.format, request.previous.get(), request.edits);
    if (cancel.load())
        return std::nullopt;
    Analysis analysis = analyze(*document, request.settings, &cancel, request.cache.get());
    if (analysis.cancelled)
        return std::nullopt;
    return AnalysisOutcome{request.uri,
                           request.version,
                           std::move(document),
                           std::move(analysis.diagnostics),
                           std::move(analysis.summary),
                           {}};
}

Scheduler::Scheduler(std::chrono::milliseconds debounce, Mode mode, Deliver deliver,
                     Analyzer analyzer)
    : debounce_(debounce), mode_(mode), deliver_(std::move(deliver)),
      analyzer_(std::move(analyzer)) {
    if (mode_ == Mode::Background)
        worker_ = std::jthread([this](std::stop_token stop) { work(std::move(stop)); });
}

Scheduler::~Scheduler() {
    stop();
}

void Scheduler::schedule(AnalysisRequest request) {
    if (mode_ == Mode::Inline) {
        std::atomic<bool> never{false};
        run_one(request, never);
        return;
    }
    {
        std::lock_guard lock(mutex_);
        if (running_ && running_->uri == request.uri)
            running_->cancel->store(true);
        std::string uri = request.uri;
        pending_.insert_or_assign(
            std::move(uri),
            Pending{std::move(request), std::chrono::steady_clock::now() + debounce_});
        ++generation_;
    }
    wake_.notify_all();
}

void Scheduler::cancel(const std::string& uri) {
    {
        std::lock_guard lock(mutex_);
        pending_.erase(uri);
        if (running_ && running_->uri == uri)
            running_->cancel->store(true);
        ++generation_;
    }
    wake_.notify_all();
}

void Scheduler::stop() {
    if (!worker_.joinable())
        return;
    {
        std::lock_guard lock(mutex_);
        pending_.clear();
        if (running_)
            running_->cancel->store(true);
        worker_.request_stop();
    }
    wake_.notify_all();
    worker_.join();
}

bool Scheduler::busy(const std::string& uri) const {
    std::lock_guard lock(mutex_);
    return pending_.contains(uri) || (running_ && running_->uri == uri);
}

std::size_t Scheduler::pending() const {
    std::lock_guard lock(mutex_);
    return pending_.size();
}

void Scheduler::run_one(const AnalysisRequest& request, const std::atomic<bool>& cancel) {
    std::optional<AnalysisOutcome> outcome;
    try {
        outcome = analyzer_(request, cancel);
    } catch (const std::exception& e) { // a failing plugin must not take the server down
        outcome = AnalysisOutcome{request.uri, request.version,
                                  nullptr,     {},
                                  {},          std::string("analysis failed: ") + e.what()};
    }
    if (outcome && !cancel.load())
        deliver_(std::move(*outcome));
}

void Scheduler::work(std::stop_token stop) {
    std::unique_lock lock(mutex_);
    while (!stop.stop_requested()) {
        if (pending_.empty()) {
            wake_.wait(lock, stop, [this] { return !pending_.empty(); });
            continue;
        }
        auto next = pending_.begin();
        for (auto it = pending_.begin(); it != pending_.end(); ++it) {
            if (it->second.due < next->second.due)
                next = it;
        }
        if (next->second.due > std::chrono::steady_clock::now()) {
            const std::uint64_t seen = generation_;
            const auto due = next->second.due; // a copy: the entry may go while we wait
            wake_.wait_until(lock, stop, due, [this, seen] { return generation_ != seen; });
            continue;
        }
        AnalysisRequest request = std::move(next->second.request);
        pending_.erase(next);
        auto cancel = std::make_shared<std::atomic<bool>>(false);
        running_ = Running{request.uri, cancel};
        lock.unlock();
        run_one(request, *cancel);
        lock.lock();
        running_.reset();
    }
}

} // namespace parallax::lsp
