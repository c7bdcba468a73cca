#include "front_matter.h"

#include <yaml-cpp/yaml.h>

#include <charconv>
#include <map>

namespace parallax::config {
namespace {

using json = nlohmann::json;
using protocol::SourcePosition;

constexpr int kMaxDepth = 64;

/// The line that starts at `at`, without its line break.
std::string_view line_at(std::string_view text, std::size_t at) {
    const auto end = text.find('\n', at);
    std::string_view line =
        end == std::string_view::npos ? text.substr(at) : text.substr(at, end - at);
    if (!line.empty() && line.back() == '\r') {
        line.remove_suffix(1);
    }
    return line;
}

/// Whether a line of `yaml` starts with the key `parallax:`.
bool mentions_parallax(std::string_view yaml) {
    for (std::size_t at = 0; at < yaml.size();) {
        const std::string_view line = line_at(yaml, at);
        if (line.starts_with("parallax:") || line.starts_with("parallax :")) {
            return true;
        }
        const auto next = yaml.find('\n', at);
        at = next == std::string_view::npos ? yaml.size() : next + 1;
    }
    return false;
}

std::string pointer_token(std::string_view key) {
    std::string out;
    for (char c : key) {
        out += c == '~' ? std::string("~0") : c == '/' ? std::string("~1") : std::string(1, c);
    }
    return out;
}

/// The front matter as JSON, with where each value and key is in the draft.
class YamlTree {
public:
    explicit YamlTree(std::uint32_t first_line) : first_line_(first_line) {}

    json value;
    std::map<std::string, SourcePosition, std::less<>> keys;
    std::map<std::string, SourcePosition, std::less<>> values;
    std::vector<std::pair<SourcePosition, std::string>> problems;

    SourcePosition position(const YAML::Mark& mark, SourcePosition fallback) const {
        if (mark.line < 0 || mark.column < 0) {
            return fallback;
        }
        return {first_line_ + static_cast<std::uint32_t>(mark.line),
                static_cast<std::uint32_t>(mark.column) + 1};
    }

    void convert(const YAML::Node& node, json& out, const std::string& pointer,
                 SourcePosition parent, int depth) {
        const SourcePosition at = position(node.Mark(), parent);
        values.emplace(pointer, at);
        if (depth > kMaxDepth) {
            problems.emplace_back(at, "nested too deeply");
            return;
        }
        if (node.IsMap()) {
            out = json::object();
            for (const auto& member : node) {
                const SourcePosition key_at = position(member.first.Mark(), at);
                if (!member.first.IsScalar()) {
                    problems.emplace_back(key_at, "a key must be a plain name");
                    continue;
                }
                const std::string& name = member.first.Scalar();
                const std::string child = pointer + "/" + pointer_token(name);
                keys.emplace(child, key_at);
                convert(member.second, out[name], child, key_at, depth + 1);
            }
        } else if (node.IsSequence()) {
            out = json::array();
            for (const auto& element : node) {
                out.push_back(nullptr);
                convert(element, out.back(), pointer + "/" + std::to_string(out.size() - 1), at,
                        depth + 1);
            }
        } else if (node.IsScalar()) {
            out = scalar(node);
        } else {
            out = nullptr;
        }
    }

private:
    std::uint32_t first_line_;

    /// Plain scalars are typed as YAML 1.2's core schema types them (true, 3.5, null); quoted
    /// ones stay strings.
    static json scalar(const YAML::Node& node) {
        const std::string& text = node.Scalar();
        if (node.Tag() == "!") {
            return text;
        }
        if (text == "true" || text == "True" || text == "TRUE") {
            return true;
        }
        if (text == "false" || text == "False" || text == "FALSE") {
            return false;
        }
        if (text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL") {
            return nullptr;
        }
        double number = 0;
        const char* end = text.data() + text.size();
        const auto parsed = std::from_chars(text.data(), end, number);
        if (parsed.ec == std::errc() && parsed.ptr == end) {
            return number;
        }
        return text;
    }
};

SourcePosition nearest(const std::map<std::string, SourcePosition, std::less<>>& positions,
                       json::json_pointer at) {
    for (;;) {
        if (auto found = positions.find(at.to_string()); found != positions.end()) {
            return found->second;
        }
        if (at.empty()) {
            return {};
        }
        at = at.parent_pointer();
    }
}

} // namespace

std::optional<FrontMatter> find_front_matter(std::string_view text) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF") {
        text.remove_prefix(3);
    }
    if (line_at(text, 0) != "---") {
        return std::nullopt;
    }
    const std::size_t start = text.find('\n') + 1;
    std::uint32_t line = 2;
    for (std::size_t at = start; at < text.size(); ++line) {
        const std::string_view current = line_at(text, at);
        if (current == "---" || current == "...") {
            return FrontMatter{text.substr(start, at - start), 2};
        }
        const auto next = text.find('\n', at);
        if (next == std::string_view::npos) {
            break;
        }
        at = next + 1;
    }
    return std::nullopt; // no closing line: a thematic break, not front matter
}

std::optional<Layer> read_front_matter(std::string_view text, const std::filesystem::path& draft) {
    const auto front = find_front_matter(text);
    if (!front) {
        return std::nullopt;
    }
    const std::string file = draft.string();
    YAML::Node root;
    try {
        root = YAML::Load(std::string(front->yaml));
    } catch (const YAML::Exception& e) {
        // yaml-cpp reports errors as exceptions; this is the boundary where they become values.
        // Front matter that is not ours (a static-site generator's) is not ours to judge.
        if (!mentions_parallax(front->yaml)) {
            return std::nullopt;
        }
        Layer layer;
        layer.kind = LayerKind::FrontMatter;
        layer.file = file;
        layer.errors.push_back(
            {file, front->first_line + static_cast<std::uint32_t>(std::max(e.mark.line, 0)),
             static_cast<std::uint32_t>(std::max(e.mark.column, 0)) + 1, "front matter",
             "malformed YAML: " + e.msg});
        return layer;
    }
    if (!root.IsMap() || !root["parallax"]) {
        return std::nullopt;
    }
    YamlTree tree(front->first_line);
    tree.convert(root, tree.value, "", {front->first_line, 1}, 0);
    const json settings = tree.value.value("parallax", json());
    const json::json_pointer base("/parallax");
    Layer layer = read_layer(
        LayerKind::FrontMatter, file, draft.parent_path(),
        settings.is_null() ? json::object() : settings,
        [&](const json::json_pointer& at, bool key) {
            const json::json_pointer full = base / at;
            if (key) {
                if (auto found = tree.keys.find(full.to_string()); found != tree.keys.end()) {
                    return found->second;
                }
            }
            return nearest(tree.values, full);
        },
        "parallax.");
    for (auto& [position, message] : tree.problems) {
        layer.errors.push_back({file, position.line, position.column, "parallax", message});
    }
    return layer;
}

} // namespace parallax::config
