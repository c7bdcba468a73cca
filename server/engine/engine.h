#pragma once
// The engine: runs every registered plugin over a Document. Knows nothing of LSP or the CLI.

#include "block_rules.h"
#include "check_settings.h"
#include "engine_rules.h"

#include "parallax/diagnostic.h"
#include "parallax/document.h"

#include <atomic>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace parallax {

struct Analysis {
    std::vector<Diagnostic> diagnostics; // sorted by range, then rule id
    /// Document-level facts plugins summarised, under dotted keys ("perspectives.voiced").
    std::vector<std::pair<std::string, DataValue>> summary;
    bool cancelled = false;
};

/// Runs the registry's plugins and the settings' extra plugins over `document`, with the
/// settings' options, keeps the enabled rules at their configured severity and applies the
/// draft's suppression comments (suppressions.h), reporting the engine's own findings about them.
/// When `cancel` becomes true the analysis stops early and returns with `cancelled` set.
/// With a `cache` (block_rules.h) of the draft's earlier analysis, plugins' block rules re-check
/// only the blocks whose content changed, and the plugins run side by side on up to one thread
/// per core (a writer waits for this analysis); the result is the same as without it.
Analysis analyze(const Document& document, const CheckSettings& settings = {},
                 const std::atomic<bool>* cancel = nullptr, AnalysisCache* cache = nullptr);

/// The rule `rule_id` of the engine (engine_rules()), of a built-in plugin or of one of the
/// settings' extra plugins, or null.
const RuleInfo* find_rule(std::string_view rule_id, const CheckSettings& settings = {});

/// The built-in plugin or extra plugin of the settings with the id `plugin_id`, or null.
const Plugin* find_plugin(std::string_view plugin_id, const CheckSettings& settings = {});

/// What a hover at `offset` shows: the explanation of each finding there (rule, summary and
/// rationale) and whatever plugins say about the text there (a country's perspective map).
/// Markdown, or empty when there is nothing to say.
std::string hover_at(const Document& document, std::span<const Diagnostic> diagnostics,
                     ByteOffset offset, const CheckSettings& settings = {});

} // namespace parallax
