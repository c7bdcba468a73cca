#include "parallax/rulepacks/rule_pack.h"

#include "pack_parser.h"
#include "rule_pack_plugin.h"

#include <fmt/format.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace parallax::embedded {
std::string_view rulepack_geopolitical_naming();
} // namespace parallax::embedded

namespace parallax::rulepacks {

namespace {

struct BuiltinPack {
    std::string_view name;
    std::string_view (*text)();
};

constexpr std::array<BuiltinPack, 1> kBuiltinPacks{{
    {"geopolitical-naming", &embedded::rulepack_geopolitical_naming},
}};

// A pack is a short file: anything larger is a mistake (a wrong path), not a pack.
constexpr std::uintmax_t kMaxPackBytes = 4 * 1024 * 1024;

} // namespace

PackResult parse_rule_pack(std::string_view text) {
    if (!is_valid_utf8(text)) {
        return PackError{0, 0, "", "a rule pack must be UTF-8 text"};
    }
    auto parsed = parse_pack(text);
    if (auto* error = std::get_if<PackError>(&parsed)) {
        return std::move(*error);
    }
    return std::make_shared<const RulePackPlugin>(std::move(std::get<Pack>(parsed)));
}

PackResult load_rule_pack(const std::filesystem::path& path) {
    std::error_code error;
    const auto size = std::filesystem::file_size(path, error);
    if (error) {
        return PackError{0, 0, "",
                         fmt::format("cannot read {}: {}", path.string(), error.message())};
    }
    if (size > kMaxPackBytes) {
        return PackError{0, 0, "",
                         fmt::format("{} is {} bytes, too large for a rule pack (at most {})",
                                     path.string(), size, kMaxPackBytes)};
    }
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    if (!in || !(text << in.rdbuf())) {
        // An empty file reads as a failed copy; it is reported by the parser instead.
        if (size != 0) {
            return PackError{
                0, 0, "", fmt::format("cannot read {}: {}", path.string(), std::strerror(errno))};
        }
    }
    return parse_rule_pack(text.str());
}

std::vector<std::string_view> builtin_rule_pack_names() {
    std::vector<std::string_view> names;
    for (const BuiltinPack& pack : kBuiltinPacks) {
        names.push_back(pack.name);
    }
    return names;
}

PackResult builtin_rule_pack(std::string_view name) {
    for (const BuiltinPack& pack : kBuiltinPacks) {
        if (pack.name == name) {
            return parse_rule_pack(pack.text());
        }
    }
    std::string known;
    for (const BuiltinPack& pack : kBuiltinPacks) {
        known += (known.empty() ? "" : ", ") + std::string(pack.name);
    }
    return PackError{0, 0, "",
                     fmt::format("no built-in rule pack named \u201c{}\u201d; the built-in packs "
                                 "are: {}",
                                 name, known)};
}

} // namespace parallax::rulepacks
