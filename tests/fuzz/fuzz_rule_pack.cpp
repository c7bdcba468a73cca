// Rule packs: any text gives a pack or an error; a pack that loads runs over a small draft.
#include "fuzz_check.h"

#include "parallax/document.h"
#include "parallax/rulepacks/rule_pack.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <variant>

namespace {

using namespace parallax;
using parallax::fuzz::require;

class CountingReporter final : public Reporter {
public:
    explicit CountingReporter(const Text& text) : text_(text) {}
    void report(Diagnostic diagnostic) override {
        require(diagnostic.range.start <= diagnostic.range.end &&
                    diagnostic.range.end <= text_.end(),
                "a rule pack's findings lie inside the text");
        ++count;
    }
    int count = 0;

private:
    const Text& text_;
};

class BlockReporter final : public Reporter {
public:
    explicit BlockReporter(ByteRange block) : block_(block) {}
    void report(Diagnostic diagnostic) override {
        require(block_.start <= diagnostic.range.start && diagnostic.range.end <= block_.end,
                "a block rule's findings lie inside its block");
    }

private:
    ByteRange block_;
};

const Document& sample_draft() {
    static const auto doc = Document::build(
        Text("# Kiev and the region\n\nCritics say the regime in Kiev is isolated. Officials in "
             "Moscow said on Monday that the talks failed.\n\n- Burma, Myanmar and Kyiv\n"),
        DocumentFormat::Markdown);
    return *doc;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto parsed = rulepacks::parse_rule_pack(text);
    if (const auto* error = std::get_if<rulepacks::PackError>(&parsed)) {
        require(!error->message.empty(), "a pack error says what is wrong");
        return 0;
    }
    const auto& plugin = std::get<std::shared_ptr<const Plugin>>(parsed);
    require(plugin != nullptr, "a loaded pack is a plugin");
    for (const RuleInfo& rule : plugin->rules())
        require(rule.id.starts_with(std::string(plugin->id()) + "/"),
                "pack rule ids are NAME/RULE");
    CountingReporter reporter(sample_draft().text());
    plugin->check(sample_draft(), Options{}, reporter);
    if (plugin->checks_blocks()) {
        // As the engine runs them; the engine's cache needs a block's findings inside the block.
        for (const Block& block : sample_draft().blocks()) {
            BlockReporter in_block(block.range);
            plugin->check_block(sample_draft(), block, Options{}, in_block);
        }
    }
    return 0;
}
