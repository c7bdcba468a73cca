#include "suppressions.h"

#include "edit_distance.h"

#include "engine.h"
#include "engine_rules.h"
#include "suppression_comments.h"

#include <algorithm>
#include <map>

namespace parallax {
namespace {

using Kind = SuppressionComment::Kind;

/// Whether a rule name in a comment ("claims" or "claims/vague-quantity") covers `rule_id`.
bool names_rule(std::string_view name, std::string_view rule_id) {
    return rule_id == name || (rule_id.size() > name.size() && rule_id.starts_with(name) &&
                               rule_id[name.size()] == '/');
}

/// "parallax" or one of the engine's rule ids.
bool is_engine_name(std::string_view name) {
    return names_rule(kEngineId, name);
}

/// What became of one name in one comment.
enum class Status { Unknown, Unused, Used };

/// One name of one comment and the stretch of the draft it suppresses.
struct Scope {
    std::size_t comment = 0;
    std::size_t name = 0;
    ByteRange range;
    bool whole_file = false;
    bool covers(ByteOffset at) const { return whole_file || range.contains(at); }
};

bool is_blank_or_quote_marker(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '>';
}

/// The first offset of `line` holding something other than blanks and blockquote markers, or
/// nullopt for a blank line.
std::optional<ByteOffset> first_content(const Text& text, LineNumber line) {
    const ByteOffset start = text.line_start(line);
    const std::string_view content = text.slice({start, text.line_end(line)});
    for (std::size_t i = 0; i < content.size(); ++i) {
        if (!is_blank_or_quote_marker(content[i])) {
            return ByteOffset{start.value + static_cast<std::uint32_t>(i)};
        }
    }
    return std::nullopt;
}

/// Whether `at` lies inside one of `comments` (sorted by start, not overlapping).
bool in_comment(std::span<const SuppressionComment> comments, ByteOffset at) {
    const auto after = std::ranges::upper_bound(
        comments, at, {}, [](const SuppressionComment& c) { return c.range.start; });
    return after != comments.begin() && std::prev(after)->range.contains(at);
}

/// What a disable-next-line comment covers (see suppressions.h): the next line that is neither
/// blank nor another suppression comment, extended to the end of the paragraph that starts
/// there when no part of that paragraph lies above the comment.
ByteRange next_line_target(const Document& document, const SuppressionComment& comment,
                           std::span<const SuppressionComment> comments) {
    const Text& text = document.text();
    std::uint32_t line = text.line_of(comment.range.end).value + 1;
    for (; line < text.line_count(); ++line) {
        const auto content = first_content(text, LineNumber{line});
        if (content && !in_comment(comments, *content)) {
            break;
        }
    }
    if (line >= text.line_count()) {
        return {text.end(), text.end()};
    }
    const ByteOffset start = text.line_start(LineNumber{line});
    const ByteOffset next =
        line + 1 < text.line_count() ? text.line_start(LineNumber{line + 1}) : text.end();
    ByteOffset end = next;
    // Blocks come in text order: from the first that ends after the line starts.
    const auto blocks = document.blocks();
    auto block =
        std::ranges::partition_point(blocks, [&](const Block& b) { return b.range.end <= start; });
    for (; block != blocks.end() && block->range.start < next; ++block) {
        if (comment.range.start <= block->range.start) {
            end = std::max(end, block->range.end);
        }
    }
    return {start, end};
}

/// Removes a whole comment: with its line when nothing else (but blanks and blockquote
/// markers) shares the line.
Replacement remove_comment(const Text& text, const SuppressionComment& comment) {
    const LineNumber first = text.line_of(comment.range.start);
    const LineNumber last = text.line_of(comment.range.end);
    const ByteOffset line_start = text.line_start(first);
    const std::string_view before = text.slice({line_start, comment.range.start});
    const std::string_view after = text.slice({comment.range.end, text.line_end(last)});
    const bool alone =
        std::ranges::all_of(before, is_blank_or_quote_marker) &&
        std::ranges::all_of(after, [](char c) { return c == ' ' || c == '\t' || c == '\r'; });
    if (!alone) {
        return {comment.range, ""};
    }
    const ByteOffset end = last.value + 1 < text.line_count()
                               ? text.line_start(LineNumber{last.value + 1})
                               : text.end();
    return {{line_start, end}, ""};
}

/// Removes one name of a comment with the separator that joins it to a neighbour.
Replacement remove_name(const SuppressionComment& comment, std::size_t index) {
    const auto& names = comment.rules;
    if (index + 1 < names.size()) {
        return {{names[index].range.start, names[index + 1].range.start}, ""};
    }
    if (index > 0) {
        return {{names[index - 1].range.end, names[index].range.end}, ""};
    }
    return {names[index].range, ""};
}

/// The rule or plugin id a shortened or misspelt `name` most likely meant: the one rule id it
/// begins ("claims/weasel" for "claims/weasel-attribution"), else the nearest by edit distance
/// when a third of the name or less differs.
std::optional<std::string> likely_meant(std::string_view name, const CheckSettings& settings) {
    std::optional<std::string> best;
    std::size_t best_distance = name.size() / 3 + 1;
    std::vector<std::string> extending;
    const auto consider = [&](std::string_view id) {
        if (const std::size_t distance = edit_distance(name, id); distance < best_distance) {
            best = std::string(id);
            best_distance = distance;
        }
        if (id.starts_with(name) && name.find('/') != std::string_view::npos) {
            extending.emplace_back(id);
        }
    };
    const auto visit = [&](const Plugin& plugin) {
        consider(plugin.id());
        for (const RuleInfo& rule : plugin.rules()) {
            consider(rule.id);
        }
    };
    for (const auto& plugin : PluginRegistry::instance().plugins()) {
        visit(*plugin);
    }
    for (const auto& plugin : settings.extra_plugins) {
        visit(*plugin);
    }
    return extending.size() == 1 ? extending.front() : best;
}

class SuppressionPass {
public:
    SuppressionPass(const Document& document, const CheckSettings& settings)
        : document_(document), settings_(settings), comments_(find_suppression_comments(document)) {
        status_.resize(comments_.size());
        for (std::size_t c = 0; c < comments_.size(); ++c) {
            status_[c].assign(comments_[c].rules.size(), Status::Unused);
            read_comment(c);
        }
        for (const auto& [name, open] : open_) {
            for (const std::size_t scope : open) {
                scopes_[scope].range.end = document.text().end(); // no enable: to the end
            }
        }
    }

    /// Drops suppressed findings and findings inside a suppression comment (in plain text, the
    /// comment is part of the prose the plugins read).
    void filter(std::vector<Diagnostic>& diagnostics) {
        std::erase_if(diagnostics, [&](const Diagnostic& d) {
            if (is_engine_name(d.rule)) {
                return false;
            }
            if (in_comment(comments_, d.range.start)) {
                return true;
            }
            bool suppressed = false;
            for (const Scope& scope : scopes_) {
                if (scope.covers(d.range.start) &&
                    names_rule(comments_[scope.comment].rules[scope.name].name, d.rule)) {
                    status_[scope.comment][scope.name] = Status::Used;
                    suppressed = true;
                }
            }
            return suppressed;
        });
    }

    /// The engine's findings about the comments: reported after filter().
    void report(std::vector<Diagnostic>& out) {
        for (std::size_t c = 0; c < comments_.size(); ++c) {
            const SuppressionComment& comment = comments_[c];
            if (comment.kind != Kind::Enable && !comment.reason) {
                out.push_back(without_reason(comment));
            }
            for (std::size_t n = 0; n < comment.rules.size(); ++n) {
                if (status_[c][n] == Status::Unknown) {
                    out.push_back(unknown(comment.rules[n]));
                } else if (status_[c][n] == Status::Unused) {
                    out.push_back(unused(c, n));
                }
            }
        }
        out.insert(out.end(), std::make_move_iterator(extra_.begin()),
                   std::make_move_iterator(extra_.end()));
    }

private:
    void read_comment(std::size_t c) {
        const SuppressionComment& comment = comments_[c];
        if (comment.rules.empty()) {
            Diagnostic d = finding(kUnknownRule, comment.range);
            d.message = "This suppression comment names no rule: write a rule id or plugin id "
                        "after the keyword (parallax-disable-next-line claims/vague-quantity "
                        "-- reason).";
            extra_.push_back(std::move(d));
            return;
        }
        for (std::size_t n = 0; n < comment.rules.size(); ++n) {
            const std::string& name = comment.rules[n].name;
            if (is_engine_name(name) || !known(name)) {
                status_[c][n] = Status::Unknown;
                continue;
            }
            Scope scope{c, n, {}, false};
            switch (comment.kind) {
            case Kind::DisableFile:
                scope.whole_file = true;
                break;
            case Kind::DisableNextLine:
                scope.range = next_line_target(document_, comment, comments_);
                break;
            case Kind::Disable:
                scope.range = {comment.range.end, comment.range.end};
                open_[name].push_back(scopes_.size());
                break;
            case Kind::Enable:
                close(name, comment.range.start, c, n);
                continue;
            }
            scopes_.push_back(scope);
        }
    }

    /// An enable: ends the open disables of `name` where it starts. It is used when it closes
    /// one, and reported as unused when none is open.
    void close(const std::string& name, ByteOffset at, std::size_t c, std::size_t n) {
        const auto open = open_.find(name);
        if (open == open_.end()) {
            return;
        }
        for (const std::size_t scope : open->second) {
            scopes_[scope].range.end = at;
        }
        open_.erase(open);
        status_[c][n] = Status::Used;
    }

    bool known(std::string_view name) const {
        return find_rule(name, settings_) != nullptr || find_plugin(name, settings_) != nullptr;
    }

    static Diagnostic finding(std::string_view rule, ByteRange range) {
        Diagnostic d;
        d.rule = std::string(rule);
        d.range = range;
        for (const RuleInfo& info : engine_rules()) {
            if (info.id == rule) {
                d.severity = info.default_severity;
            }
        }
        return d;
    }

    Diagnostic without_reason(const SuppressionComment& comment) const {
        Diagnostic d = finding(kSuppressionWithoutReason, comment.range);
        d.message = "This suppression gives no reason: say why after \" -- \" (<!-- "
                    "parallax-disable-next-line RULE -- quoted from the communiqu\u00e9 -->).";
        return d;
    }

    Diagnostic unknown(const SuppressionComment::RuleName& name) const {
        Diagnostic d = finding(kUnknownRule, name.range);
        d.message = is_engine_name(name.name)
                        ? "\u201c" + name.name +
                              "\u201d is one of the engine's own rules: turn it off in the "
                              "configuration instead of suppressing it inline."
                        : "No rule or plugin is called \u201c" + name.name +
                              "\u201d: `parallax rules` lists the rule ids.";
        d.data.emplace_back("rule", name.name);
        if (auto meant =
                is_engine_name(name.name) ? std::nullopt : likely_meant(name.name, settings_)) {
            d.message += " Did you mean \u201c" + *meant + "\u201d?";
            d.fixes.push_back(
                Fix{"Replace with \u201c" + *meant + "\u201d", {{name.range, *meant}}});
        }
        return d;
    }

    Diagnostic unused(std::size_t c, std::size_t n) const {
        const SuppressionComment& comment = comments_[c];
        const std::string& name = comment.rules[n].name;
        Diagnostic d = finding(kUnusedSuppression, comment.rules[n].range);
        if (comment.kind == Kind::Enable) {
            d.message = "This enables \u201c" + name +
                        "\u201d, but no parallax-disable of it is open above: check the name "
                        "against the disable comment it should close.";
        } else {
            d.message = "This suppression of \u201c" + name + "\u201d suppresses nothing" +
                        (settings_.enabled(name) ? "" : " (it is off in the configuration)") +
                        ": remove it.";
        }
        d.data.emplace_back("rule", name);
        const bool all_idle =
            std::ranges::none_of(status_[c], [](Status s) { return s == Status::Used; });
        d.fixes.push_back(
            Fix{all_idle ? "Remove the suppression comment"
                         : "Remove \u201c" + name + "\u201d from the comment",
                {all_idle ? remove_comment(document_.text(), comment) : remove_name(comment, n)}});
        return d;
    }

    const Document& document_;
    const CheckSettings& settings_;
    std::vector<SuppressionComment> comments_;
    std::vector<std::vector<Status>> status_; // by comment, then name
    std::vector<Scope> scopes_;
    std::map<std::string, std::vector<std::size_t>, std::less<>> open_; // open disables by name
    std::vector<Diagnostic> extra_;
};

} // namespace

void apply_suppressions(const Document& document, const CheckSettings& settings,
                        std::vector<Diagnostic>& diagnostics) {
    SuppressionPass pass(document, settings);
    pass.filter(diagnostics);
    pass.report(diagnostics);
}

} // namespace parallax
