#pragma once
// The LSP 3.17 types Parallax uses: plain structs with the spec's field names, each with
// to_json and/or from_json. from_json throws FieldError naming the bad field (for InvalidParams).
// Only what we use is here; this is not a mirror of the spec.

#include "parallax/protocol/json_read.h"
#include "parallax/protocol/jsonrpc.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace parallax::protocol {

using nlohmann::json;

/// Position encodings as the spec names them.
inline constexpr std::string_view kEncodingUtf8 = "utf-8";
inline constexpr std::string_view kEncodingUtf16 = "utf-16";

struct Position {
    std::uint32_t line = 0;
    std::uint32_t character = 0;
    bool operator==(const Position&) const = default;
};

struct Range {
    Position start;
    Position end;
    bool operator==(const Range&) const = default;
};

struct Location {
    std::string uri;
    Range range;
    bool operator==(const Location&) const = default;
};

struct TextDocumentIdentifier {
    std::string uri;
};

struct VersionedTextDocumentIdentifier {
    std::string uri;
    std::int32_t version = 0;
};

struct TextDocumentItem {
    std::string uri;
    std::string languageId;
    std::int32_t version = 0;
    std::string text;
};

/// A full-text change when `range` is absent, else an incremental one.
struct TextDocumentContentChangeEvent {
    std::optional<Range> range;
    std::optional<std::uint32_t> rangeLength; // deprecated by the spec; read and ignored
    std::string text;
};

struct DidOpenTextDocumentParams {
    TextDocumentItem textDocument;
};

struct DidChangeTextDocumentParams {
    VersionedTextDocumentIdentifier textDocument;
    std::vector<TextDocumentContentChangeEvent> contentChanges;
};

struct DidSaveTextDocumentParams {
    TextDocumentIdentifier textDocument;
    std::optional<std::string> text;
};

struct DidCloseTextDocumentParams {
    TextDocumentIdentifier textDocument;
};

/// Params of requests that only name a document (textDocument/diagnostic,
/// parallax/documentText).
struct TextDocumentParams {
    TextDocumentIdentifier textDocument;
};

/// textDocument/hover (and any request naming a document and a position).
struct TextDocumentPositionParams {
    TextDocumentIdentifier textDocument;
    Position position;
};

/// The reply to textDocument/hover: Markdown contents over an optional range.
struct Hover {
    std::string markdown;
    std::optional<Range> range;
};

struct ClientInfo {
    std::string name;
    std::optional<std::string> version;
};

struct InitializeParams {
    std::optional<std::int64_t> processId;
    std::optional<std::string> rootUri;
    std::optional<ClientInfo> clientInfo;
    /// capabilities.general.positionEncodings, in the client's order of preference.
    std::vector<std::string> positionEncodings;
    json capabilities = json::object();
    json initializationOptions;
};

struct ServerInfo {
    std::string name;
    std::string version;
};

enum class TextDocumentSyncKind { None = 0, Full = 1, Incremental = 2 };

struct SaveOptions {
    bool includeText = false;
};

struct TextDocumentSyncOptions {
    bool openClose = true;
    TextDocumentSyncKind change = TextDocumentSyncKind::Incremental;
    SaveOptions save;
};

struct DiagnosticOptions {
    std::string identifier = "parallax";
    bool interFileDependencies = false;
    bool workspaceDiagnostics = false;
};

struct CodeActionOptions {
    std::vector<std::string> codeActionKinds;
    bool resolveProvider = false;
};

struct ExecuteCommandOptions {
    std::vector<std::string> commands;
};

struct ServerCapabilities {
    std::string positionEncoding = std::string(kEncodingUtf16);
    TextDocumentSyncOptions textDocumentSync;
    std::optional<DiagnosticOptions> diagnosticProvider;
    bool hoverProvider = false;
    std::optional<CodeActionOptions> codeActionProvider;
    std::optional<ExecuteCommandOptions> executeCommandProvider;
};

struct InitializeResult {
    ServerCapabilities capabilities;
    ServerInfo serverInfo;
};

enum class DiagnosticSeverity { Error = 1, Warning = 2, Information = 3, Hint = 4 };

struct DiagnosticRelatedInformation {
    Location location;
    std::string message;
};

struct Diagnostic {
    Range range;
    std::optional<DiagnosticSeverity> severity;
    std::optional<std::string> code;
    std::optional<std::string> source;
    std::string message;
    std::vector<DiagnosticRelatedInformation> relatedInformation;
    std::optional<json> data;
};

struct PublishDiagnosticsParams {
    std::string uri;
    std::optional<std::int32_t> version;
    std::vector<Diagnostic> diagnostics;
};

/// The reply to textDocument/diagnostic (always a full report).
struct FullDocumentDiagnosticReport {
    std::vector<Diagnostic> items;
};

/// One edit of a WorkspaceEdit (LSP's TextEdit).
struct TextEdit {
    Range range;
    std::string newText;
    bool operator==(const TextEdit&) const = default;
};

/// Edits by document uri. LSP 3.17 has no snippets here: placeholders are plain text.
struct WorkspaceEdit {
    std::map<std::string, std::vector<TextEdit>> changes;
};

/// Code action kinds Parallax offers.
inline constexpr std::string_view kCodeActionQuickFix = "quickfix";
inline constexpr std::string_view kCodeActionSource = "source";

struct CodeActionContext {
    std::vector<Diagnostic> diagnostics;
    std::optional<std::vector<std::string>> only;
};

struct CodeActionParams {
    TextDocumentIdentifier textDocument;
    Range range;
    CodeActionContext context;
};

/// A code action; `edit` is filled by codeAction/resolve from `data`.
struct CodeAction {
    std::string title;
    std::optional<std::string> kind;
    std::vector<Diagnostic> diagnostics;
    bool isPreferred = false;
    std::optional<WorkspaceEdit> edit;
    std::optional<json> data;
};

struct ExecuteCommandParams {
    std::string command;
    std::vector<json> arguments;
    std::optional<json> workDoneToken; // a string or an integer
};

/// $/progress values (the `value` of a ProgressParams).
struct WorkDoneProgressBegin {
    std::string title;
    bool cancellable = false;
    std::optional<std::string> message;
    std::optional<std::uint32_t> percentage;
};
struct WorkDoneProgressReport {
    std::optional<std::string> message;
    std::optional<std::uint32_t> percentage;
};
struct WorkDoneProgressEnd {
    std::optional<std::string> message;
};

/// A client's file watcher event (workspace/didChangeWatchedFiles).
enum class FileChangeType { Created = 1, Changed = 2, Deleted = 3 };
struct FileEvent {
    std::string uri;
    FileChangeType type = FileChangeType::Changed;
};
struct DidChangeWatchedFilesParams {
    std::vector<FileEvent> changes;
};

enum class MessageType { Error = 1, Warning = 2, Info = 3, Log = 4 };

struct LogMessageParams {
    MessageType type = MessageType::Log;
    std::string message;
};

struct CancelParams {
    RequestId id;
};

// --- JSON conversions ---------------------------------------------------------------------------
// from_json throws FieldError; to_json omits absent optional fields.

void to_json(json& j, const Position& value);
void from_json(const json& j, Position& value);
void to_json(json& j, const Range& value);
void from_json(const json& j, Range& value);
void to_json(json& j, const Location& value);
void from_json(const json& j, Location& value);
void to_json(json& j, const TextDocumentIdentifier& value);
void from_json(const json& j, TextDocumentIdentifier& value);
void to_json(json& j, const VersionedTextDocumentIdentifier& value);
void from_json(const json& j, VersionedTextDocumentIdentifier& value);
void to_json(json& j, const TextDocumentItem& value);
void from_json(const json& j, TextDocumentItem& value);
void to_json(json& j, const TextDocumentContentChangeEvent& value);
void from_json(const json& j, TextDocumentContentChangeEvent& value);
void to_json(json& j, const DidOpenTextDocumentParams& value);
void from_json(const json& j, DidOpenTextDocumentParams& value);
void to_json(json& j, const DidChangeTextDocumentParams& value);
void from_json(const json& j, DidChangeTextDocumentParams& value);
void to_json(json& j, const DidSaveTextDocumentParams& value);
void from_json(const json& j, DidSaveTextDocumentParams& value);
void to_json(json& j, const DidCloseTextDocumentParams& value);
void from_json(const json& j, DidCloseTextDocumentParams& value);
void from_json(const json& j, TextDocumentParams& value);
void to_json(json& j, const ClientInfo& value);
void from_json(const json& j, ClientInfo& value);
void to_json(json& j, const InitializeParams& value);
void from_json(const json& j, InitializeParams& value);
void to_json(json& j, const InitializeResult& value);
void from_json(const json& j, InitializeResult& value);
void to_json(json& j, const Diagnostic& value);
void from_json(const json& j, Diagnostic& value);
void to_json(json& j, const DiagnosticRelatedInformation& value);
void from_json(const json& j, DiagnosticRelatedInformation& value);
void to_json(json& j, const PublishDiagnosticsParams& value);
void from_json(const json& j, PublishDiagnosticsParams& value);
void to_json(json& j, const FullDocumentDiagnosticReport& value);
void to_json(json& j, const LogMessageParams& value);
void from_json(const json& j, LogMessageParams& value);
void to_json(json& j, const CancelParams& value);
void from_json(const json& j, TextDocumentPositionParams& value);
void to_json(json& j, const Hover& value);
void from_json(const json& j, CancelParams& value);
void to_json(json& j, const TextEdit& value);
void from_json(const json& j, TextEdit& value);
void to_json(json& j, const WorkspaceEdit& value);
void from_json(const json& j, WorkspaceEdit& value);
void from_json(const json& j, CodeActionContext& value);
void from_json(const json& j, CodeActionParams& value);
void to_json(json& j, const CodeAction& value);
void from_json(const json& j, CodeAction& value);
void from_json(const json& j, ExecuteCommandParams& value);
void to_json(json& j, const WorkDoneProgressBegin& value);
void to_json(json& j, const WorkDoneProgressReport& value);
void to_json(json& j, const WorkDoneProgressEnd& value);
void from_json(const json& j, FileEvent& value);
void from_json(const json& j, DidChangeWatchedFilesParams& value);

} // namespace parallax::protocol
