#include "rule_pack_plugin.h"

#include "message_template.h"
#include "prose_segments.h"

#include "parallax/casing.h"
#include "parallax/gazetteer.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <set>

namespace parallax::rulepacks {

namespace {

/// Every match of a rule's terms in the draft's prose, in text order, but those inside one of
/// its exceptions.
std::vector<TermMatch> find_in_prose(const Document& document,
                                     const std::vector<ByteRange>& segments, const PackRule& rule) {
    std::vector<TermMatch> out;
    for (const ByteRange& segment : segments) {
        const std::string_view text = document.slice(segment);
        auto found = rule.terms.find(text, segment.start.value);
        if (!rule.exceptions.empty() && !found.empty()) {
            const auto exceptions = rule.exceptions.find(text, segment.start.value);
            std::erase_if(found, [&](const TermMatch& match) {
                return std::ranges::any_of(exceptions, [&](const TermMatch& exception) {
                    return exception.start <= match.start && match.end <= exception.end;
                });
            });
        }
        out.insert(out.end(), found.begin(), found.end());
    }
    return out;
}

ByteRange range_of(const TermMatch& match) {
    return {ByteOffset{match.start}, ByteOffset{match.end}};
}

Diagnostic finding(const PackRule& rule, const TermMatch& match) {
    Diagnostic d;
    d.rule = rule.info.id;
    d.severity = rule.info.default_severity;
    d.range = range_of(match);
    return d;
}

void check_existence(const Document& document, const PackRule& rule,
                     const std::vector<TermMatch>& matches, Reporter& reporter) {
    for (const TermMatch& match : matches) {
        Diagnostic d = finding(rule, match);
        const std::string text(document.slice(d.range));
        const std::array values{std::pair<std::string_view, std::string>{"match", text}};
        d.message = expand(rule.message, values);
        d.data.emplace_back("match", text);
        reporter.report(std::move(d));
    }
}

void check_substitution(const Document& document, const PackRule& rule,
                        const std::vector<TermMatch>& matches, Reporter& reporter) {
    for (const TermMatch& match : matches) {
        Diagnostic d = finding(rule, match);
        const std::string text(document.slice(d.range));
        const std::string replacement = match_case(text, rule.swaps[match.term].second);
        const std::array values{
            std::pair<std::string_view, std::string>{"match", text},
            std::pair<std::string_view, std::string>{"replacement", replacement}};
        d.message = expand(rule.message, values);
        d.data.emplace_back("match", text);
        d.data.emplace_back("replacement", replacement);
        d.fixes.push_back(
            {.title = fmt::format("Replace \u201c{}\u201d with \u201c{}\u201d", text, replacement),
             .replacements = {{.range = d.range, .text = replacement}}});
        reporter.report(std::move(d));
    }
}

/// Each use beyond the rule's `max` is a finding, pointing back at the earlier ones.
void check_repetition(const Document& document, const PackRule& rule,
                      const std::vector<TermMatch>& matches, Reporter& reporter) {
    if (matches.size() <= rule.max) {
        return;
    }
    const std::string count = std::to_string(matches.size());
    for (std::size_t i = rule.max; i < matches.size(); ++i) {
        Diagnostic d = finding(rule, matches[i]);
        const std::string text(document.slice(d.range));
        const std::array values{
            std::pair<std::string_view, std::string>{"match", text},
            std::pair<std::string_view, std::string>{"count", count},
            std::pair<std::string_view, std::string>{"max", std::to_string(rule.max)}};
        d.message = expand(rule.message, values);
        d.data.emplace_back("match", text);
        d.data.emplace_back("count", static_cast<double>(matches.size()));
        constexpr std::size_t kShownEarlier = 3;
        for (std::size_t j = 0; j < std::min<std::size_t>(rule.max, kShownEarlier); ++j) {
            d.related.push_back({.range = range_of(matches[j]), .message = "an earlier use"});
        }
        reporter.report(std::move(d));
    }
}

/// A draft on the topic needs voices (attributions whose source resolves to a country) from the
/// rule's regions or countries: at least `min` different countries. One finding, at the first
/// mention of the topic.
void check_required_voices(const Document& document, const PackRule& rule,
                           const std::vector<TermMatch>& matches, Reporter& reporter) {
    if (matches.empty()) {
        return;
    }
    const Gazetteer& gazetteer = Gazetteer::instance();
    std::set<std::string> voiced;
    for (const Attribution& attribution : document.attributions()) {
        const std::string& code = attribution.country;
        if (code.empty() || attribution.vague) {
            continue;
        }
        const bool counts = std::ranges::find(rule.countries, code) != rule.countries.end() ||
                            std::ranges::any_of(rule.regions, [&](const std::string& region) {
                                return gazetteer.in_region(code, region);
                            });
        if (counts) {
            voiced.insert(code);
        }
    }
    if (voiced.size() >= rule.min) {
        return;
    }
    std::vector<std::string> sources = rule.regions;
    for (const std::string& code : rule.countries) {
        sources.push_back(gazetteer.country(code)->name);
    }
    std::string where;
    for (std::size_t i = 0; i < sources.size(); ++i) {
        where += i == 0 ? "" : (i + 1 == sources.size() ? " or " : ", ");
        where += sources[i];
    }
    Diagnostic d = finding(rule, matches.front());
    const std::string text(document.slice(d.range));
    const std::array values{
        std::pair<std::string_view, std::string>{"match", text},
        std::pair<std::string_view, std::string>{"voices", where},
        std::pair<std::string_view, std::string>{"count", std::to_string(voiced.size())},
        std::pair<std::string_view, std::string>{"min", std::to_string(rule.min)}};
    d.message = expand(rule.message, values);
    d.data.emplace_back("topic", text);
    d.data.emplace_back("voiced", std::vector<std::string>(voiced.begin(), voiced.end()));
    d.data.emplace_back("required", sources);
    reporter.report(std::move(d));
}

/// A rule whose findings in a block depend on that block alone.
bool is_block_rule(const PackRule& rule) {
    return (rule.kind == RuleKind::Existence && !rule.once) || rule.kind == RuleKind::Substitution;
}

void check_block_rule(const Document& document, const PackRule& rule,
                      const std::vector<TermMatch>& matches, Reporter& reporter) {
    if (rule.kind == RuleKind::Substitution) {
        check_substitution(document, rule, matches, reporter);
    } else {
        check_existence(document, rule, matches, reporter);
    }
}

} // namespace

RulePackPlugin::RulePackPlugin(Pack pack) : pack_(std::move(pack)) {
    for (const PackRule& rule : pack_.rules) {
        infos_.push_back(rule.info);
    }
}

bool RulePackPlugin::checks_blocks() const {
    return std::ranges::any_of(pack_.rules, is_block_rule);
}

void RulePackPlugin::check_block(const Document& document, const Block& block,
                                 const Options& /*options*/, Reporter& reporter) const {
    std::vector<ByteRange> segments;
    append_prose_segments(document, block, segments);
    if (segments.empty()) {
        return;
    }
    for (const PackRule& rule : pack_.rules) {
        if (is_block_rule(rule)) {
            check_block_rule(document, rule, find_in_prose(document, segments, rule), reporter);
        }
    }
}

void RulePackPlugin::check(const Document& document, const Options& /*options*/,
                           Reporter& reporter) const {
    const std::vector<ByteRange> segments = prose_segments(document);
    for (const PackRule& rule : pack_.rules) {
        if (reporter.cancelled()) {
            return;
        }
        if (is_block_rule(rule)) {
            continue; // check_block()
        }
        const std::vector<TermMatch> matches = find_in_prose(document, segments, rule);
        switch (rule.kind) {
        case RuleKind::Existence:
            if (!matches.empty()) {
                check_existence(document, rule, {matches.front()}, reporter); // "once"
            }
            break;
        case RuleKind::Substitution:
            break; // a block rule
        case RuleKind::Repetition:
            check_repetition(document, rule, matches, reporter);
            break;
        case RuleKind::RequiredVoices:
            check_required_voices(document, rule, matches, reporter);
            break;
        }
    }
}

} // namespace parallax::rulepacks
