#pragma once
// The C++ interface of a plugin, and the registry built-in plugins add themselves to.
//
//     class MyPlugin final : public parallax::Plugin { ... };
//     PARALLAX_REGISTER_PLUGIN(MyPlugin);

#include "parallax/diagnostic.h"
#include "parallax/document.h"
#include "parallax/options.h"

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace parallax {

/// What `parallax rules` and `parallax explain` show, and what hovers say.
struct RuleInfo {
    std::string id;        // "claims/weasel-attribution"
    std::string summary;   // one line
    std::string rationale; // why an editor cares
    std::string example;   // a sentence that fires, and how to fix it
    Severity default_severity = Severity::Warning;
};

/// Receives a plugin's findings. `cancelled()` lets long checks stop early when the document
/// has a newer version.
class Reporter {
public:
    virtual ~Reporter() = default;
    virtual void report(Diagnostic diagnostic) = 0;
    /// Document-level facts for the JSON summary and hovers, under dotted keys:
    /// summarize("perspectives.voiced", std::vector<std::string>{"JP"}).
    virtual void summarize(std::string key, DataValue value) {
        (void)key;
        (void)value;
    }
    virtual bool cancelled() const { return false; }
};

class Plugin {
public:
    virtual ~Plugin() = default;
    virtual std::string_view id() const = 0; // "claims"
    virtual std::span<const RuleInfo> rules() const = 0;
    /// The options the plugin reads, with their defaults; configuration naming any other
    /// option of this plugin is an error.
    virtual std::span<const OptionInfo> options() const { return {}; }
    /// Must be safe to call from several threads at once on different documents. `options`
    /// holds what configuration set for this draft; unset options take their defaults.
    virtual void check(const Document& document, const Options& options,
                       Reporter& reporter) const = 0;
    /// Optional: true when the plugin has block rules, checked by check_block().
    virtual bool checks_blocks() const { return false; }
    /// Block rules: findings in one block that depend on that block alone — its bytes, kind,
    /// heading level and quotedness, its sentences, tokens and their citations, and the excluded
    /// and unparsed ranges inside it — never on other blocks, the title, attributions or any other
    /// document-level fact. The engine calls it once per block (check() leaves these rules out)
    /// and may instead reuse what it reported for an earlier block with the same content, moved
    /// to where the block is now: findings (their ranges, related locations and fixes) must lie
    /// inside the block, `data` must hold no offsets, and summarize() is ignored.
    virtual void check_block(const Document& document, const Block& block, const Options& options,
                             Reporter& reporter) const {
        (void)document;
        (void)block;
        (void)options;
        (void)reporter;
    }
    /// Markdown the editor shows on a hover at `offset` (e.g. the perspective map of a country
    /// mention), or nullopt when the plugin has nothing to say there.
    virtual std::optional<std::string> hover(const Document& document, ByteOffset offset) const {
        (void)document;
        (void)offset;
        return std::nullopt;
    }
};

/// The plugins built into this binary. The only global mutable state in Parallax: filled by
/// static registrations before main() and read-only afterwards.
class PluginRegistry {
public:
    static PluginRegistry& instance();
    void add(std::unique_ptr<Plugin> plugin);
    std::span<const std::unique_ptr<Plugin>> plugins() const { return plugins_; }
    const RuleInfo* find_rule(std::string_view rule_id) const;

private:
    std::vector<std::unique_ptr<Plugin>> plugins_;
};

namespace detail {
template <class P> struct PluginRegistration {
    PluginRegistration() { PluginRegistry::instance().add(std::make_unique<P>()); }
};
} // namespace detail

#define PARALLAX_REGISTER_PLUGIN(Type)                                                             \
    [[maybe_unused]] static const ::parallax::detail::PluginRegistration<Type>                     \
        parallax_registration_##Type {}

} // namespace parallax
