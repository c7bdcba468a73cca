#include "plugin_table.h"

#include "option_json.h"

#include <algorithm>
#include <optional>

namespace parallax {
namespace {

PluginLoadError error(PluginLoadError::Kind kind, std::string_view path, std::string message) {
    // The message stands on its own (callers may show only it): it names the file.
    return PluginLoadError{kind, std::string(path), std::string(path) + ": " + message};
}

bool is_name_char(char c, bool allow_upper) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
           (allow_upper && c >= 'A' && c <= 'Z');
}

bool is_name(std::string_view name, bool allow_upper) {
    return !name.empty() && std::all_of(name.begin(), name.end(),
                                        [&](char c) { return is_name_char(c, allow_upper); });
}

/// Collects the first problem found in a table; each check after it is skipped.
class TableReader {
public:
    bool ok() const { return problem_.empty(); }
    const std::string& problem() const { return problem_; }

    void fail(std::string problem) {
        if (ok()) {
            problem_ = std::move(problem);
        }
    }

    /// A required, non-empty, valid UTF-8 string.
    std::string text(const char* value, std::string_view what) {
        if (value == nullptr || *value == '\0') {
            fail(std::string(what) + " is missing");
            return {};
        }
        std::string copy(value);
        if (!is_valid_utf8(copy)) {
            fail(std::string(what) + " is not valid UTF-8");
        }
        return copy;
    }

private:
    std::string problem_;
};

std::optional<Severity> severity_of(std::uint32_t value) {
    if (value >= PARALLAX_SEVERITY_ERROR && value <= PARALLAX_SEVERITY_HINT) {
        return static_cast<Severity>(value);
    }
    return std::nullopt;
}

void read_rules(const parallax_plugin_v1& table, PluginTable& out, TableReader& reader) {
    if (table.rule_count == 0 || table.rules == nullptr) {
        reader.fail("it declares no rules");
        return;
    }
    const std::string prefix = out.id + "/";
    for (std::uint32_t i = 0; i < table.rule_count && reader.ok(); ++i) {
        const parallax_rule_info& rule = table.rules[i];
        const std::string where = "rule " + std::to_string(i);
        RuleInfo info;
        info.id = reader.text(rule.id, where + "'s id");
        if (!reader.ok()) {
            return;
        }
        if (!info.id.starts_with(prefix) || !is_name(info.id.substr(prefix.size()), false)) {
            reader.fail("rule id '" + info.id + "' is not '" + prefix +
                        "NAME' (NAME: lowercase letters, digits, '-' and '_')");
            return;
        }
        if (std::any_of(out.rules.begin(), out.rules.end(),
                        [&](const RuleInfo& earlier) { return earlier.id == info.id; })) {
            reader.fail("rule id '" + info.id + "' is declared twice");
            return;
        }
        info.summary = reader.text(rule.summary, "the summary of " + info.id);
        info.rationale = reader.text(rule.rationale, "the rationale of " + info.id);
        info.example = reader.text(rule.example, "the example of " + info.id);
        const std::optional<Severity> severity = severity_of(rule.default_severity);
        if (!severity) {
            reader.fail("the default severity of " + info.id + " is " +
                        std::to_string(rule.default_severity) +
                        ", not one of PARALLAX_SEVERITY_ERROR..PARALLAX_SEVERITY_HINT (1-4)");
            return;
        }
        info.default_severity = *severity;
        out.rules.push_back(std::move(info));
    }
}

void read_options(const parallax_plugin_v1& table, PluginTable& out, TableReader& reader) {
    if (table.option_count > 0 && table.options == nullptr) {
        reader.fail("it declares " + std::to_string(table.option_count) +
                    " options but gives no array of them");
        return;
    }
    for (std::uint32_t i = 0; i < table.option_count && reader.ok(); ++i) {
        const parallax_option_info& option = table.options[i];
        const std::string name =
            reader.text(option.name, "option " + std::to_string(i) + "'s name");
        if (!reader.ok()) {
            return;
        }
        if (!is_name(name, true)) {
            reader.fail("option name '" + name + "' may only hold letters, digits, '-' and '_'");
            return;
        }
        if (std::any_of(out.options.begin(), out.options.end(),
                        [&](const OptionInfo& earlier) { return earlier.name == name; })) {
            reader.fail("option '" + name + "' is declared twice");
            return;
        }
        if (option.default_json == nullptr) {
            reader.fail("option '" + name + "' has no default");
            return;
        }
        auto value = parse_option_default(option.type, option.default_json);
        if (const std::string* problem = std::get_if<std::string>(&value)) {
            reader.fail("the default of option '" + name + "' is wrong: " + *problem);
            return;
        }
        std::string description = option.description != nullptr ? option.description : "";
        if (!is_valid_utf8(description)) {
            reader.fail("the description of option '" + name + "' is not valid UTF-8");
            return;
        }
        out.options.push_back(
            OptionInfo{name, std::get<OptionValue>(std::move(value)), std::move(description)});
    }
}

} // namespace

std::variant<PluginTable, PluginLoadError> read_plugin_table(const parallax_plugin_v1* table,
                                                             std::string_view path) {
    constexpr std::uint32_t host = PARALLAX_PLUGIN_ABI_VERSION;
    const std::string rebuild = " — rebuild it against this plugin.h";
    if (table == nullptr) {
        return error(PluginLoadError::Kind::AbiMismatch, path,
                     "plugin cannot work with ABI " + std::to_string(host) +
                         " (its entry point returned no table)" + rebuild);
    }
    // abi_version is the first field in every version of the table: safe to read before
    // knowing which version the plugin speaks.
    if (table->abi_version != host) {
        return error(PluginLoadError::Kind::AbiMismatch, path,
                     "plugin speaks ABI " + std::to_string(table->abi_version) +
                         ", this Parallax speaks " + std::to_string(host) + rebuild);
    }
    if (table->struct_size < sizeof(parallax_plugin_v1)) {
        return error(PluginLoadError::Kind::Invalid, path,
                     "plugin table is " + std::to_string(table->struct_size) +
                         " bytes, smaller than ABI " + std::to_string(host) + "'s " +
                         std::to_string(sizeof(parallax_plugin_v1)) + rebuild);
    }

    PluginTable out;
    TableReader reader;
    out.id = reader.text(table->id, "the plugin id");
    if (reader.ok() && (!is_name(out.id, false))) {
        reader.fail("plugin id '" + out.id +
                    "' may only hold lowercase letters, digits, '-' and '_'");
    }
    if (reader.ok()) {
        read_rules(*table, out, reader);
    }
    if (reader.ok()) {
        read_options(*table, out, reader);
    }
    if (reader.ok() && table->check == nullptr) {
        reader.fail("it has no check function");
    }
    if (!reader.ok()) {
        return error(PluginLoadError::Kind::Invalid, path,
                     "malformed plugin table: " + reader.problem());
    }
    out.check = table->check;
    return out;
}

} // namespace parallax
