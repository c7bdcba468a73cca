#pragma once
// Block rules (Plugin::check_block) and what the engine keeps of them between analyses of one
// draft: each block's findings, by plugin, for the last Document analysed. The next analysis
// checks only the blocks whose content changed; an unchanged block's findings are moved to where
// the block is now. An edit in a long draft then re-checks one paragraph, not all of them.

#include "parallax/document.h"
#include "parallax/options.h"
#include "parallax/plugin_interface.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>

namespace parallax {

/// The block rules' findings of one draft's last analysis. One per draft (the language server
/// keeps one per open document); analyses of the draft using it take turns.
class AnalysisCache {
public:
    AnalysisCache();
    ~AnalysisCache();
    AnalysisCache(const AnalysisCache&) = delete;
    AnalysisCache& operator=(const AnalysisCache&) = delete;

    /// Of the last analysis that used the cache: blocks (times plugins) whose findings it reused,
    /// and blocks it checked.
    std::size_t reused_blocks() const;
    std::size_t checked_blocks() const;

private:
    friend class BlockRulesRun;
    struct Entry;
    struct State;

    mutable std::mutex mutex_;
    std::unique_ptr<State> state_;
    std::size_t reused_ = 0;
    std::size_t checked_ = 0;
};

/// The block rules of one analysis: check() runs a plugin's block rules over every block of
/// the Document (reusing the cache's findings for unchanged blocks); commit(), once the analysis
/// finished, makes this Document's findings the cache's. Without a cache every block is checked.
class BlockRulesRun {
public:
    BlockRulesRun(const Document& document, AnalysisCache* cache);
    ~BlockRulesRun();
    BlockRulesRun(const BlockRulesRun&) = delete;
    BlockRulesRun& operator=(const BlockRulesRun&) = delete;

    /// Reports the findings of `plugin`'s block rules with `options` to `reporter`. `owner`, when
    /// given, is kept alive with the cached findings so that no other plugin takes its address.
    /// Safe to call for different plugins from several threads at once.
    void check(const Plugin& plugin, std::shared_ptr<const Plugin> owner, const Options& options,
               Reporter& reporter);

    /// Stores this analysis's findings in the cache (nothing without one).
    void commit();

private:
    const Document& document_;
    AnalysisCache* cache_;
    std::unique_lock<std::mutex> lock_;
    std::vector<std::uint64_t> hashes_; // by block
    std::vector<std::int64_t> matches_; // by block: the cached Document's block with its content
    std::mutex results_mutex_;          // guards what check() adds below
    std::vector<AnalysisCache::Entry> entries_;
    std::size_t reused_ = 0;
    std::size_t checked_ = 0;
};

} // namespace parallax
