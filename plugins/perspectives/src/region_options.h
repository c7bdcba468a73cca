#pragma once
// The perspectives plugin's options: `region`, the region a draft is about (overriding what the
// plugin infers), and `regions`, the regions a publication covers (the regional rules stay
// quiet on drafts about other regions).
//
//     region_named("Indo Pacific") == "Indo-Pacific";  region_named("East Asia") == "Eastern Asia"

#include "perspective_map.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace parallax::perspectives {

/// The gazetteer's name of a region as a user writes it: a UN M49 region or a grouping of
/// regions ("Asia-Pacific", "Indo-Pacific", "Middle East", "Pacific Islands"), by its name in
/// any case or by an alias as it would be capitalised in prose ("East Asia", "Southeast Asia").
/// Institutions and alliances are not regions. Nullopt for anything else.
std::optional<std::string> region_named(std::string_view name);

/// Makes `region` (a name region_named() returned) the one region the map discusses, named as
/// a whole: what the draft's writer declared replaces what the plugin inferred.
void declare_region(const Document& document, PerspectiveMap& map, const std::string& region);

/// Whether the draft discusses a region the publication covers: one of `covered` (as users
/// write them; unknown names match nothing), a region within one, or one containing one. True
/// when `covered` is empty.
bool about_covered_region(const PerspectiveMap& map, std::span<const std::string> covered);

} // namespace parallax::perspectives
