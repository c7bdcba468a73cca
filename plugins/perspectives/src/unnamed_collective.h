#pragma once
// `perspectives/unnamed-collective`: positions ascribed to a region's states as a group without
// naming any of them — "countries in the region", "regional states", "Asian nations",
// "many within the region", "countries here".

#include "perspective_map.h"

#include "parallax/diagnostic.h"

#include <vector>

namespace parallax::perspectives {

std::vector<Diagnostic> find_unnamed_collectives(const Document& document,
                                                 const PerspectiveMap& map);

} // namespace parallax::perspectives
