#include "code_action_edits.h"

#include "parallax/protocol/jsonc.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace parallax::lsp {

namespace {

using nlohmann::json;

Replacement insertion(std::size_t offset, std::string text) {
    const ByteOffset at{static_cast<std::uint32_t>(offset)};
    return Replacement{ByteRange{at, at}, std::move(text)};
}

std::string json_quoted(std::string_view text) {
    return json(std::string(text)).dump(); // a JSON string is also a YAML double-quoted scalar
}

/// Byte offset of a 1-based (line, byte column) position in `text`.
std::size_t offset_of(std::string_view text, protocol::SourcePosition position) {
    std::size_t offset = 0;
    for (std::uint32_t line = 1; line < position.line; ++line) {
        const auto newline = text.find('\n', offset);
        if (newline == std::string_view::npos)
            return text.size();
        offset = newline + 1;
    }
    return std::min(text.size(), offset + position.column - 1);
}

/// Spaces and tabs from `offset` back to the start of its line, when nothing else is there.
std::string indentation_before(std::string_view text, std::size_t offset) {
    std::size_t start = offset;
    while (start > 0 && (text[start - 1] == ' ' || text[start - 1] == '\t'))
        --start;
    if (start > 0 && text[start - 1] != '\n')
        return {};
    return std::string(text.substr(start, offset - start));
}

/// Inserts `member` (`"key": value`) as the first member of the object at `pointer`, on its
/// own line when the object's members are on their own lines.
Replacement insert_member(std::string_view text, const protocol::JsoncDocument& document,
                          const json::json_pointer& pointer, const std::string& member) {
    const json& object = document.value().at(pointer);
    if (object.empty()) {
        const std::size_t open = offset_of(text, document.value_position_of(pointer));
        return insertion(open + 1, member);
    }
    std::size_t first = text.size();
    for (const auto& item : object.items())
        first = std::min(first, offset_of(text, document.position_of(pointer / item.key())));
    const std::string indent = indentation_before(text, first);
    const bool own_line = first >= indent.size() &&
                          (first == indent.size() || text[first - indent.size() - 1] == '\n');
    return insertion(first, member + (own_line ? ",\n" + indent : ", "));
}

} // namespace

Replacement suppress_on_line(const Text& text, LineNumber line, std::string_view rule) {
    const ByteOffset start = text.line_start(line);
    const std::string_view rest = text.view().substr(start.value);
    const std::size_t prefix = std::min(rest.find_first_not_of(" \t>"), rest.size());
    std::string comment(rest.substr(0, prefix));
    comment += "<!-- parallax-disable-next-line ";
    comment += rule;
    comment += " -- ";
    comment += kReasonPlaceholder;
    comment += " -->\n";
    return Replacement{ByteRange{start, start}, std::move(comment)};
}

std::optional<Replacement> citation_placeholder(const Document& document, ByteOffset offset) {
    const std::int64_t index = document.sentence_at(offset);
    if (index < 0)
        return std::nullopt;
    const Sentence& sentence = document.sentences()[static_cast<std::size_t>(index)];
    const std::string_view text = document.slice(sentence.range);
    // Back over trailing spaces, then closing quotes, brackets and final punctuation.
    std::size_t end = text.find_last_not_of(" \t\r\n");
    if (end == std::string_view::npos)
        return std::nullopt;
    end += 1;
    static constexpr std::string_view kClosing[] = {".", "!", "?",      ":",      ";",     "\"",
                                                    "'", ")", "\u201d", "\u2019", "\u2026"};
    for (bool trimmed = true; trimmed && end > 0;) {
        trimmed = false;
        for (std::string_view closing : kClosing) {
            if (text.substr(0, end).ends_with(closing) && end > closing.size()) {
                end -= closing.size();
                trimmed = true;
            }
        }
    }
    return insertion(sentence.range.start.value + end, std::string(kCitationPlaceholder));
}

namespace {

bool capitalised(std::string_view word) {
    return !word.empty() && word.front() >= 'A' && word.front() <= 'Z';
}

bool all_capitals(std::string_view word) {
    return word.size() >= 2 &&
           std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool connector(std::string_view folded) {
    return folded == "of" || folded == "the" || folded == "for" || folded == "and" ||
           folded == "on" || folded == "&";
}

} // namespace

std::optional<std::string> known_source_candidate(const Document& document, ByteRange finding) {
    const std::int64_t index = document.sentence_at(finding.start);
    if (index < 0)
        return std::nullopt;
    const auto sentence_index = static_cast<std::uint32_t>(index);
    for (const Attribution& a : document.attributions()) {
        if (a.sentence == sentence_index && !a.vague && a.source.size() > 0)
            return std::string(document.slice(a.source));
    }
    // The first run of capitalised words (joined by "of", "the", ...) before the finding.
    const Sentence& sentence = document.sentences()[sentence_index];
    const auto tokens = document.tokens_of(sentence);
    for (std::size_t i = 0; i < tokens.size() && tokens[i].range.start < finding.start; ++i) {
        if (tokens[i].kind != TokenKind::Word || !capitalised(document.slice(tokens[i].range)))
            continue;
        std::size_t last = i;
        for (std::size_t j = i + 1; j < tokens.size() && tokens[j].range.start < finding.start;
             ++j) {
            const std::string_view word = document.slice(tokens[j].range);
            if (tokens[j].kind == TokenKind::Word && capitalised(word))
                last = j;
            else if (!(tokens[j].kind == TokenKind::Word && connector(tokens[j].folded)))
                break;
        }
        const std::string_view first = document.slice(tokens[i].range);
        // A lone capital at the start of a sentence is just the sentence's first word.
        if (last == i && i == 0 && !all_capitals(first))
            continue;
        return std::string(
            document.slice(ByteRange{tokens[i].range.start, tokens[last].range.end}));
    }
    return std::nullopt;
}

std::optional<Replacement> add_known_source_to_config(std::string_view config,
                                                      std::string_view plugin,
                                                      std::string_view source) {
    auto parsed = protocol::parse_jsonc(config);
    auto* document = std::get_if<protocol::JsoncDocument>(&parsed);
    if (document == nullptr || !document->value().is_object())
        return std::nullopt;
    const json& root = document->value();
    const std::string plugin_key(plugin);
    const std::string option_key(kKnownSourcesOption);
    const json list = json::array({std::string(source)});

    const json::json_pointer options_pointer("/options");
    if (!root.contains("options")) {
        json value = {{plugin_key, {{option_key, list}}}};
        return insert_member(config, *document, json::json_pointer(""),
                             "\"options\": " + value.dump());
    }
    if (!root["options"].is_object())
        return std::nullopt;
    const json::json_pointer plugin_pointer = options_pointer / plugin_key;
    if (!root["options"].contains(plugin_key)) {
        json value = {{option_key, list}};
        return insert_member(config, *document, options_pointer,
                             json_quoted(plugin_key) + ": " + value.dump());
    }
    if (!root["options"][plugin_key].is_object())
        return std::nullopt;
    const json::json_pointer list_pointer = plugin_pointer / option_key;
    if (!root["options"][plugin_key].contains(option_key)) {
        return insert_member(config, *document, plugin_pointer,
                             json_quoted(option_key) + ": " + list.dump());
    }
    const json& sources = root.at(list_pointer);
    if (!sources.is_array() ||
        std::find(sources.begin(), sources.end(), json(std::string(source))) != sources.end())
        return std::nullopt;
    if (sources.empty()) {
        const std::size_t open = offset_of(config, document->value_position_of(list_pointer));
        return insertion(open + 1, json_quoted(source));
    }
    const std::size_t first = offset_of(config, document->value_position_of(list_pointer / 0));
    return insertion(first, json_quoted(source) + ", ");
}

// --- YAML front matter --------------------------------------------------------------------------

namespace {

/// One line of the front matter.
struct YamlLine {
    std::size_t start = 0; // byte offset in the draft
    std::string_view text; // without its line break
    std::size_t indent = 0;
    bool blank = false; // empty or a comment
};

/// `key:` at the start of a line's content: the value after it (trimmed), or nullopt.
std::optional<std::string_view> value_of_key(const YamlLine& line, std::string_view key) {
    std::string_view content = line.text.substr(line.indent);
    if (!content.starts_with(key) || content.substr(key.size()).rfind(':', 0) != 0)
        return std::nullopt;
    content.remove_prefix(key.size() + 1);
    if (!content.empty() && content.front() != ' ' && content.front() != '\t')
        return std::nullopt; // "key:x" is a scalar "key:x", not a key
    const auto comment = content.find(" #");
    content = content.substr(0, comment);
    const auto first = content.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return std::string_view{};
    return content.substr(first, content.find_last_not_of(" \t") + 1 - first);
}

std::string nested_keys(std::span<const std::string> keys, std::size_t indent,
                        std::string_view source) {
    std::string out;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        out += std::string(indent + 2 * i, ' ') + keys[i] + ":";
        out += i + 1 == keys.size() ? " [" + json_quoted(source) + "]\n" : "\n";
    }
    return out;
}

} // namespace

std::optional<Replacement> add_known_source_to_front_matter(const Text& draft,
                                                            std::string_view plugin,
                                                            std::string_view source) {
    const std::vector<std::string> path = {"parallax", "options", std::string(plugin),
                                           std::string(kKnownSourcesOption)};
    const std::string_view text = draft.view();
    const bool has_front_matter =
        draft.line_count() > 1 && text.substr(0, draft.line_end(LineNumber{0}).value) == "---";
    if (!has_front_matter)
        return insertion(0, "---\n" + nested_keys(path, 0, source) + "---\n");

    std::vector<YamlLine> lines;
    std::optional<std::size_t> closing;
    for (std::uint32_t n = 1; n < draft.line_count(); ++n) {
        const std::size_t start = draft.line_start(LineNumber{n}).value;
        const std::string_view line =
            text.substr(start, draft.line_end(LineNumber{n}).value - start);
        if (line == "---" || line == "...") {
            closing = start;
            break;
        }
        const std::size_t indent = std::min(line.find_first_not_of(' '), line.size());
        lines.push_back({start, line, indent, indent == line.size() || line[indent] == '#'});
    }
    if (!closing)
        return std::nullopt; // no end to the front matter: not ours to touch

    // Walk down the path: at each level, look for the key among the parent's children.
    std::size_t begin = 0, end = lines.size(); // the parent's children: lines [begin, end)
    std::optional<std::size_t> parent_indent;  // nullopt at the top level
    std::optional<std::size_t> parent_line;
    for (std::size_t level = 0; level < path.size(); ++level) {
        std::optional<std::size_t> child_indent;
        std::optional<std::size_t> found;
        std::optional<std::string_view> value;
        for (std::size_t i = begin; i < end; ++i) {
            if (lines[i].blank)
                continue;
            if (!child_indent)
                child_indent = lines[i].indent;
            if (lines[i].indent != *child_indent)
                continue;
            if ((value = value_of_key(lines[i], path[level]))) {
                found = i;
                break;
            }
        }
        if (!found) {
            const std::size_t indent =
                child_indent.value_or(parent_indent ? *parent_indent + 2 : 0);
            const std::string block = nested_keys(std::span(path).subspan(level), indent, source);
            // After the parent's key line, or at the end of a top-level front matter.
            const std::size_t at =
                parent_line
                    ? (*parent_line + 1 < lines.size() ? lines[*parent_line + 1].start : *closing)
                    : *closing;
            return insertion(at, block);
        }
        if (level + 1 < path.size()) {
            if (!value->empty())
                return std::nullopt; // "parallax: {…}" or a scalar: not followed here
            parent_indent = lines[*found].indent;
            parent_line = found;
            begin = *found + 1;
            end = begin;
            while (end < lines.size() && (lines[end].blank || lines[end].indent > *parent_indent))
                ++end;
            continue;
        }
        // known_sources itself: a flow list "[...]" or a block list below it.
        const YamlLine& key_line = lines[*found];
        if (!value->empty()) {
            if (value->front() != '[' || value->back() != ']')
                return std::nullopt;
            if (value->find(json_quoted(source)) != std::string_view::npos)
                return std::nullopt;
            const std::size_t open =
                key_line.start + static_cast<std::size_t>(value->data() - key_line.text.data());
            const bool empty = value->find_first_not_of(" \t", 1) == value->size() - 1;
            return insertion(open + 1, json_quoted(source) + (empty ? "" : ", "));
        }
        std::optional<std::size_t> item_indent;
        for (std::size_t i = *found + 1; i < lines.size(); ++i) {
            const YamlLine& line = lines[i];
            if (line.blank)
                continue;
            const bool item = line.text.substr(line.indent).starts_with("- ");
            if (line.indent < key_line.indent || (line.indent == key_line.indent && !item))
                break;
            if (!item)
                continue; // the rest of a multi-line item
            item_indent = item_indent.value_or(line.indent);
            std::string_view entry = line.text.substr(line.indent + 2);
            entry = entry.substr(0, entry.find_last_not_of(" \t") + 1);
            if (entry == json_quoted(source) || entry == source)
                return std::nullopt;
        }
        const std::size_t at = *found + 1 < lines.size() ? lines[*found + 1].start : *closing;
        return insertion(at, std::string(item_indent.value_or(key_line.indent + 2), ' ') + "- " +
                                 json_quoted(source) + "\n");
    }
    return std::nullopt;
}

} // namespace parallax::lsp
