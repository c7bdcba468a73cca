#include "session.h"

#include "lint.h"

#include <algorithm>
#include <array>
#include <cstdio>

namespace parallax::lsp {

using nlohmann::json;
using protocol::ErrorCode;

std::span<const Session::Route> Session::routes() {
    // One table, alphabetised by method. Requests return a RequestResult; notifications void.
    static const std::array<Route, 18> table{{
        {"$/cancelRequest", &Session::on_cancel_request},
        {"codeAction/resolve", &Session::on_code_action_resolve},
        {"exit", &Session::on_exit},
        {"initialize", &Session::on_initialize},
        {"initialized", &Session::on_initialized},
        {"parallax/documentText", &Session::on_document_text},
        {"shutdown", &Session::on_shutdown},
        {"textDocument/codeAction", &Session::on_code_action},
        {"textDocument/diagnostic", &Session::on_document_diagnostic},
        {"textDocument/didChange", &Session::on_did_change},
        {"textDocument/didClose", &Session::on_did_close},
        {"textDocument/didOpen", &Session::on_did_open},
        {"textDocument/didSave", &Session::on_did_save},
        {"textDocument/hover", &Session::on_hover},
        {"window/workDoneProgress/cancel", &Session::on_work_done_progress_cancel},
        {"workspace/didChangeConfiguration", &Session::on_did_change_configuration},
        {"workspace/didChangeWatchedFiles", &Session::on_did_change_watched_files},
        {"workspace/executeCommand", &Session::on_execute_command},
    }};
    return table;
}

namespace {

const Session::Route* find_route(std::span<const Session::Route> routes, std::string_view method) {
    auto it =
        std::lower_bound(routes.begin(), routes.end(), method,
                         [](const Session::Route& r, std::string_view m) { return r.method < m; });
    return it != routes.end() && it->method == method ? &*it : nullptr;
}

std::chrono::milliseconds debounce_of(const ServerOptions& options) {
    return options.deterministic ? std::chrono::milliseconds(0)
                                 : std::chrono::milliseconds(options.debounce_ms);
}

} // namespace

Session::Session(const ServerOptions& options, Transport& transport)
    : options_(options), transport_(transport), base_limits_{options.config.max_document_bytes,
                                                             options.max_message_bytes},
      limits_(base_limits_),
      resolver_(std::make_unique<config::Resolver>(user_settings(options.config))),
      scheduler_(debounce_of(options),
                 options.deterministic ? Scheduler::Mode::Inline : Scheduler::Mode::Background,
                 [this](AnalysisOutcome outcome) {
                     if (options_.deterministic) {
                         on_analysis_done(std::move(outcome));
                         return;
                     }
                     // From the worker thread back to the I/O thread.
                     transport_.post([this, outcome = std::move(outcome)]() mutable {
                         on_analysis_done(std::move(outcome));
                     });
                 }) {
    transport_.set_max_message_bytes(limits_.max_message_bytes);
}

Session::~Session() {
    scheduler_.stop();
}

void Session::on_payload(std::string payload) {
    if (state_ == State::Exited)
        return;
    protocol::Message message = protocol::parse_message(payload);
    if (auto* request = std::get_if<protocol::Request>(&message)) {
        handle(std::move(*request));
    } else if (auto* notification = std::get_if<protocol::Notification>(&message)) {
        handle(std::move(*notification));
    } else if (auto* error = std::get_if<protocol::MessageError>(&message)) {
        log(protocol::MessageType::Error, error->error.message);
        reply_error(error->id, error->error.code, error->error.message);
    } else {
        handle(std::get<protocol::Response>(message));
    }
}

void Session::on_frame_error(const protocol::FrameError& error) {
    if (error.too_large) {
        on_oversized_message(error); // size_limits.cpp
        return;
    }
    log(protocol::MessageType::Error, "framing: " + error.message);
    reply_error(std::nullopt, ErrorCode::ParseError, error.message);
}

void Session::on_end_of_stream(std::string_view reason) {
    if (state_ == State::Exited)
        return;
    std::fprintf(stderr, "parallax: %.*s before exit\n", static_cast<int>(reason.size()),
                 reason.data());
    finish(state_ == State::ShutDown ? 0 : 1);
}

void Session::handle(protocol::Request request) {
    const Route* route = find_route(routes(), request.method);
    if (state_ == State::Uninitialized && request.method != "initialize") {
        reply_error(request.id, ErrorCode::ServerNotInitialized,
                    "server not initialized: send initialize first");
        return;
    }
    if (state_ == State::ShutDown) {
        reply_error(request.id, ErrorCode::InvalidRequest,
                    "server is shut down: only exit is accepted");
        return;
    }
    if (route == nullptr || !std::holds_alternative<RequestHandler>(route->handler)) {
        reply_error(request.id, ErrorCode::MethodNotFound, "method not found: " + request.method);
        return;
    }
    RequestResult result;
    try {
        result = (this->*std::get<RequestHandler>(route->handler))(request.id, request.params);
    } catch (const protocol::FieldError& e) {
        result = protocol::ResponseError{ErrorCode::InvalidParams, e.what()};
    } catch (const std::exception& e) { // the boundary: nothing a client sends ends the server
        log(protocol::MessageType::Error, request.method + " failed: " + e.what());
        result = protocol::ResponseError{ErrorCode::InternalError, e.what()};
    }
    if (std::holds_alternative<Deferred>(result) && pending_.size() > kMaxPendingRequests) {
        // A client that floods the server with requests that wait for analyses.
        pending_.erase(protocol::to_string(request.id));
        result = protocol::ResponseError{ErrorCode::RequestFailed,
                                         "too many requests waiting for analyses (" +
                                             std::to_string(kMaxPendingRequests) + "): ask again"};
    }
    if (auto* value = std::get_if<json>(&result))
        reply(request.id, *value);
    else if (auto* error = std::get_if<protocol::ResponseError>(&result))
        reply_error(request.id, error->code, error->message);
    else if (auto* written = std::get_if<WrittenResult>(&result))
        transport_.send(protocol::encode_result_text(request.id, written->json));
}

void Session::handle(protocol::Notification notification) {
    const Route* route = find_route(routes(), notification.method);
    if (state_ == State::Uninitialized && notification.method != "exit")
        return; // the spec: drop notifications before initialize, except exit
    if (route == nullptr || !std::holds_alternative<NotificationHandler>(route->handler)) {
        if (!notification.method.starts_with("$/"))
            log(protocol::MessageType::Log, "ignoring notification " + notification.method);
        return;
    }
    try {
        (this->*std::get<NotificationHandler>(route->handler))(notification.params);
    } catch (const protocol::FieldError& e) {
        log(protocol::MessageType::Error,
            notification.method + ": invalid params: " + std::string(e.what()));
    } catch (const std::exception& e) {
        log(protocol::MessageType::Error, notification.method + " failed: " + e.what());
    }
}

void Session::reply(const protocol::RequestId& id, const json& result) {
    transport_.send(protocol::encode_result(id, result));
}

void Session::reply_error(const std::optional<protocol::RequestId>& id, ErrorCode code,
                          std::string message) {
    transport_.send(protocol::encode_error(id, {code, std::move(message)}));
}

void Session::notify(std::string_view method, const json& params) {
    transport_.send(protocol::encode_notification(method, params));
}

void Session::send_request(std::string_view method, const json& params,
                           ResponseHandler on_response) {
    transport_.send(client_requests_.start(method, params, std::move(on_response)));
}

void Session::handle(const protocol::Response& response) {
    try {
        if (!client_requests_.finish(response))
            log(protocol::MessageType::Warning,
                "ignoring a response to a request never sent: " + protocol::to_string(response.id));
    } catch (const std::exception& e) { // the boundary: a client's odd answer ends nothing
        log(protocol::MessageType::Error,
            "handling the response " + protocol::to_string(response.id) + " failed: " + e.what());
    }
}

void Session::log(protocol::MessageType type, const std::string& message) {
    std::fprintf(stderr, "parallax: %s\n", message.c_str());
    if (state_ != State::Exited)
        notify("window/logMessage", protocol::LogMessageParams{type, message});
}

void Session::finish(int status) {
    exit_status_ = status;
    state_ = State::Exited;
    scheduler_.stop();
    for (auto& [key, pending] : pending_)
        reply_error(pending.id, ErrorCode::RequestFailed, "server exiting");
    pending_.clear();
    lint_.reset();
    client_requests_.fail_all("server exiting");
    transport_.close();
}

} // namespace parallax::lsp
