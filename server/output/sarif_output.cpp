#include "sarif_output.h"

#include "parallax/plugin_interface.h"

#include <nlohmann/json.hpp>

#include <map>

namespace parallax {
namespace {

using json = nlohmann::ordered_json;

std::string_view level_of(Severity severity) {
    switch (severity) {
    case Severity::Error:
        return "error";
    case Severity::Warning:
        return "warning";
    case Severity::Information:
    case Severity::Hint:
        return "note";
    }
    return "note";
}

bool is_unreserved(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~' || c == '/';
}

std::string percent_encode(std::string_view path) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (const char ch : path) {
        const auto c = static_cast<unsigned char>(ch);
        if (is_unreserved(c)) {
            out += ch;
        } else {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 0xF];
        }
    }
    return out;
}

std::string replace_all(std::string text, std::string_view from, std::string_view to) {
    for (std::size_t at = text.find(from); at != std::string::npos;
         at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
    }
    return text;
}

json rule_json(const RuleInfo& rule, const SarifOptions& options) {
    const std::string help = rule.example + "\n\nMore: parallax explain " + rule.id;
    json out = {{"id", rule.id},
                {"shortDescription", {{"text", rule.summary}}},
                {"fullDescription", {{"text", rule.rationale}}},
                {"help",
                 {{"text", help},
                  {"markdown", "**Example:** " + rule.example + "\n\nMore: `parallax explain " +
                                   rule.id + "`"}}},
                {"defaultConfiguration", {{"level", level_of(rule.default_severity)}}}};
    if (!options.help_uri_template.empty()) {
        out["helpUri"] = replace_all(options.help_uri_template, "{rule}", rule.id);
    }
    return out;
}

json region_json(const Text& text, ByteRange range) {
    const PositionRange r = text.range_of(range, PositionEncoding::Utf16);
    // SARIF counts from 1, and endColumn is the column just after the region.
    return {{"startLine", r.start.line.value + 1}, {"startColumn", r.start.character + 1},
            {"endLine", r.end.line.value + 1},     {"endColumn", r.end.character + 1},
            {"byteOffset", range.start.value},     {"byteLength", range.size()}};
}

json physical_location(const std::string& uri, const Text& text, ByteRange range) {
    return {{"artifactLocation", {{"uri", uri}}}, {"region", region_json(text, range)}};
}

class RunBuilder {
public:
    explicit RunBuilder(const SarifOptions& options) {
        auto add_rules = [&](const Plugin& plugin) {
            for (const auto& rule : plugin.rules()) {
                index_[rule.id] = rules_.size();
                rules_.push_back(rule_json(rule, options));
            }
        };
        for (const auto& plugin : PluginRegistry::instance().plugins()) {
            add_rules(*plugin);
        }
        for (const auto& plugin : options.extra_plugins) {
            add_rules(*plugin);
        }
    }

    void add(const FileReport& report) {
        const std::string uri = artifact_uri(sanitize_utf8(report.path));
        if (!report.error.empty()) {
            notifications_.push_back(
                {{"level", "error"},
                 {"message", {{"text", sanitize_utf8(report.path) + ": " + report.error}}},
                 {"locations",
                  json::array({{{"physicalLocation", {{"artifactLocation", {{"uri", uri}}}}}}})}});
            return;
        }
        if (!report.draft) {
            return;
        }
        const Text& text = report.draft->text;
        for (const auto& d : report.diagnostics) {
            json result = {
                {"ruleId", d.rule},
                {"level", level_of(d.severity)},
                {"message", {{"text", d.message}}},
                {"locations",
                 json::array({{{"physicalLocation", physical_location(uri, text, d.range)}}})}};
            if (const auto it = index_.find(d.rule); it != index_.end()) {
                result["ruleIndex"] = it->second;
            }
            json related = json::array();
            for (std::size_t i = 0; i < d.related.size(); ++i) {
                related.push_back(
                    {{"id", i},
                     {"message", {{"text", d.related[i].message}}},
                     {"physicalLocation", physical_location(uri, text, d.related[i].range)}});
            }
            if (!related.empty()) {
                result["relatedLocations"] = std::move(related);
            }
            results_.push_back(std::move(result));
        }
    }

    json finish(const SarifOptions& options) {
        json invocation = {{"executionSuccessful", notifications_.empty()}};
        if (!notifications_.empty()) {
            invocation["toolExecutionNotifications"] = std::move(notifications_);
        }
        return {{"tool",
                 {{"driver",
                   {{"name", "parallax"},
                    {"version", options.tool_version},
                    {"rules", std::move(rules_)}}}}},
                {"columnKind", "utf16CodeUnits"},
                {"invocations", json::array({std::move(invocation)})},
                {"results", std::move(results_)}};
    }

private:
    json rules_ = json::array();
    json results_ = json::array();
    json notifications_ = json::array();
    std::map<std::string, std::size_t, std::less<>> index_;
};

} // namespace

std::string artifact_uri(std::string_view path) {
    if (path.starts_with('/')) {
        return "file://" + percent_encode(path);
    }
    std::string relative(path);
    if (relative.starts_with("./")) {
        relative.erase(0, 2);
    }
    return percent_encode(relative);
}

void write_sarif(std::span<const FileReport> reports, std::ostream& out,
                 const SarifOptions& options) {
    RunBuilder run(options);
    for (const auto& report : reports) {
        run.add(report);
    }
    const json log = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                      {"version", "2.1.0"},
                      {"runs", json::array({run.finish(options)})}};
    out << log.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

} // namespace parallax
