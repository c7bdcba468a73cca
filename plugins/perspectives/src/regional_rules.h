#pragma once
// The document-level rules: a discussed region with no voice from it, sub-regions a draft about
// the whole region leaves out, and voices that all come from one side.

#include "perspective_map.h"

#include "parallax/diagnostic.h"

#include <vector>

namespace parallax::perspectives {

/// `perspectives/no-regional-voice`: one finding per discussed region none of whose countries
/// is voiced.
std::vector<Diagnostic> find_unvoiced_regions(const Document& document, const PerspectiveMap& map);

/// `perspectives/missing-subregions`: for a region the draft names and speaks of as a whole
/// ("the region", "regional"), the parts it neither mentions nor voices. Never for a draft about
/// one country.
std::vector<Diagnostic> find_missing_subregions(const Document& document,
                                                const PerspectiveMap& map);

/// `perspectives/one-sided-voices`: a region whose voices all come from one side (one country or
/// one alliance) while several other countries of it that the draft discusses are never heard.
std::vector<Diagnostic> find_one_sided_voices(const Document& document, const PerspectiveMap& map);

} // namespace parallax::perspectives
