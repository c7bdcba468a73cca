#include "pack_parser.h"

#include "json_reader.h"
#include "message_template.h"

#include "parallax/gazetteer.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <optional>
#include <set>

namespace parallax::rulepacks {

namespace {

using json = nlohmann::json;

constexpr std::array<std::string_view, 3> kPackKeys{"name", "description", "rules"};
constexpr std::array<std::string_view, 3> kTopicKeys{"tokens", "patterns", "ignore_case"};

constexpr std::array<std::string_view, 12> kExistenceKeys{
    "id",      "kind",   "severity", "message",     "summary",    "rationale",
    "example", "tokens", "patterns", "ignore_case", "exceptions", "once"};
constexpr std::array<std::string_view, 10> kSubstitutionKeys{
    "id",        "kind",    "severity", "message",     "summary",
    "rationale", "example", "swap",     "ignore_case", "exceptions"};
constexpr std::array<std::string_view, 12> kRepetitionKeys{
    "id",      "kind",   "severity", "message",     "summary",    "rationale",
    "example", "tokens", "patterns", "ignore_case", "exceptions", "max"};
constexpr std::array<std::string_view, 11> kRequiredVoicesKeys{
    "id",      "kind",  "severity", "message",   "summary", "rationale",
    "example", "topic", "regions",  "countries", "min"};

constexpr std::array<std::string_view, 1> kExistencePlaceholders{"match"};
constexpr std::array<std::string_view, 2> kSubstitutionPlaceholders{"match", "replacement"};
constexpr std::array<std::string_view, 3> kRepetitionPlaceholders{"match", "count", "max"};
constexpr std::array<std::string_view, 4> kRequiredVoicesPlaceholders{"match", "voices", "count",
                                                                      "min"};

struct KindSpec {
    RuleKind kind;
    std::string_view name;
    Keys keys;
    Keys placeholders;
};

constexpr std::array<KindSpec, 4> kKinds{{
    {RuleKind::Existence, "existence", kExistenceKeys, kExistencePlaceholders},
    {RuleKind::Substitution, "substitution", kSubstitutionKeys, kSubstitutionPlaceholders},
    {RuleKind::Repetition, "repetition", kRepetitionKeys, kRepetitionPlaceholders},
    {RuleKind::RequiredVoices, "required-voices", kRequiredVoicesKeys, kRequiredVoicesPlaceholders},
}};

/// "rule" ids and pack names: lower-case letters and digits in words joined by "-".
bool is_slug(std::string_view s) {
    if (s.empty() || s.front() == '-' || s.back() == '-' || s.find("--") != s.npos) {
        return false;
    }
    return std::ranges::all_of(
        s, [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

/// “a”, “b” and 3 more
std::string quoted_list(const std::vector<std::string>& items, std::string_view conjunction) {
    constexpr std::size_t kShown = 3;
    std::string out;
    const std::size_t shown = std::min(items.size(), kShown);
    for (std::size_t i = 0; i < shown; ++i) {
        if (i > 0) {
            out += i + 1 == shown && items.size() <= kShown ? fmt::format(" {} ", conjunction)
                                                            : std::string(", ");
        }
        out += fmt::format("\u201c{}\u201d", items[i]);
    }
    if (items.size() > kShown) {
        out += fmt::format(" {} {} more", conjunction, items.size() - kShown);
    }
    return out;
}

class Parser {
public:
    explicit Parser(const protocol::JsoncDocument& document) : reader_(document) {}

    std::variant<Pack, PackError> run() {
        Pack pack;
        if (!read_pack(reader_.root(), pack)) {
            return *reader_.error();
        }
        return pack;
    }

private:
    JsonReader reader_;

    /// "tokens" and "patterns" of `object`, compiled; at least one term is required.
    bool read_terms(const json& object, const KeyPath& at, bool ignore_case, TermSet& out,
                    std::vector<std::string>& shown, std::string_view what) {
        std::vector<std::string> tokens;
        std::vector<std::string> patterns;
        if (!reader_.read_strings(object, at, "tokens", tokens) ||
            !reader_.read_strings(object, at, "patterns", patterns)) {
            return false;
        }
        if (tokens.empty() && patterns.empty()) {
            return reader_.fail_value(
                at, fmt::format("{} needs \u201ctokens\u201d or \u201cpatterns\u201d "
                                "with at least one entry",
                                what));
        }
        auto built = TermSet::build(tokens, patterns, ignore_case);
        if (auto* error = std::get_if<TermError>(&built)) {
            return reader_.fail_value(
                at / (error->in_patterns ? "patterns" : "tokens") / error->index, error->message);
        }
        out = std::move(std::get<TermSet>(built));
        shown = tokens;
        shown.insert(shown.end(), patterns.begin(), patterns.end());
        return true;
    }

    /// "exceptions": tokens whose matches hide the rule's matches inside them.
    bool read_exceptions(const json& object, const KeyPath& at, bool ignore_case, TermSet& out) {
        std::vector<std::string> tokens;
        if (!reader_.read_strings(object, at, "exceptions", tokens)) {
            return false;
        }
        auto built = TermSet::build(tokens, {}, ignore_case);
        if (auto* error = std::get_if<TermError>(&built)) {
            return reader_.fail_value(at / "exceptions" / error->index, error->message);
        }
        out = std::move(std::get<TermSet>(built));
        return true;
    }

    // --- the pack -------------------------------------------------------------------------------

    bool read_pack(const json& root, Pack& pack) {
        const KeyPath at;
        if (!reader_.expect_type(root, at, json::value_t::object, "a rule pack (an object)") ||
            !reader_.check_keys(root, at, kPackKeys, "a rule pack") ||
            !reader_.require(root, at, "name", "a rule pack") ||
            !reader_.require(root, at, "rules", "a rule pack") ||
            !reader_.read_string(root, at, "name", pack.name) ||
            !reader_.read_string(root, at, "description", pack.description)) {
            return false;
        }
        if (!is_slug(pack.name)) {
            return reader_.fail_value(
                at / "name", fmt::format("\u201c{}\u201d is not a pack name: use lower-case "
                                         "letters and digits joined by hyphens, such as "
                                         "\u201chouse-style\u201d",
                                         pack.name));
        }
        const json& rules = root.at("rules");
        if (!reader_.expect_type(rules, at / "rules", json::value_t::array, "a list of rules")) {
            return false;
        }
        if (rules.empty()) {
            return reader_.fail_value(at / "rules", "a rule pack needs at least one rule");
        }
        std::set<std::string, std::less<>> ids;
        for (std::size_t i = 0; i < rules.size(); ++i) {
            PackRule rule;
            if (!read_rule(rules[i], at / "rules" / i, pack, rule)) {
                return false;
            }
            if (!ids.insert(rule.info.id).second) {
                return reader_.fail_value(at / "rules" / i / "id",
                                          fmt::format("duplicate rule id \u201c{}\u201d",
                                                      rules[i].at("id").get<std::string>()));
            }
            pack.rules.push_back(std::move(rule));
        }
        return true;
    }

    bool read_rule(const json& value, const KeyPath& at, const Pack& pack, PackRule& rule) {
        if (!reader_.expect_type(value, at, json::value_t::object, "a rule (an object)") ||
            !reader_.require(value, at, "id", "a rule") ||
            !reader_.require(value, at, "kind", "a rule")) {
            return false;
        }
        std::string id;
        std::string kind_name;
        if (!reader_.read_string(value, at, "id", id) ||
            !reader_.read_string(value, at, "kind", kind_name)) {
            return false;
        }
        if (!is_slug(id)) {
            return reader_.fail_value(at / "id",
                                      fmt::format("\u201c{}\u201d is not a rule id: use "
                                                  "lower-case letters and digits joined by "
                                                  "hyphens, such as \u201cprefer-kyiv\u201d",
                                                  id));
        }
        const auto spec = std::ranges::find(kKinds, kind_name, &KindSpec::name);
        if (spec == kKinds.end()) {
            return reader_.fail_value(
                at / "kind", fmt::format("unknown kind \u201c{}\u201d; the kinds are: existence, "
                                         "substitution, repetition, required-voices",
                                         kind_name));
        }
        rule.kind = spec->kind;
        rule.info.id = pack.name + "/" + id;
        std::string severity = "warning";
        if (!reader_.check_keys(value, at, spec->keys,
                                fmt::format("{} {} rule",
                                            spec->kind == RuleKind::Existence ? "an" : "a",
                                            spec->name)) ||
            !reader_.read_string(value, at, "severity", severity) ||
            !reader_.read_string(value, at, "message", rule.message) ||
            !reader_.read_string(value, at, "summary", rule.info.summary) ||
            !reader_.read_string(value, at, "rationale", rule.info.rationale) ||
            !reader_.read_string(value, at, "example", rule.info.example)) {
            return false;
        }
        const auto level = severity_named(severity);
        if (!level) {
            return reader_.fail_value(
                at / "severity", fmt::format("unknown severity \u201c{}\u201d; use error, warning, "
                                             "information or hint",
                                             severity));
        }
        rule.info.default_severity = *level;
        if (auto unknown = unknown_placeholder(rule.message, spec->placeholders)) {
            return reader_.fail_value(
                at / "message", fmt::format("unknown placeholder {{{}}} in the message of a {} "
                                            "rule; it can use: {}",
                                            *unknown, spec->name, join(spec->placeholders)));
        }
        bool read = false;
        switch (rule.kind) {
        case RuleKind::Existence:
            read = read_existence(value, at, pack, rule);
            break;
        case RuleKind::Substitution:
            read = read_substitution(value, at, rule);
            break;
        case RuleKind::Repetition:
            read = read_repetition(value, at, rule);
            break;
        case RuleKind::RequiredVoices:
            read = read_required_voices(value, at, rule);
            break;
        }
        if (!read) {
            return false;
        }
        if (rule.info.rationale.empty()) {
            rule.info.rationale =
                pack.description.empty()
                    ? fmt::format("A rule of the rule pack \u201c{}\u201d.", pack.name)
                    : fmt::format("From the rule pack \u201c{}\u201d: {}", pack.name,
                                  pack.description);
        }
        return true;
    }

    bool read_existence(const json& value, const KeyPath& at, const Pack& pack, PackRule& rule) {
        bool ignore_case = false;
        std::vector<std::string> terms;
        if (!reader_.read_bool(value, at, "ignore_case", ignore_case) ||
            !reader_.read_bool(value, at, "once", rule.once) ||
            !read_terms(value, at, ignore_case, rule.terms, terms, "an existence rule") ||
            !read_exceptions(value, at, ignore_case, rule.exceptions)) {
            return false;
        }
        if (rule.message.empty()) {
            // The pack's own summary says why the term matters; a derived one would not.
            rule.message = rule.info.summary.empty()
                               ? fmt::format("This draft uses \u201c{{match}}\u201d, which the "
                                             "rule pack \u201c{}\u201d flags.",
                                             pack.name)
                               : "\u201c{match}\u201d: " + rule.info.summary;
        }
        if (rule.info.summary.empty()) {
            rule.info.summary = fmt::format("Flags {}.", quoted_list(terms, "and"));
        }
        if (rule.info.example.empty()) {
            rule.info.example = fmt::format("A draft that uses \u201c{}\u201d.", terms.front());
        }
        return true;
    }

    bool read_substitution(const json& value, const KeyPath& at, PackRule& rule) {
        bool ignore_case = false;
        if (!reader_.read_bool(value, at, "ignore_case", ignore_case) ||
            !read_exceptions(value, at, ignore_case, rule.exceptions) ||
            !reader_.require(value, at, "swap", "a substitution rule")) {
            return false;
        }
        const json& swap = value.at("swap");
        if (!reader_.expect_type(swap, at / "swap", json::value_t::object,
                                 "an object from what to replace to its replacement")) {
            return false;
        }
        if (swap.empty()) {
            return reader_.fail_value(at / "swap", "a substitution rule needs at least one swap");
        }
        std::vector<std::string> from;
        for (const auto& [key, replacement] : swap.items()) {
            const KeyPath entry = at / "swap" / key;
            if (!reader_.expect_type(replacement, entry, json::value_t::string,
                                     "a replacement string")) {
                return false;
            }
            const auto to = replacement.get<std::string>();
            if (to.empty()) {
                return reader_.fail_value(entry, "the replacement cannot be empty");
            }
            if (to == key) {
                return reader_.fail_value(entry,
                                          fmt::format("replaces \u201c{}\u201d with itself", key));
            }
            from.push_back(key);
            rule.swaps.emplace_back(key, to);
        }
        auto built = TermSet::build(from, {}, ignore_case);
        if (auto* error = std::get_if<TermError>(&built)) {
            return reader_.fail_key(at / "swap" / from[error->index], error->message);
        }
        rule.terms = std::move(std::get<TermSet>(built));
        std::vector<std::string> pairs;
        for (const auto& [old_term, new_term] : rule.swaps) {
            pairs.push_back(fmt::format("{}\u201d to \u201c{}", new_term, old_term));
        }
        if (rule.info.summary.empty()) {
            rule.info.summary = fmt::format("Prefers {}.", quoted_list(pairs, "and"));
        }
        if (rule.info.example.empty()) {
            rule.info.example = fmt::format("\u201c{}\u201d \u2192 \u201c{}\u201d",
                                            rule.swaps.front().first, rule.swaps.front().second);
        }
        if (rule.message.empty()) {
            rule.message = "Write \u201c{replacement}\u201d rather than \u201c{match}\u201d.";
        }
        return true;
    }

    bool read_repetition(const json& value, const KeyPath& at, PackRule& rule) {
        bool ignore_case = false;
        std::vector<std::string> terms;
        if (!reader_.require(value, at, "max", "a repetition rule") ||
            !reader_.read_count(value, at, "max", 1, rule.max) ||
            !reader_.read_bool(value, at, "ignore_case", ignore_case) ||
            !read_terms(value, at, ignore_case, rule.terms, terms, "a repetition rule") ||
            !read_exceptions(value, at, ignore_case, rule.exceptions)) {
            return false;
        }
        const std::string times = rule.max == 1 ? "once" : fmt::format("{} times", rule.max);
        if (rule.info.summary.empty()) {
            rule.info.summary =
                fmt::format("Allows {} at most {} in a draft.", quoted_list(terms, "or"), times);
        }
        if (rule.info.example.empty()) {
            rule.info.example =
                fmt::format("A draft that uses \u201c{}\u201d more than {}.", terms.front(), times);
        }
        if (rule.message.empty()) {
            rule.message = "\u201c{match}\u201d again: this draft uses it {count} times, more "
                           "than the {max} this rule allows.";
        }
        return true;
    }

    bool read_required_voices(const json& value, const KeyPath& at, PackRule& rule) {
        if (!reader_.require(value, at, "topic", "a required-voices rule")) {
            return false;
        }
        const json& topic = value.at("topic");
        const KeyPath topic_at = at / "topic";
        bool ignore_case = false;
        std::vector<std::string> terms;
        if (!reader_.expect_type(topic, topic_at, json::value_t::object,
                                 "an object with \u201ctokens\u201d or \u201cpatterns\u201d") ||
            !reader_.check_keys(topic, topic_at, kTopicKeys, "a topic") ||
            !reader_.read_bool(topic, topic_at, "ignore_case", ignore_case) ||
            !read_terms(topic, topic_at, ignore_case, rule.terms, terms, "a topic") ||
            !reader_.read_strings(value, at, "regions", rule.regions) ||
            !reader_.read_strings(value, at, "countries", rule.countries) ||
            !reader_.read_count(value, at, "min", 1, rule.min)) {
            return false;
        }
        if (rule.regions.empty() && rule.countries.empty()) {
            return reader_.fail_value(at, "a required-voices rule needs \u201cregions\u201d or "
                                          "\u201ccountries\u201d with at least one entry");
        }
        const Gazetteer& gazetteer = Gazetteer::instance();
        for (std::size_t i = 0; i < rule.regions.size(); ++i) {
            if (gazetteer.grouping(rule.regions[i]) == nullptr) {
                return reader_.fail_value(
                    at / "regions" / i,
                    fmt::format("unknown region \u201c{}\u201d: use a UN M49 region "
                                "(\u201cWestern Africa\u201d) or a grouping the "
                                "gazetteer knows (\u201cSahel\u201d, "
                                "\u201cASEAN\u201d)",
                                rule.regions[i]));
            }
        }
        for (std::size_t i = 0; i < rule.countries.size(); ++i) {
            if (gazetteer.country(rule.countries[i]) == nullptr) {
                return reader_.fail_value(
                    at / "countries" / i,
                    fmt::format("unknown country \u201c{}\u201d: use an ISO 3166-1 "
                                "alpha-2 code such as \u201cNG\u201d",
                                rule.countries[i]));
            }
        }
        if (rule.regions.empty() && rule.min > rule.countries.size()) {
            return reader_.fail_value(
                at / "min", fmt::format("asks for voices from {} countries but lists only {}",
                                        rule.min, rule.countries.size()));
        }
        std::vector<std::string> sources = rule.regions;
        for (const std::string& code : rule.countries) {
            sources.push_back(gazetteer.country(code)->name);
        }
        if (rule.info.summary.empty()) {
            rule.info.summary =
                fmt::format("A draft on {} needs {} from {}.", quoted_list(terms, "or"),
                            rule.min == 1 ? std::string("a voice")
                                          : fmt::format("voices of {} countries", rule.min),
                            quoted_list(sources, "or"));
        }
        if (rule.info.example.empty()) {
            rule.info.example = fmt::format("A draft on \u201c{}\u201d that quotes no one from {}.",
                                            terms.front(), quoted_list(sources, "or"));
        }
        if (rule.message.empty()) {
            rule.message = rule.min == 1
                               ? "This draft is about \u201c{match}\u201d but quotes no one from "
                                 "{voices}."
                               : "This draft is about \u201c{match}\u201d but hears from {count} "
                                 "of the {min} countries of {voices} it should.";
        }
        return true;
    }
};

} // namespace

std::variant<Pack, PackError> parse_pack(std::string_view text) {
    auto parsed = protocol::parse_jsonc(text);
    if (auto* error = std::get_if<protocol::JsoncError>(&parsed)) {
        return PackError{error->position.line, error->position.column, "",
                         "not valid JSON: " + error->message};
    }
    return Parser(std::get<protocol::JsoncDocument>(parsed)).run();
}

} // namespace parallax::rulepacks
