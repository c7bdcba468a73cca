#pragma once
// The LSP adapter: binds methods to handlers (one alphabetised table, in session.cpp), keeps
// the lifecycle state, converts protocol types, and owns the document store and the scheduler.
// Handlers live in one file per feature family: lifecycle.cpp, document_sync.cpp,
// diagnostics.cpp, hover.cpp, code_actions.cpp, commands.cpp, workspace_lint.cpp,
// configuration.cpp, size_limits.cpp. Everything here runs on the I/O thread.

#include "client_requests.h"
#include "client_support.h"
#include "configuration.h"
#include "document_store.h"
#include "scheduler.h"
#include "server.h"
#include "size_limits.h"
#include "transport.h"

#include "parallax/protocol/types.h"

#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <variant>

namespace parallax::lsp {

/// A request handler's answer: a result, an error, or "I will reply later" (the handler has
/// registered the request as pending).
struct Deferred {};
/// A result already written as JSON text (large ones skip the nlohmann tree).
struct WrittenResult {
    std::string json;
};
using RequestResult =
    std::variant<nlohmann::json, protocol::ResponseError, Deferred, WrittenResult>;

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
    /// Sends a request to the client; `on_response` gets its result or error.
    void send_request(std::string_view method, const nlohmann::json& params,
                      ResponseHandler on_response);
    void handle(const protocol::Response& response);
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
    std::vector<protocol::Diagnostic> to_lsp(const std::string& uri, DocumentVersion version,
                                             const Text& text,
                                             std::span<const Diagnostic> diagnostics) const;
    /// Answers the requests waiting for a document's analysis (textDocument/diagnostic,
    /// parallax.perspectiveMap): with its findings or map, or (document null) with
    /// RequestFailed and `error`.
    void answer_pulls(const std::string& uri, const StoredDocument* document,
                      const std::string& error);

    // code_actions.cpp
    RequestResult on_code_action(const protocol::RequestId& id, const nlohmann::json& params);
    RequestResult on_code_action_resolve(const protocol::RequestId& id,
                                         const nlohmann::json& params);

    // commands.cpp
    RequestResult on_execute_command(const protocol::RequestId& id, const nlohmann::json& params);
    RequestResult perspective_map(const protocol::RequestId& id,
                                  const std::vector<nlohmann::json>& arguments);
    nlohmann::json perspective_map_of(const StoredDocument& document) const;

    // workspace_lint.cpp
    RequestResult lint_workspace(const protocol::RequestId& id,
                                 const protocol::ExecuteCommandParams& params);
    void on_work_done_progress_cancel(const nlohmann::json& params);
    void lint_next_file();
    void end_workspace_lint(const std::string& message);
    void progress(const nlohmann::json& token, const nlohmann::json& value);

    // configuration.cpp
    void on_did_change_configuration(const nlohmann::json& params);
    void on_did_change_watched_files(const nlohmann::json& params);
    /// Asks the client for the "parallax" settings section (when it can answer).
    void request_configuration();
    void register_file_watchers();
    /// Analyses every open document again, with its settings resolved afresh.
    void relint_open_documents();
    /// Asks a pulling client to pull diagnostics again (workspace/diagnostic/refresh).
    void request_diagnostic_refresh();
    /// The settings of one draft (its configuration files, the editor's settings, its front
    /// matter).
    CheckSettings settings_for(const std::string& uri, const Text& text);
    /// Publishes configuration errors on the files at fault (a .parallax.json, a rule pack)
    /// and returns those of the draft's own front matter.
    std::vector<Diagnostic> report_config_errors(const std::string& draft_path, const Text& draft,
                                                 const config::Resolved& resolved);
    /// Watches configuration files not watched yet (client/registerCapability).
    void watch_files(const std::vector<std::filesystem::path>& files);

    // size_limits.cpp
    /// A message over the limit, skipped unread: answered (under its id when its first bytes
    /// give it), logged, shown to the user once; a skipped didOpen/didChange stops checking
    /// its draft.
    void on_oversized_message(const protocol::FrameError& error);
    /// Takes maxDocumentBytes and maxMessageBytes out of the editor's settings (initialization
    /// options or the "parallax" section) and applies them; errors are logged.
    void apply_editor_limits(nlohmann::json& settings);
    /// A draft over the document limit: its pending analysis is dropped and it gets the one
    /// diagnostic saying so (published or pulled). False when it is within the limit.
    bool skip_if_too_large(StoredDocument& document);
    /// True (with an error logged) when a didChange could make a draft larger than any limit
    /// allows (kLargestSizeLimit): it is not applied.
    bool refuse_unstorable_change(const std::string& uri, std::span<const TextChange> changes);
    /// A didOpen or didChange of `uri` was skipped (over the message limit): the server's copy
    /// is out of step with the client's. It is closed, with a diagnostic saying `why` (pushed).
    void stop_checking(const std::string& uri, const std::string& why);

    /// Method -> handler, alphabetised.
    static std::span<const Route> routes();

    ServerOptions options_;
    Transport& transport_;
    Limits base_limits_; // from the command line; the editor's settings override them
    Limits limits_;
    bool message_limit_shown_ = false; // the first skipped message is shown to the user
    State state_ = State::Uninitialized;
    int exit_status_ = 1;
    PositionEncoding encoding_ = PositionEncoding::Utf16;
    ClientSupport client_;
    std::vector<std::string> workspace_folders_; // uris
    DocumentStore store_;
    ClientRequests client_requests_;
    std::unique_ptr<config::Resolver> resolver_;
    /// The configuration errors published on each configuration file, by uri (to clear them
    /// once fixed, and not to publish the same list again).
    std::map<std::string, std::vector<protocol::Diagnostic>> config_diagnostics_;
    /// Editor-settings errors already shown (they have no file to show them on).
    std::set<std::string> editor_errors_shown_;
    std::set<std::filesystem::path> watched_files_;
    bool watching_ = false; // **/.parallax.json is registered with the client
    /// A request to the client that is sent again, once, when asked for while it is waiting
    /// for its answer (workspace/configuration, workspace/diagnostic/refresh).
    struct CoalescedRequest {
        bool in_flight = false;
        bool again = false;
    };
    CoalescedRequest configuration_request_;
    CoalescedRequest refresh_request_;

    /// Requests answered later (textDocument/diagnostic and parallax.perspectiveMap waiting for
    /// an analysis, parallax.lintWorkspace for its last file), by id as text, with the document
    /// they wait for. $/cancelRequest answers and removes them.
    struct PendingRequest {
        enum class Kind { Diagnostics, PerspectiveMap, WorkspaceLint };
        protocol::RequestId id;
        std::string uri;
        Kind kind = Kind::Diagnostics;
    };
    std::map<std::string, PendingRequest> pending_;

    /// The workspace lint under way (parallax.lintWorkspace): one file per turn of the I/O
    /// loop, so that the editor's requests are answered between files.
    struct WorkspaceLint {
        protocol::RequestId request;
        std::optional<nlohmann::json> token; // $/progress token, when progress is reported
        std::vector<std::string> paths;
        std::size_t next = 0;
        std::size_t findings = 0;
        std::size_t files_with_findings = 0;
        bool cancelled = false;
    };
    std::optional<WorkspaceLint> lint_;
    std::uint64_t next_progress_token_ = 1;
    /// Closed documents whose diagnostics a workspace lint published: cleared when they are
    /// opened in a client that pulls, so that they are not shown twice.
    std::set<std::string> published_closed_;

    Scheduler scheduler_; // last: its worker is joined before the members it reports to go
};

} // namespace parallax::lsp
