#pragma once
// The LSP adapter: binds methods to handlers (one alphabetised table, in session.cpp), keeps
// the lifecycle state, converts protocol types, and owns the document store and the scheduler.
// Handlers live in one file per feature family: lifecycle.cpp, document_sync.cpp,
// diagnostics.cpp. Everything here runs on the I/O thread.

#include "document_store.h"
#include "scheduler.h"
#include "server.h"
#include "transport.h"

#include "parallax/protocol/types.h"

#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>

namespace parallax::lsp {

/// A request handler's answer: a result, an error, or "I will reply later" (the handler has
/// registered the request as pending).
struct Deferred {};
using RequestResult = std::variant<nlohmann::json, protocol::ResponseError, Deferred>;

class Session final : public MessageSink {
public:
    Session(const ServerOptions& options, Transport& transport);
    ~Session() override;

    // MessageSink
    void on_payload(std::string payload) override;
    void on_frame_error(const protocol::FrameError& error) override;
    void on_end_of_stream(std::string_view reason) override;
    int exit_status() const override { return exit_status_; }

    using RequestHandler = RequestResult (Session::*)(const protocol::RequestId&,
                                                      const nlohmann::json&);
    using NotificationHandler = void (Session::*)(const nlohmann::json&);
    struct Route {
        std::string_view method;
        std::variant<RequestHandler, NotificationHandler> handler;
    };

private:
    enum class State { Uninitialized, Running, ShutDown, Exited };

    void handle(protocol::Request request);
    void handle(protocol::Notification notification);
    void reply(const protocol::RequestId& id, const nlohmann::json& result);
    void reply_error(const std::optional<protocol::RequestId>& id, protocol::ErrorCode code,
                     std::string message);
    void notify(std::string_view method, const nlohmann::json& params);
    void log(protocol::MessageType type, const std::string& message);
    /// Stops the scheduler and closes the transport; `status` becomes the exit status.
    void finish(int status);

    // lifecycle.cpp
    RequestResult on_initialize(const protocol::RequestId& id, const nlohmann::json& params);
    void on_initialized(const nlohmann::json& params);
    RequestResult on_shutdown(const protocol::RequestId& id, const nlohmann::json& params);
    void on_exit(const nlohmann::json& params);
    void on_cancel_request(const nlohmann::json& params);

    // document_sync.cpp
    void on_did_open(const nlohmann::json& params);
    void on_did_change(const nlohmann::json& params);
    void on_did_save(const nlohmann::json& params);
    void on_did_close(const nlohmann::json& params);
    RequestResult on_document_text(const protocol::RequestId& id, const nlohmann::json& params);
    RequestResult on_hover(const protocol::RequestId& id, const nlohmann::json& params);
    void schedule_analysis(StoredDocument& document);

    // diagnostics.cpp
    RequestResult on_document_diagnostic(const protocol::RequestId& id,
                                         const nlohmann::json& params);
    void on_analysis_done(AnalysisOutcome outcome);
    void publish(const StoredDocument& document);
    void publish_empty(const std::string& uri);
    std::vector<protocol::Diagnostic> to_lsp(const StoredDocument& document) const;
    /// Answers the pending textDocument/diagnostic requests for a document: with its
    /// diagnostics, or (document null) with RequestFailed and `error`.
    void answer_pulls(const std::string& uri, const StoredDocument* document,
                      const std::string& error);

    /// Method -> handler, alphabetised.
    static std::span<const Route> routes();

    ServerOptions options_;
    Transport& transport_;
    State state_ = State::Uninitialized;
    int exit_status_ = 1;
    PositionEncoding encoding_ = PositionEncoding::Utf16;
    DocumentStore store_;

    /// Requests answered later (textDocument/diagnostic waiting for an analysis), by id as
    /// text, with the document they wait for. $/cancelRequest answers and removes them.
    struct PendingRequest {
        protocol::RequestId id;
        std::string uri;
    };
    std::map<std::string, PendingRequest> pending_;

    Scheduler scheduler_; // last: its worker is joined before the members it reports to go
};

} // namespace parallax::lsp
