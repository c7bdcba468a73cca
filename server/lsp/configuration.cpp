// Configuration in the editor: the "parallax" section of the client's settings
// (workspace/configuration, asked for on `initialized` and on every didChangeConfiguration)
// goes to the resolver as the editor's settings; configuration files are watched through
// didChangeWatchedFiles (registered dynamically; a save of a .parallax.json counts too, for
// clients that cannot watch). Any change re-lints every open draft at once. Configuration
// errors are diagnostics on the file at fault, cleared once it is fixed; errors in a draft's
// front matter are shown with its findings. The section's maxDocumentBytes and maxMessageBytes
// are the server's own (size_limits.cpp), not the resolver's.
#include "session.h"
#include "uri.h"

#include <fstream>
#include <sstream>
#include <utility>

namespace parallax::lsp {

using nlohmann::json;

namespace {

constexpr std::string_view kConfigRule = "parallax/configuration";

std::string normal(const std::filesystem::path& path) {
    std::error_code ec;
    const auto absolute = std::filesystem::absolute(path, ec);
    return (ec ? path : absolute).lexically_normal().string();
}

Text read_text(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    std::string content = buffer.str();
    return Text(is_valid_utf8(content) ? std::move(content) : sanitize_utf8(content));
}

std::string message_of(const config::ConfigError& error) {
    return error.key.empty() ? error.message : error.key + ": " + error.message;
}

/// The bytes an error points at: from its line and column to the end of that line.
ByteRange range_of(const Text& text, const config::ConfigError& error) {
    if (error.line == 0 || error.line > text.line_count())
        return {};
    const LineNumber line{error.line - 1};
    const ByteOffset end = text.line_end(line);
    const ByteOffset start{std::min(end.value, text.line_start(line).value + error.column - 1)};
    return {start, end};
}

} // namespace

void Session::request_configuration() {
    if (!client_.configuration)
        return;
    // One request at a time: a flood of didChangeConfiguration to a client slow to answer
    // costs one more request once the answer comes, not one each.
    if (configuration_request_.in_flight) {
        configuration_request_.again = true;
        return;
    }
    configuration_request_.in_flight = true;
    const json params = {{"items", json::array({{{"section", "parallax"}}})}};
    send_request("workspace/configuration", params, [this](ClientResponse response) {
        configuration_request_.in_flight = false;
        if (state_ != State::Running)
            return;
        if (std::exchange(configuration_request_.again, false)) {
            request_configuration(); // the settings changed since: this answer may be stale
            return;
        }
        if (auto* error = std::get_if<protocol::ResponseError>(&response)) {
            log(protocol::MessageType::Warning,
                "workspace/configuration failed: " + error->message);
            return;
        }
        const json& result = std::get<json>(response);
        // One item asked, one answered; null (no such section) means no editor settings.
        json settings = result.is_array() && !result.empty() ? result[0] : json();
        if (!settings.is_null() && !settings.is_object()) {
            log(protocol::MessageType::Error, "the \"parallax\" settings must be an object, not " +
                                                  std::string(settings.type_name()));
            settings = nullptr;
        }
        editor_errors_shown_.clear();
        apply_editor_limits(settings); // size_limits.cpp; leaves the .parallax.json schema
        if (settings.is_object() && settings.empty())
            settings = nullptr; // an empty section is no settings, not an empty layer
        resolver_->set_editor_settings(std::move(settings));
        relint_open_documents();
    });
}

void Session::register_file_watchers() {
    watch_files({});
}

void Session::watch_files(const std::vector<std::filesystem::path>& files) {
    if (!client_.watched_files_registration || state_ != State::Running)
        return;
    json watchers = json::array();
    if (!watching_)
        watchers.push_back({{"globPattern", "**/.parallax.json"}});
    for (const auto& file : files) {
        if (file.filename() == ".parallax.json" || !watched_files_.insert(file).second)
            continue;
        watchers.push_back({{"globPattern", file.generic_string()}});
    }
    if (watchers.empty())
        return;
    watching_ = true;
    const json params = {
        {"registrations",
         json::array({{{"id", "parallax/watched-files/" + std::to_string(watched_files_.size())},
                       {"method", "workspace/didChangeWatchedFiles"},
                       {"registerOptions", {{"watchers", std::move(watchers)}}}}})}};
    send_request("client/registerCapability", params, [this](ClientResponse response) {
        if (auto* error = std::get_if<protocol::ResponseError>(&response);
            error != nullptr && state_ == State::Running)
            log(protocol::MessageType::Warning,
                "client/registerCapability failed: " + error->message);
    });
}

void Session::on_did_change_configuration(const json& params) {
    if (client_.configuration) {
        // The notification's settings may be partial or absent (VS Code sends null): ask.
        request_configuration();
        return;
    }
    // A client that cannot be asked: its notification carries {"settings": {"parallax": …}}.
    if (!params.is_object() || !params.contains("settings"))
        throw protocol::FieldError("settings", "missing");
    const json& settings = params["settings"];
    json section =
        settings.is_object() && settings.contains("parallax") ? settings["parallax"] : json();
    if (!section.is_null() && !section.is_object()) {
        log(protocol::MessageType::Error,
            "the \"parallax\" settings must be an object, not " + std::string(section.type_name()));
        section = nullptr;
    }
    editor_errors_shown_.clear();
    apply_editor_limits(section); // size_limits.cpp; leaves the .parallax.json schema
    if (section.is_object() && section.empty())
        section = nullptr;
    resolver_->set_editor_settings(std::move(section));
    relint_open_documents();
}

void Session::on_did_change_watched_files(const json& params) {
    (void)protocol::read_params<protocol::DidChangeWatchedFilesParams>(params);
    resolver_->invalidate();
    relint_open_documents();
}

void Session::relint_open_documents() {
    store_.for_each([this](StoredDocument& document) {
        // The text is unchanged: keep the parse for the next build.
        schedule_analysis(document);
    });
    if (client_.pull_diagnostics && client_.diagnostic_refresh)
        request_diagnostic_refresh();
}

void Session::request_diagnostic_refresh() {
    // One at a time, as for workspace/configuration; one more if the settings changed since.
    if (refresh_request_.in_flight) {
        refresh_request_.again = true;
        return;
    }
    refresh_request_.in_flight = true;
    send_request("workspace/diagnostic/refresh", nullptr, [this](ClientResponse) {
        refresh_request_.in_flight = false;
        if (std::exchange(refresh_request_.again, false) && state_ == State::Running)
            request_diagnostic_refresh();
    });
}

CheckSettings Session::settings_for(const std::string& uri, const Text& text) {
    std::filesystem::path path;
    if (auto file = path_from_uri(uri)) {
        path = *file;
    } else {
        // An unsaved draft: configured as if it were in the first workspace folder.
        auto folder =
            workspace_folders_.empty() ? std::nullopt : path_from_uri(workspace_folders_.front());
        path = folder.value_or(std::filesystem::current_path()) / "untitled.md";
    }
    config::Resolved resolved = resolver_->resolve(path, text.view());
    std::vector<Diagnostic> own = report_config_errors(normal(path), text, resolved);
    if (StoredDocument* document = store_.find(uri))
        document->config_errors = std::move(own);
    watch_files(resolved.files);
    return std::move(resolved.settings);
}

std::vector<Diagnostic> Session::report_config_errors(const std::string& draft_path,
                                                      const Text& draft,
                                                      const config::Resolved& resolved) {
    // Every file that took part gets its list, empty ones included: that clears fixed errors.
    std::map<std::string, std::vector<const config::ConfigError*>> by_file;
    for (const auto& file : resolved.files)
        by_file[normal(file)];
    std::vector<Diagnostic> own;
    for (const config::ConfigError& error : resolved.errors) {
        if (error.file.empty() || error.file == "editor settings") {
            if (editor_errors_shown_.insert(error.to_string()).second)
                log(protocol::MessageType::Error, "parallax settings: " + error.to_string());
            continue;
        }
        by_file[normal(error.file)].push_back(&error);
    }
    for (const auto& [file, errors] : by_file) {
        const bool is_draft = file == draft_path;
        const std::string uri = uri_from_path(file);
        if (!is_draft && errors.empty() && config_diagnostics_[uri].empty())
            continue; // clean, and was clean: nothing to read or publish
        const Text text = is_draft ? draft : read_text(file);
        std::vector<Diagnostic> findings;
        for (const config::ConfigError* error : errors) {
            Diagnostic d;
            d.rule = std::string(kConfigRule);
            d.severity = Severity::Error;
            d.message = message_of(*error);
            if (!error->key.empty())
                d.data.emplace_back("key", error->key);
            d.range = range_of(text, *error);
            findings.push_back(std::move(d));
        }
        if (is_draft) {
            own = std::move(findings);
            continue;
        }
        std::vector<protocol::Diagnostic> lsp = to_lsp(uri, 0, text, findings);
        for (auto& d : lsp)
            d.data.reset(); // nothing to act on: no code actions for configuration errors
        auto& published = config_diagnostics_[uri];
        if (published.size() == lsp.size() &&
            std::equal(published.begin(), published.end(), lsp.begin(),
                       [](const protocol::Diagnostic& a, const protocol::Diagnostic& b) {
                           return a.range == b.range && a.message == b.message;
                       }))
            continue;
        published = lsp;
        notify("textDocument/publishDiagnostics",
               protocol::PublishDiagnosticsParams{uri, std::nullopt, std::move(lsp)});
    }
    return own;
}

} // namespace parallax::lsp
