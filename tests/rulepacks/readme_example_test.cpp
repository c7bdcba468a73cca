// The example pack in the README's "Rule packs" section parses and does what the README says.

#include "pack_test_util.h"

#include <gmock/gmock.h>

#include <fstream>
#include <sstream>

namespace parallax::rulepacks::test {
namespace {

std::string readme_pack() {
    std::ifstream in(PARALLAX_README);
    std::stringstream text;
    text << in.rdbuf();
    const std::string readme = text.str();
    const auto section = readme.find("## Rule packs");
    const auto start = readme.find("```jsonc\n", section);
    const auto end = readme.find("```\n", start + 9);
    if (section == std::string::npos || start == std::string::npos || end == std::string::npos) {
        return {};
    }
    return readme.substr(start + 9, end - start - 9);
}

TEST(ReadmeExample, ParsesAndFires) {
    const std::string pack_text = readme_pack();
    ASSERT_FALSE(pack_text.empty()) << "no jsonc block in the README's Rule packs section";
    const auto pack = pack_of(pack_text);
    ASSERT_TRUE(pack);
    EXPECT_EQ(pack->id(), "house");
    EXPECT_EQ(pack->rules().size(), 4u);
    const auto findings =
        check(*pack, "Kiev and Burma are at a crossroads, a pivotal moment for the Sahel.\n");
    std::vector<std::string> rules;
    for (const Finding& f : findings) {
        rules.push_back(f.rule);
    }
    // Block rules come from check_block() after check(): the engine orders findings, not the pack.
    EXPECT_THAT(rules, ::testing::UnorderedElementsAre("house/kyiv", "house/burma",
                                                       "house/crossroads", "house/sahel-voices"));
}

} // namespace
} // namespace parallax::rulepacks::test
