// Code actions: textDocument/codeAction lists what can be done about the findings the client
// names (each diagnostic's `data` says which rule, version and bytes it is about), and
// codeAction/resolve computes the edit of the chosen one, against the current text:
//
//   - the rule's own fixes (Diagnostic::fixes: stock phrases, rule-pack substitutions), and a
//     source action applying the first fix of every finding ("source.fixAll.parallax");
//   - "Insert citation placeholder" after an unsourced claim (claims/*);
//   - "Add “SOURCE” to known sources" when an unsourced claim's sentence names a source the
//     rule's plugin does not know (its known_sources option makes such sentences sourced): in
//     the nearest .parallax.json, else in the draft's front matter;
//   - "Suppress RULE on this line", with a visible REASON placeholder.
//
// Clients that cannot resolve an action's edit get it computed at once.
#include "code_action_edits.h"
#include "session.h"
#include "uri.h"

#include "parallax/plugin_interface.h"

#include <fstream>
#include <sstream>

namespace parallax::lsp {

using nlohmann::json;
using protocol::ErrorCode;

namespace {

constexpr std::string_view kFixAllKind = "source.fixAll.parallax";
constexpr std::string_view kConfigFileName = ".parallax.json";

/// Whether `kind` passes the request's `only` filter (a kind matches its parents: "source"
/// lets "source.fixAll.parallax" through).
bool wanted(const std::optional<std::vector<std::string>>& only, std::string_view kind) {
    if (!only)
        return true;
    for (const std::string& prefix : *only) {
        if (kind == prefix || (kind.starts_with(prefix) && kind[prefix.size()] == '.'))
            return true;
    }
    return false;
}

std::string plugin_of(std::string_view rule) {
    return std::string(rule.substr(0, rule.find('/')));
}

bool has_known_sources_option(std::string_view plugin_id) {
    for (const auto& plugin : PluginRegistry::instance().plugins()) {
        if (plugin->id() != plugin_id)
            continue;
        for (const OptionInfo& option : plugin->options()) {
            if (option.name == kKnownSourcesOption)
                return true;
        }
    }
    return false;
}

/// The nearest .parallax.json from the draft's folder upwards, or empty.
std::filesystem::path nearest_config(const std::filesystem::path& draft) {
    std::error_code ec;
    for (std::filesystem::path folder = draft.parent_path(); !folder.empty();
         folder = folder.parent_path()) {
        const std::filesystem::path candidate = folder / kConfigFileName;
        if (std::filesystem::is_regular_file(candidate, ec))
            return candidate;
        if (folder == folder.parent_path())
            break;
    }
    return {};
}

std::optional<std::string> read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return std::nullopt;
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

/// The finding a diagnostic of the request is about, from its data.
struct Finding {
    std::string rule;
    ByteRange range;
    DocumentVersion version = 0;
    std::size_t fixes = 0;
    std::vector<std::string> fix_titles;
};

std::optional<Finding> finding_of(const protocol::Diagnostic& diagnostic) {
    if (!diagnostic.data || !diagnostic.data->is_object())
        return std::nullopt;
    const json& data = *diagnostic.data;
    if (!data.contains("rule") || !data["rule"].is_string() || !data.contains("version") ||
        !data["version"].is_number_integer() || !data.contains("offset") ||
        !data["offset"].is_object())
        return std::nullopt; // not ours, or from an older server
    Finding finding;
    finding.rule = data["rule"].get<std::string>();
    finding.version = data["version"].get<DocumentVersion>();
    const json& offset = data["offset"];
    if (!offset.value("start", json()).is_number_unsigned() ||
        !offset.value("end", json()).is_number_unsigned())
        return std::nullopt;
    finding.range = {ByteOffset{offset["start"].get<std::uint32_t>()},
                     ByteOffset{offset["end"].get<std::uint32_t>()}};
    if (auto fixes = data.find("fixes"); fixes != data.end() && fixes->is_array()) {
        for (const json& fix : *fixes) {
            finding.fix_titles.push_back(fix.is_object() && fix.contains("title") &&
                                                 fix["title"].is_string()
                                             ? fix["title"].get<std::string>()
                                             : "Apply the suggested fix");
        }
    }
    return finding;
}

json offset_json(ByteRange range) {
    return {{"start", range.start.value}, {"end", range.end.value}};
}

protocol::TextEdit to_lsp_edit(const Text& text, const Replacement& r, PositionEncoding encoding) {
    const PositionRange range = text.range_of(r.range, encoding);
    return {{{range.start.line.value, range.start.character},
             {range.end.line.value, range.end.character}},
            r.text};
}

} // namespace

RequestResult Session::on_code_action(const protocol::RequestId& id, const json& params) {
    auto request = protocol::read_params<protocol::CodeActionParams>(params);
    const std::string& uri = request.textDocument.uri;
    const StoredDocument* document = store_.find(uri);
    if (document == nullptr)
        return protocol::ResponseError{ErrorCode::InvalidParams,
                                       "textDocument.uri: not an open document"};
    const auto& only = request.context.only;
    const bool analysed =
        document->analyzed_version == document->version && document->document != nullptr;
    const json base = {{"uri", uri}, {"version", document->version}};
    auto data = [&](std::string_view action, const Finding& finding) {
        json d = base;
        d["action"] = action;
        d["rule"] = finding.rule;
        d["offset"] = offset_json(finding.range);
        return d;
    };

    std::vector<protocol::CodeAction> actions;
    std::vector<protocol::CodeAction> suppressions; // listed last: the least a writer should do
    for (const protocol::Diagnostic& diagnostic : request.context.diagnostics) {
        std::optional<Finding> finding = finding_of(diagnostic);
        if (!finding || finding->version != document->version)
            continue; // another server's, or computed for a text the client no longer shows
        if (finding->rule == "parallax/configuration" || finding->rule == kDocumentTooLargeRule)
            continue; // fixed in the configuration (or the draft), not suppressed
        if (!wanted(only, protocol::kCodeActionQuickFix))
            continue;
        for (std::size_t i = 0; i < finding->fix_titles.size(); ++i) {
            protocol::CodeAction& action = actions.emplace_back();
            action.title = finding->fix_titles[i];
            action.kind = std::string(protocol::kCodeActionQuickFix);
            action.diagnostics = {diagnostic};
            action.isPreferred = i == 0;
            action.data = data("fix", *finding);
            (*action.data)["fix"] = i;
        }
        if (finding->rule.starts_with("claims/")) {
            protocol::CodeAction& action = actions.emplace_back();
            action.title = "Insert citation placeholder";
            action.kind = std::string(protocol::kCodeActionQuickFix);
            action.diagnostics = {diagnostic};
            action.data = data("citation", *finding);
        }
        const std::string plugin = plugin_of(finding->rule);
        // Known sources make a claim's sentence sourced; they do not name a vague source.
        if (analysed && finding->rule != "claims/weasel-attribution" &&
            has_known_sources_option(plugin)) {
            if (auto source = known_source_candidate(*document->document, finding->range)) {
                const auto draft = path_from_uri(uri);
                const std::filesystem::path config = draft ? nearest_config(*draft) : "";
                protocol::CodeAction& action = actions.emplace_back();
                action.title = "Add \u201c" + *source + "\u201d to known sources" +
                               (config.empty() ? " in the front matter" : " in .parallax.json");
                action.kind = std::string(protocol::kCodeActionQuickFix);
                action.diagnostics = {diagnostic};
                action.data = data("known-source", *finding);
                (*action.data)["source"] = *source;
                (*action.data)["plugin"] = plugin;
                (*action.data)["config"] = config.string();
            }
        }
        protocol::CodeAction& action = suppressions.emplace_back();
        action.title = "Suppress " + finding->rule + " on this line";
        action.kind = std::string(protocol::kCodeActionQuickFix);
        action.diagnostics = {diagnostic};
        action.data = data("suppress", *finding);
        (*action.data)["line"] = diagnostic.range.start.line;
    }
    std::move(suppressions.begin(), suppressions.end(), std::back_inserter(actions));

    if (analysed && wanted(only, kFixAllKind) &&
        std::any_of(document->diagnostics.begin(), document->diagnostics.end(),
                    [](const Diagnostic& d) { return !d.fixes.empty(); })) {
        protocol::CodeAction& action = actions.emplace_back();
        action.title = "Apply every Parallax fix in this draft";
        action.kind = std::string(kFixAllKind);
        action.data = base;
        (*action.data)["action"] = "fix-all";
    }

    if (!client_.code_action_resolve) {
        for (protocol::CodeAction& action : actions) {
            RequestResult resolved = on_code_action_resolve(id, json(action));
            if (auto* value = std::get_if<json>(&resolved))
                action = value->get<protocol::CodeAction>();
        }
    }
    return json(actions);
}

RequestResult Session::on_code_action_resolve(const protocol::RequestId&, const json& params) {
    auto action = protocol::read_params<protocol::CodeAction>(params);
    if (!action.data || !action.data->is_object())
        return protocol::ResponseError{ErrorCode::InvalidParams,
                                       "data: expected the object the server gave the action"};
    const json& data = *action.data;
    std::string uri, kind;
    DocumentVersion version = 0;
    try {
        protocol::read_field(data, "uri", uri);
        protocol::read_field(data, "action", kind);
        protocol::read_field(data, "version", version);
    } catch (const protocol::FieldError& e) {
        throw e.nested_in("data");
    }
    const StoredDocument* document = store_.find(uri);
    if (document == nullptr)
        return protocol::ResponseError{ErrorCode::InvalidParams, "data.uri: not an open document"};
    if (document->version != version)
        return protocol::ResponseError{ErrorCode::ContentModified,
                                       "the document changed since the action was offered"};
    const bool analysed =
        document->analyzed_version == document->version && document->document != nullptr;

    auto read = [&](std::string_view name, auto& out) {
        try {
            protocol::read_field(data, name, out);
        } catch (const protocol::FieldError& e) {
            throw e.nested_in("data");
        }
    };
    auto offset = [&]() {
        json range;
        read("offset", range);
        std::uint32_t start = 0, end = 0;
        try {
            protocol::read_field(range, "start", start);
            protocol::read_field(range, "end", end);
        } catch (const protocol::FieldError& e) {
            throw e.nested_in("data.offset");
        }
        return ByteRange{ByteOffset{start}, ByteOffset{end}};
    };
    auto failed = [](std::string message) {
        return protocol::ResponseError{ErrorCode::RequestFailed, std::move(message)};
    };

    protocol::WorkspaceEdit edit;
    auto add = [&](const std::string& target, const Text& text, const Replacement& r) {
        edit.changes[target].push_back(to_lsp_edit(text, r, encoding_));
    };

    if (kind == "suppress") {
        std::string rule;
        std::uint32_t line = 0;
        read("rule", rule);
        read("line", line);
        // The rule id goes into the draft: nothing but what rule ids are made of.
        if (rule.empty() ||
            rule.find_first_not_of("abcdefghijklmnopqrstuvwxyz"
                                   "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/_.-") != std::string::npos)
            return protocol::ResponseError{ErrorCode::InvalidParams, "data.rule: not a rule id"};
        if (line >= document->text.line_count())
            return protocol::ResponseError{ErrorCode::InvalidParams,
                                           "data.line: past the end of the document"};
        add(uri, document->text, suppress_on_line(document->text, LineNumber{line}, rule));
    } else if (kind == "fix" || kind == "fix-all") {
        if (!analysed)
            return protocol::ResponseError{ErrorCode::ContentModified,
                                           "the document is being analysed again"};
        if (kind == "fix") {
            std::string rule;
            std::uint32_t index = 0;
            read("rule", rule);
            read("fix", index);
            const ByteRange range = offset();
            auto it = std::find_if(
                document->diagnostics.begin(), document->diagnostics.end(),
                [&](const Diagnostic& d) { return d.rule == rule && d.range == range; });
            if (it == document->diagnostics.end() || index >= it->fixes.size())
                return failed("the finding is gone");
            for (const Replacement& r : it->fixes[index].replacements)
                add(uri, document->text, r);
        } else {
            // The first fix of each finding, leaving out any that overlaps one already taken.
            std::vector<ByteRange> taken;
            for (const Diagnostic& d : document->diagnostics) {
                if (d.fixes.empty())
                    continue;
                const auto& replacements = d.fixes.front().replacements;
                const bool clash = std::any_of(
                    replacements.begin(), replacements.end(), [&](const Replacement& r) {
                        return std::any_of(taken.begin(), taken.end(), [&](ByteRange t) {
                            return r.range.overlaps(t) || r.range.start == t.start;
                        });
                    });
                if (clash)
                    continue;
                for (const Replacement& r : replacements) {
                    taken.push_back(r.range);
                    add(uri, document->text, r);
                }
            }
        }
    } else if (kind == "citation") {
        if (!analysed)
            return protocol::ResponseError{ErrorCode::ContentModified,
                                           "the document is being analysed again"};
        auto r = citation_placeholder(*document->document, offset().start);
        if (!r)
            return failed("the finding is not in a sentence");
        add(uri, document->text, *r);
    } else if (kind == "known-source") {
        std::string source, plugin, config;
        read("source", source);
        read("plugin", plugin);
        read("config", config);
        if (config.empty()) {
            auto r = add_known_source_to_front_matter(document->text, plugin, source);
            if (!r)
                return failed("the front matter already lists the source, or is written in a "
                              "way this action cannot edit");
            add(uri, document->text, *r);
        } else {
            // The configuration file as the editor has it when it is open, else from disk.
            const std::string config_uri = uri_from_path(config);
            Text text;
            if (const StoredDocument* open = store_.find(config_uri)) {
                text = open->text;
            } else if (auto content = read_file(config)) {
                text = Text(std::move(*content));
            } else {
                return failed("cannot read " + config);
            }
            auto r = add_known_source_to_config(text.view(), plugin, source);
            if (!r)
                return failed(config + " already lists the source, or cannot be edited "
                                       "(it does not parse, or a value is not a list)");
            add(config_uri, text, *r);
        }
    } else {
        return protocol::ResponseError{ErrorCode::InvalidParams,
                                       "data.action: unknown action " + kind};
    }
    action.edit = std::move(edit);
    return json(action);
}

} // namespace parallax::lsp
