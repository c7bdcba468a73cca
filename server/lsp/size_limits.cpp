// Limits: reading them from the editor's settings and applying them to the transport; the one
// diagnostic a draft over the document limit gets instead of an analysis; what becomes of a
// message over the message limit; and the bound on a draft's growth by edits.
#include "size_limits.h"

#include "inputs.h"
#include "session.h"

#include "parallax/protocol/jsonc.h"

#include <cstdint>
#include <variant>

namespace parallax::lsp {

using nlohmann::json;

namespace {

struct LimitKey {
    std::string_view name;
    std::size_t Limits::*field;
    std::size_t minimum;
};

/// `settings[key]` as a byte count in [minimum, kLargestSizeLimit]; an error message otherwise.
std::variant<std::size_t, std::string> read_size(const json& value, std::string_view key,
                                                 std::size_t minimum) {
    const std::string range = "a whole number of bytes from " + std::to_string(minimum) + " to " +
                              std::to_string(kLargestSizeLimit);
    if (!value.is_number_integer())
        return std::string(key) + ": expected " + range + ", found " +
               std::string(protocol::describe_type(value));
    if (value.is_number_unsigned() || value.get<std::int64_t>() >= 0) {
        const auto bytes = value.get<std::uint64_t>();
        if (bytes >= minimum && bytes <= kLargestSizeLimit)
            return static_cast<std::size_t>(bytes);
    }
    return std::string(key) + ": expected " + range + ", found " + value.dump();
}

} // namespace

LimitSettings take_limits(json& settings, const Limits& defaults) {
    static const LimitKey keys[] = {
        {"maxDocumentBytes", &Limits::max_document_bytes, 1},
        {"maxMessageBytes", &Limits::max_message_bytes, kMinMaxMessageBytes},
    };
    LimitSettings out{defaults, {}};
    if (!settings.is_object())
        return out;
    for (const LimitKey& key : keys) {
        auto it = settings.find(key.name);
        if (it == settings.end())
            continue;
        if (!it->is_null()) {
            auto size = read_size(*it, key.name, key.minimum);
            if (auto* bytes = std::get_if<std::size_t>(&size))
                out.limits.*key.field = *bytes;
            else
                out.errors.push_back(std::get<std::string>(std::move(size)));
        }
        settings.erase(it);
    }
    return out;
}

Diagnostic too_large_diagnostic(const Text& text, std::size_t max_document_bytes) {
    Diagnostic d;
    d.rule = std::string(kDocumentTooLargeRule);
    d.severity = Severity::Warning;
    d.range = {ByteOffset{0}, text.line_end(LineNumber{0})};
    d.message = "Parallax skipped this draft: " +
                too_large_message(text.str().size(), max_document_bytes, kMaxDocumentBytesSetting) +
                ". Shorten the draft or raise the setting to check it.";
    return d;
}

void Session::apply_editor_limits(json& settings) {
    LimitSettings read = take_limits(settings, base_limits_);
    for (const std::string& error : read.errors) {
        if (editor_errors_shown_.insert(error).second)
            log(protocol::MessageType::Error, "parallax settings: " + error);
    }
    limits_ = read.limits;
    transport_.set_max_message_bytes(limits_.max_message_bytes);
}

bool Session::skip_if_too_large(StoredDocument& document) {
    if (document.text.str().size() <= limits_.max_document_bytes)
        return false;
    scheduler_.cancel(document.uri);
    // Its parse is of another text, and may be large: the next analysis starts afresh.
    document.document.reset();
    document.edits.clear();
    document.rebuild = true;
    document.summary.clear();
    document.diagnostics = {too_large_diagnostic(document.text, limits_.max_document_bytes)};
    document.analyzed_version = document.version;
    if (!client_.pull_diagnostics)
        publish(document);
    answer_pulls(document.uri, &document, {});
    return true;
}

void Session::on_oversized_message(const protocol::FrameError& error) {
    // Skipped unread. Its first bytes usually name its id and method: a request is answered
    // (its client is not left waiting), anything else gets the JSON-RPC answer for an id that
    // cannot be known, id null.
    const protocol::MessageHead head = protocol::read_message_head(error.head);
    const std::string what = head.method ? *head.method + " message" : "message";
    const std::string message = "Parallax skipped a " + what + ": " +
                                too_large_message(error.declared_length, limits_.max_message_bytes,
                                                  kMaxMessageBytesSetting);
    log(protocol::MessageType::Error, message);
    if (head.id && head.method)
        reply_error(*head.id, protocol::ErrorCode::RequestFailed, message);
    else
        reply_error(std::nullopt, protocol::ErrorCode::InvalidRequest, message);
    if (head.uri && state_ == State::Running &&
        (head.method == "textDocument/didOpen" || head.method == "textDocument/didChange"))
        stop_checking(*head.uri, message);
    // Shown once: a skipped didOpen or didChange leaves a draft unchecked, or out of step.
    if (!message_limit_shown_ && state_ == State::Running) {
        message_limit_shown_ = true;
        // window/showMessage has logMessage's shape.
        notify("window/showMessage",
               protocol::LogMessageParams{protocol::MessageType::Warning, message});
    }
}

void Session::stop_checking(const std::string& uri, const std::string& why) {
    scheduler_.cancel(uri);
    answer_pulls(uri, nullptr, why);
    store_.close(uri); // out of step with the client: its text is no longer known
    if (client_.pull_diagnostics)
        return; // nothing pushed to a pulling client; window/showMessage told the writer
    protocol::Diagnostic d;
    d.severity = protocol::DiagnosticSeverity::Warning;
    d.code = std::string(kDocumentTooLargeRule);
    d.source = "parallax";
    d.message = why + ". Parallax stopped checking this draft: close and reopen it to check it "
                      "again.";
    notify("textDocument/publishDiagnostics",
           protocol::PublishDiagnosticsParams{uri, std::nullopt, {std::move(d)}});
}

bool Session::refuse_unstorable_change(const std::string& uri,
                                       std::span<const TextChange> changes) {
    const StoredDocument* document = store_.find(uri);
    std::size_t at_most = document != nullptr ? document->text.str().size() : 0;
    for (const TextChange& change : changes) {
        // A whole new text replaces the old; an edit adds at most its text.
        at_most = change.range ? at_most + change.text.size() : change.text.size();
    }
    if (at_most <= kLargestSizeLimit)
        return false;
    log(protocol::MessageType::Error, "didChange refused, document unchanged: it could grow " +
                                          uri + " past " + describe_size(kLargestSizeLimit) +
                                          ", more than any draft may hold");
    return true;
}

} // namespace parallax::lsp
