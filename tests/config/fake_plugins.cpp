#include "fake_plugins.h"

namespace parallax::config::testing {
namespace {

RuleInfo rule(std::string id, Severity severity = Severity::Warning) {
    return {std::move(id), "Summary.", "Rationale.", "Example.", severity};
}

class ClaimsLike final : public FakePlugin {
public:
    ClaimsLike()
        : FakePlugin("fclaims", {rule("fclaims/weasel"), rule("fclaims/cause", Severity::Hint)},
                     {{"known_sources", std::vector<std::string>{}, "Trusted sources."}}) {}
};

class FramingLike final : public FakePlugin {
public:
    FramingLike()
        : FakePlugin("fframing", {rule("fframing/repeat")},
                     {{"min_repeat", 3.0, "Repeats before a finding."},
                      {"shared", false, "An option two plugins have."}}) {}
};

class PlacesLike final : public FakePlugin {
public:
    PlacesLike()
        : FakePlugin("fplaces", {rule("fplaces/voice")},
                     {{"region", std::string(), "The region covered."},
                      {"regions", std::vector<std::string>{}, "Regions covered."},
                      {"shared", false, "An option two plugins have."}}) {}
};

} // namespace
} // namespace parallax::config::testing

using parallax::config::testing::ClaimsLike;
using parallax::config::testing::FramingLike;
using parallax::config::testing::PlacesLike;
PARALLAX_REGISTER_PLUGIN(ClaimsLike);
PARALLAX_REGISTER_PLUGIN(FramingLike);
PARALLAX_REGISTER_PLUGIN(PlacesLike);
