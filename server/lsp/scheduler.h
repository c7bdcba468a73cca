#pragma once
// Runs analyses on a worker thread, like clangd's TUScheduler in small: one pending job per
// document, debounced; a newer version replaces the pending job and cancels a running one.
// Knows nothing of JSON or Asio: results go to a callback the session provides.

#include "check_settings.h"
#include "document_store.h"

#include "parallax/diagnostic.h"
#include "parallax/document.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <stop_token>
#include <string>
#include <thread>
#include <vector>

namespace parallax::lsp {

/// A snapshot of one document version to analyse.
struct AnalysisRequest {
    std::string uri;
    DocumentVersion version = 0;
    Text text;
    DocumentFormat format = DocumentFormat::Markdown;
    std::shared_ptr<const Document> previous; // to reuse its parse, with `edits`; may be null
    std::vector<TextEdit> edits;
    CheckSettings settings;               // the configuration that applies to this document
    std::shared_ptr<AnalysisCache> cache; // the document's block findings, reused; may be null
};

struct AnalysisOutcome {
    std::string uri;
    DocumentVersion version = 0;
    std::shared_ptr<const Document> document;
    std::vector<Diagnostic> diagnostics;
    std::vector<std::pair<std::string, DataValue>> summary; // the engine's Analysis::summary
    std::string error; // set when the analysis failed (then the rest is empty)
};

/// Builds the Document and runs the engine; std::nullopt when cancelled.
using Analyzer =
    std::function<std::optional<AnalysisOutcome>(const AnalysisRequest&, const std::atomic<bool>&)>;

/// The real analyzer: Document::build and parallax::analyze.
std::optional<AnalysisOutcome> build_and_analyze(const AnalysisRequest& request,
                                                 const std::atomic<bool>& cancel);

class Scheduler {
public:
    /// Called with each finished (not cancelled) analysis: on the worker thread in Background
    /// mode, on the caller's thread in Inline mode.
    using Deliver = std::function<void(AnalysisOutcome)>;

    /// Inline mode analyses inside schedule() itself: deterministic, for transcript tests.
    enum class Mode { Background, Inline };

    Scheduler(std::chrono::milliseconds debounce, Mode mode, Deliver deliver,
              Analyzer analyzer = build_and_analyze);
    ~Scheduler();
    Scheduler(const Scheduler&) = delete;
    Scheduler& operator=(const Scheduler&) = delete;

    /// Schedules an analysis of a document version, replacing the document's pending one and
    /// cancelling its running one.
    void schedule(AnalysisRequest request);

    /// Drops the document's pending analysis and cancels its running one (didClose).
    void cancel(const std::string& uri);

    /// Cancels everything and joins the worker. Idempotent; the destructor calls it.
    void stop();

    /// True while the document has an analysis pending or running.
    bool busy(const std::string& uri) const;

    /// Analyses waiting for their turn: at most one per document, however many versions came.
    std::size_t pending() const;

private:
    struct Pending {
        AnalysisRequest request;
        std::chrono::steady_clock::time_point due;
    };
    struct Running {
        std::string uri;
        std::shared_ptr<std::atomic<bool>> cancel;
    };

    void work(std::stop_token stop);
    void run_one(const AnalysisRequest& request, const std::atomic<bool>& cancel);

    const std::chrono::milliseconds debounce_;
    const Mode mode_;
    const Deliver deliver_;
    const Analyzer analyzer_;

    mutable std::mutex mutex_;
    std::condition_variable_any wake_;
    std::map<std::string, Pending> pending_; // by uri
    std::optional<Running> running_;
    std::uint64_t generation_ = 0; // bumped on every change to pending_

    std::jthread worker_; // last: started after, and joined before, the members it uses
};

} // namespace parallax::lsp
