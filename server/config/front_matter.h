#pragma once
// A draft's own settings, in the `parallax:` key of its YAML front matter:
//
//     ---
//     title: Quad summit
//     parallax:
//       region: Indo-Pacific          # shorthand: the one plugin with an option "region"
//       rules: {claims/unsupported-cause: off}
//       options: {framing: {min_repeat: 4}}
//     ---

#include "layer.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string_view>

namespace parallax::config {

/// The YAML between a first line "---" and the next line "---" or "...", and the 1-based line
/// of the draft its first line is.
struct FrontMatter {
    std::string_view yaml;
    std::uint32_t first_line = 2;
};

std::optional<FrontMatter> find_front_matter(std::string_view text);

/// The `parallax:` entry of the draft's front matter as a layer (with the draft's lines), or
/// nullopt when the draft has no front matter or it has no `parallax:` key. Malformed YAML is a
/// layer holding the error.
std::optional<Layer> read_front_matter(std::string_view text, const std::filesystem::path& draft);

} // namespace parallax::config
