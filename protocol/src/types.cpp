#include "parallax/protocol/types.h"

namespace parallax::protocol {
namespace {

template <class T> void put_optional(json& j, const char* name, const std::optional<T>& value) {
    if (value)
        j[name] = *value;
}

template <class Enum>
void read_enum(const json& j, std::string_view name, Enum& out, int low, int high) {
    std::int64_t number = 0;
    read_field(j, name, number);
    if (number < low || number > high)
        throw FieldError(std::string(name), "value " + std::to_string(number) + " out of range");
    out = static_cast<Enum>(number);
}

} // namespace

void to_json(json& j, const Position& value) {
    j = {{"line", value.line}, {"character", value.character}};
}
void from_json(const json& j, Position& value) {
    read_field(j, "line", value.line);
    read_field(j, "character", value.character);
}

void to_json(json& j, const Range& value) {
    j = {{"start", value.start}, {"end", value.end}};
}
void from_json(const json& j, Range& value) {
    read_field(j, "start", value.start);
    read_field(j, "end", value.end);
}

void to_json(json& j, const Location& value) {
    j = {{"uri", value.uri}, {"range", value.range}};
}
void from_json(const json& j, Location& value) {
    read_field(j, "uri", value.uri);
    read_field(j, "range", value.range);
}

void to_json(json& j, const TextDocumentIdentifier& value) {
    j = {{"uri", value.uri}};
}
void from_json(const json& j, TextDocumentIdentifier& value) {
    read_field(j, "uri", value.uri);
}

void to_json(json& j, const VersionedTextDocumentIdentifier& value) {
    j = {{"uri", value.uri}, {"version", value.version}};
}
void from_json(const json& j, VersionedTextDocumentIdentifier& value) {
    read_field(j, "uri", value.uri);
    read_field(j, "version", value.version);
}

void to_json(json& j, const TextDocumentItem& value) {
    j = {{"uri", value.uri},
         {"languageId", value.languageId},
         {"version", value.version},
         {"text", value.text}};
}
void from_json(const json& j, TextDocumentItem& value) {
    read_field(j, "uri", value.uri);
    read_field(j, "languageId", value.languageId);
    read_field(j, "version", value.version);
    read_field(j, "text", value.text);
}

void to_json(json& j, const TextDocumentContentChangeEvent& value) {
    j = {{"text", value.text}};
    put_optional(j, "range", value.range);
    put_optional(j, "rangeLength", value.rangeLength);
}
void from_json(const json& j, TextDocumentContentChangeEvent& value) {
    read_field(j, "range", value.range);
    read_field(j, "rangeLength", value.rangeLength);
    read_field(j, "text", value.text);
}

void to_json(json& j, const DidOpenTextDocumentParams& value) {
    j = {{"textDocument", value.textDocument}};
}
void from_json(const json& j, DidOpenTextDocumentParams& value) {
    read_field(j, "textDocument", value.textDocument);
}

void to_json(json& j, const DidChangeTextDocumentParams& value) {
    j = {{"textDocument", value.textDocument}, {"contentChanges", value.contentChanges}};
}
void from_json(const json& j, DidChangeTextDocumentParams& value) {
    read_field(j, "textDocument", value.textDocument);
    read_field(j, "contentChanges", value.contentChanges);
}

void to_json(json& j, const DidSaveTextDocumentParams& value) {
    j = {{"textDocument", value.textDocument}};
    put_optional(j, "text", value.text);
}
void from_json(const json& j, DidSaveTextDocumentParams& value) {
    read_field(j, "textDocument", value.textDocument);
    read_field(j, "text", value.text);
}

void to_json(json& j, const DidCloseTextDocumentParams& value) {
    j = {{"textDocument", value.textDocument}};
}
void from_json(const json& j, DidCloseTextDocumentParams& value) {
    read_field(j, "textDocument", value.textDocument);
}

void from_json(const json& j, TextDocumentParams& value) {
    read_field(j, "textDocument", value.textDocument);
}

void from_json(const json& j, TextDocumentPositionParams& value) {
    read_field(j, "textDocument", value.textDocument);
    read_field(j, "position", value.position);
}

void to_json(json& j, const Hover& value) {
    j = {{"contents", {{"kind", "markdown"}, {"value", value.markdown}}}};
    put_optional(j, "range", value.range);
}

void to_json(json& j, const ClientInfo& value) {
    j = {{"name", value.name}};
    put_optional(j, "version", value.version);
}
void from_json(const json& j, ClientInfo& value) {
    read_field(j, "name", value.name);
    read_field(j, "version", value.version);
}

void to_json(json& j, const InitializeParams& value) {
    json capabilities = value.capabilities.is_object() ? value.capabilities : json::object();
    capabilities["general"]["positionEncodings"] = value.positionEncodings;
    j = {{"processId", value.processId ? json(*value.processId) : json()},
         {"rootUri", value.rootUri ? json(*value.rootUri) : json()},
         {"capabilities", std::move(capabilities)}};
    put_optional(j, "clientInfo", value.clientInfo);
    if (!value.initializationOptions.is_null())
        j["initializationOptions"] = value.initializationOptions;
}
void from_json(const json& j, InitializeParams& value) {
    read_field(j, "processId", value.processId);
    read_field(j, "rootUri", value.rootUri);
    read_field(j, "clientInfo", value.clientInfo);
    std::optional<json> capabilities;
    read_field(j, "capabilities", capabilities);
    value.capabilities = capabilities.value_or(json::object());
    if (!value.capabilities.is_object())
        throw FieldError("capabilities", "expected object");
    value.positionEncodings.clear();
    try {
        if (auto general = value.capabilities.find("general");
            general != value.capabilities.end() && !general->is_null()) {
            if (!general->is_object())
                throw FieldError("general", "expected object");
            std::optional<std::vector<std::string>> encodings;
            try {
                read_field(*general, "positionEncodings", encodings);
            } catch (const FieldError& e) {
                throw e.nested_in("general");
            }
            value.positionEncodings = encodings.value_or(std::vector<std::string>{});
        }
    } catch (const FieldError& e) {
        throw e.nested_in("capabilities");
    }
    std::optional<json> options;
    read_field(j, "initializationOptions", options);
    value.initializationOptions = options.value_or(json());
}

void to_json(json& j, const InitializeResult& value) {
    const auto& caps = value.capabilities;
    json sync = {{"openClose", caps.textDocumentSync.openClose},
                 {"change", static_cast<int>(caps.textDocumentSync.change)},
                 {"save", {{"includeText", caps.textDocumentSync.save.includeText}}}};
    json capabilities = {{"positionEncoding", caps.positionEncoding},
                         {"textDocumentSync", std::move(sync)}};
    if (caps.hoverProvider) {
        capabilities["hoverProvider"] = true;
    }
    if (caps.codeActionProvider) {
        capabilities["codeActionProvider"] = {
            {"codeActionKinds", caps.codeActionProvider->codeActionKinds},
            {"resolveProvider", caps.codeActionProvider->resolveProvider}};
    }
    if (caps.executeCommandProvider) {
        capabilities["executeCommandProvider"] = {
            {"commands", caps.executeCommandProvider->commands}};
    }
    if (caps.diagnosticProvider) {
        capabilities["diagnosticProvider"] = {
            {"identifier", caps.diagnosticProvider->identifier},
            {"interFileDependencies", caps.diagnosticProvider->interFileDependencies},
            {"workspaceDiagnostics", caps.diagnosticProvider->workspaceDiagnostics}};
    }
    j = {{"capabilities", std::move(capabilities)},
         {"serverInfo", {{"name", value.serverInfo.name}, {"version", value.serverInfo.version}}}};
}
void from_json(const json& j, InitializeResult& value) {
    json capabilities;
    read_field(j, "capabilities", capabilities);
    if (!capabilities.is_object())
        throw FieldError("capabilities", "expected object");
    try {
        std::optional<std::string> encoding;
        read_field(capabilities, "positionEncoding", encoding);
        value.capabilities.positionEncoding = encoding.value_or(std::string(kEncodingUtf16));
        if (auto sync = capabilities.find("textDocumentSync"); sync != capabilities.end()) {
            try {
                if (!sync->is_object())
                    throw FieldError("", "expected object");
                std::optional<bool> open_close;
                read_field(*sync, "openClose", open_close);
                value.capabilities.textDocumentSync.openClose = open_close.value_or(false);
                TextDocumentSyncKind kind = TextDocumentSyncKind::None;
                if (sync->contains("change"))
                    read_enum(*sync, "change", kind, 0, 2);
                value.capabilities.textDocumentSync.change = kind;
                if (auto save = sync->find("save"); save != sync->end() && save->is_object())
                    value.capabilities.textDocumentSync.save.includeText =
                        save->value("includeText", false);
            } catch (const FieldError& e) {
                throw e.nested_in("textDocumentSync");
            }
        }
        if (auto diagnostics = capabilities.find("diagnosticProvider");
            diagnostics != capabilities.end() && diagnostics->is_object()) {
            DiagnosticOptions options;
            options.identifier = diagnostics->value("identifier", std::string{});
            options.interFileDependencies = diagnostics->value("interFileDependencies", false);
            options.workspaceDiagnostics = diagnostics->value("workspaceDiagnostics", false);
            value.capabilities.diagnosticProvider = options;
        }
    } catch (const FieldError& e) {
        throw e.nested_in("capabilities");
    }
    json info;
    read_field(j, "serverInfo", info);
    try {
        if (!info.is_object())
            throw FieldError("", "expected object");
        read_field(info, "name", value.serverInfo.name);
        std::optional<std::string> version;
        read_field(info, "version", version);
        value.serverInfo.version = version.value_or("");
    } catch (const FieldError& e) {
        throw e.nested_in("serverInfo");
    }
}

void to_json(json& j, const DiagnosticRelatedInformation& value) {
    j = {{"location", value.location}, {"message", value.message}};
}
void from_json(const json& j, DiagnosticRelatedInformation& value) {
    read_field(j, "location", value.location);
    read_field(j, "message", value.message);
}

void to_json(json& j, const Diagnostic& value) {
    j = {{"range", value.range}, {"message", value.message}};
    if (value.severity)
        j["severity"] = static_cast<int>(*value.severity);
    put_optional(j, "code", value.code);
    put_optional(j, "source", value.source);
    if (!value.relatedInformation.empty())
        j["relatedInformation"] = value.relatedInformation;
    put_optional(j, "data", value.data);
}
void from_json(const json& j, Diagnostic& value) {
    read_field(j, "range", value.range);
    if (j.contains("severity")) {
        DiagnosticSeverity severity{};
        read_enum(j, "severity", severity, 1, 4);
        value.severity = severity;
    }
    if (auto code = j.find("code"); code != j.end() && code->is_number_integer())
        value.code = std::to_string(code->get<std::int64_t>());
    else
        read_field(j, "code", value.code);
    read_field(j, "source", value.source);
    read_field(j, "message", value.message);
    std::optional<std::vector<DiagnosticRelatedInformation>> related;
    read_field(j, "relatedInformation", related);
    value.relatedInformation = related.value_or(std::vector<DiagnosticRelatedInformation>{});
    read_field(j, "data", value.data);
}

void to_json(json& j, const PublishDiagnosticsParams& value) {
    j = {{"uri", value.uri}, {"diagnostics", value.diagnostics}};
    put_optional(j, "version", value.version);
}
void from_json(const json& j, PublishDiagnosticsParams& value) {
    read_field(j, "uri", value.uri);
    read_field(j, "version", value.version);
    read_field(j, "diagnostics", value.diagnostics);
}

void to_json(json& j, const FullDocumentDiagnosticReport& value) {
    j = {{"kind", "full"}, {"items", value.items}};
}

void to_json(json& j, const LogMessageParams& value) {
    j = {{"type", static_cast<int>(value.type)}, {"message", value.message}};
}
void from_json(const json& j, LogMessageParams& value) {
    read_enum(j, "type", value.type, 1, 5);
    read_field(j, "message", value.message);
}

void to_json(json& j, const CancelParams& value) {
    j = {{"id", to_json_value(value.id)}};
}
void from_json(const json& j, CancelParams& value) {
    auto id = j.find("id");
    if (id == j.end())
        throw FieldError("id", "missing");
    if (id->is_number_integer())
        value.id = id->get<std::int64_t>();
    else if (id->is_string())
        value.id = id->get<std::string>();
    else
        throw FieldError("id", "expected integer or string");
}

void to_json(json& j, const TextEdit& value) {
    j = {{"range", value.range}, {"newText", value.newText}};
}
void from_json(const json& j, TextEdit& value) {
    read_field(j, "range", value.range);
    read_field(j, "newText", value.newText);
}

void to_json(json& j, const WorkspaceEdit& value) {
    json changes = json::object();
    for (const auto& [uri, edits] : value.changes)
        changes[uri] = edits;
    j = {{"changes", std::move(changes)}};
}
void from_json(const json& j, WorkspaceEdit& value) {
    std::optional<json> changes;
    read_field(j, "changes", changes);
    value.changes.clear();
    if (!changes)
        return;
    if (!changes->is_object())
        throw FieldError("changes", "expected object");
    for (const auto& [uri, edits] : changes->items()) {
        try {
            read_value(edits, value.changes[uri]);
        } catch (const FieldError& e) {
            throw e.nested_in("changes." + uri);
        }
    }
}

void from_json(const json& j, CodeActionContext& value) {
    read_field(j, "diagnostics", value.diagnostics);
    read_field(j, "only", value.only);
}

void from_json(const json& j, CodeActionParams& value) {
    read_field(j, "textDocument", value.textDocument);
    read_field(j, "range", value.range);
    read_field(j, "context", value.context);
}

void to_json(json& j, const CodeAction& value) {
    j = {{"title", value.title}};
    put_optional(j, "kind", value.kind);
    if (!value.diagnostics.empty())
        j["diagnostics"] = value.diagnostics;
    if (value.isPreferred)
        j["isPreferred"] = true;
    put_optional(j, "edit", value.edit);
    put_optional(j, "data", value.data);
}
void from_json(const json& j, CodeAction& value) {
    read_field(j, "title", value.title);
    read_field(j, "kind", value.kind);
    std::optional<std::vector<Diagnostic>> diagnostics;
    read_field(j, "diagnostics", diagnostics);
    value.diagnostics = diagnostics.value_or(std::vector<Diagnostic>{});
    std::optional<bool> preferred;
    read_field(j, "isPreferred", preferred);
    value.isPreferred = preferred.value_or(false);
    read_field(j, "edit", value.edit);
    read_field(j, "data", value.data);
}

void from_json(const json& j, ExecuteCommandParams& value) {
    read_field(j, "command", value.command);
    std::optional<std::vector<json>> arguments;
    read_field(j, "arguments", arguments);
    value.arguments = arguments.value_or(std::vector<json>{});
    read_field(j, "workDoneToken", value.workDoneToken);
    if (value.workDoneToken && !value.workDoneToken->is_string() &&
        !value.workDoneToken->is_number_integer())
        throw FieldError("workDoneToken", "expected integer or string");
}

void to_json(json& j, const WorkDoneProgressBegin& value) {
    j = {{"kind", "begin"}, {"title", value.title}, {"cancellable", value.cancellable}};
    put_optional(j, "message", value.message);
    put_optional(j, "percentage", value.percentage);
}
void to_json(json& j, const WorkDoneProgressReport& value) {
    j = {{"kind", "report"}};
    put_optional(j, "message", value.message);
    put_optional(j, "percentage", value.percentage);
}
void to_json(json& j, const WorkDoneProgressEnd& value) {
    j = {{"kind", "end"}};
    put_optional(j, "message", value.message);
}

void from_json(const json& j, FileEvent& value) {
    read_field(j, "uri", value.uri);
    read_enum(j, "type", value.type, 1, 3);
}
void from_json(const json& j, DidChangeWatchedFilesParams& value) {
    read_field(j, "changes", value.changes);
}

} // namespace parallax::protocol
