#pragma once
// A plugin with a block rule for the incremental tests: `block/word` on each token of a block
// whose folded form is the `word` option ("said" by default), with a related location (its
// sentence), data and a fix, all inside the block, as Plugin::check_block asks.

#include "parallax/plugin_interface.h"

#include <array>
#include <string>

namespace parallax::test {

class BlockPlugin final : public Plugin {
public:
    std::string_view id() const override { return "block"; }
    std::span<const RuleInfo> rules() const override {
        static const std::array<RuleInfo, 1> rules{{
            {"block/word", "a word", "why", "said.", Severity::Information},
        }};
        return rules;
    }
    std::span<const OptionInfo> options() const override {
        static const std::array<OptionInfo, 1> options{{
            {"word", std::string("said"), "the word to flag"},
        }};
        return options;
    }
    void check(const Document&, const Options&, Reporter&) const override {}
    bool checks_blocks() const override { return true; }
    void check_block(const Document& document, const Block& block, const Options& options,
                     Reporter& reporter) const override {
        const std::string word = options.string("word", "said");
        for (const Sentence& sentence : document.sentences_of(block)) {
            for (const Token& token : document.tokens_of(sentence)) {
                if (token.folded != word) {
                    continue;
                }
                Diagnostic d;
                d.rule = "block/word";
                d.range = token.range;
                d.message = "'" + token.folded + "' in a " + (block.quoted ? "quote" : "block") +
                            " with " + std::to_string(sentence.citations.size()) + " citations";
                d.related.push_back({sentence.range, "its sentence"});
                d.data.emplace_back("stem", token.stem);
                d.fixes.push_back({"Upper-case it", {{token.range, "SAID"}}});
                reporter.report(std::move(d));
            }
        }
    }
};

} // namespace parallax::test
