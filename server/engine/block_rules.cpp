#include "block_rules.h"

#include <algorithm>
#include <functional>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace parallax {

/// One plugin's findings, by block of the cached Document.
struct AnalysisCache::Entry {
    const Plugin* plugin = nullptr;
    std::shared_ptr<const Plugin> owner;
    Options options;
    std::vector<std::vector<Diagnostic>> findings;
};

struct AnalysisCache::State {
    std::shared_ptr<const Document> document;
    std::vector<std::uint64_t> hashes; // by block of `document`
    std::vector<Entry> entries;
};

AnalysisCache::AnalysisCache() = default;
AnalysisCache::~AnalysisCache() = default;

std::size_t AnalysisCache::reused_blocks() const {
    std::lock_guard lock(mutex_);
    return reused_;
}

std::size_t AnalysisCache::checked_blocks() const {
    std::lock_guard lock(mutex_);
    return checked_;
}

namespace {

std::uint64_t hash_of(const Document& document, const Block& block) {
    const std::uint64_t bytes = std::hash<std::string_view>{}(document.slice(block.range));
    return bytes ^ (static_cast<std::uint64_t>(block.kind) << 8U) ^
           static_cast<std::uint64_t>(block.heading_level) ^ (block.quoted ? 0x100000U : 0U);
}

/// Ranges of `ranges` (sorted by start when `sorted`) inside `block`, relative to its start.
std::vector<ByteRange> ranges_inside(std::span<const ByteRange> ranges, ByteRange block,
                                     bool sorted) {
    std::vector<ByteRange> out;
    auto first = ranges.begin();
    if (sorted) {
        first = std::lower_bound(ranges.begin(), ranges.end(), block.start,
                                 [](ByteRange r, ByteOffset at) { return r.start < at; });
    }
    for (auto it = first; it != ranges.end(); ++it) {
        if (sorted && it->start >= block.end) {
            break;
        }
        if (block.start <= it->start && it->end <= block.end) {
            out.push_back({ByteOffset{it->start.value - block.start.value},
                           ByteOffset{it->end.value - block.start.value}});
        }
    }
    return out;
}

/// Whether block x of a and block y of b show a block rule the same content: everything
/// Plugin::check_block may read, with offsets relative to the block.
class SameContent {
public:
    SameContent(const Document& a, const Document& b) : a_(a), b_(b) {}

    bool operator()(const Block& x, const Block& y) {
        base_a_ = x.range.start.value;
        base_b_ = y.range.start.value;
        if (x.kind != y.kind || x.heading_level != y.heading_level || x.quoted != y.quoted ||
            x.range.size() != y.range.size() || a_.slice(x.range) != b_.slice(y.range)) {
            return false;
        }
        const auto sentences_a = a_.sentences_of(x);
        const auto sentences_b = b_.sentences_of(y);
        if (!std::equal(sentences_a.begin(), sentences_a.end(), sentences_b.begin(),
                        sentences_b.end(),
                        [&](const Sentence& s, const Sentence& t) { return same(s, t); })) {
            return false;
        }
        return ranges_inside(a_.excluded(), x.range, true) ==
                   ranges_inside(b_.excluded(), y.range, true) &&
               ranges_inside(a_.unparsed(), x.range, false) ==
                   ranges_inside(b_.unparsed(), y.range, false);
    }

private:
    bool same(ByteRange r, ByteRange s) const {
        return r.start.value - base_a_ == s.start.value - base_b_ && r.size() == s.size();
    }

    bool same(const Sentence& s, const Sentence& t) const {
        if (!same(s.range, t.range) || s.citations.size() != t.citations.size()) {
            return false;
        }
        for (std::size_t i = 0; i < s.citations.size(); ++i) {
            const Citation& c = a_.citations()[s.citations[i]];
            const Citation& d = b_.citations()[t.citations[i]];
            if (c.kind != d.kind || !same(c.range, d.range) || c.target != d.target) {
                return false;
            }
        }
        const auto tokens_s = a_.tokens_of(s);
        const auto tokens_t = b_.tokens_of(t);
        return std::equal(tokens_s.begin(), tokens_s.end(), tokens_t.begin(), tokens_t.end(),
                          [&](const Token& u, const Token& v) {
                              return same(u.range, v.range) && u.kind == v.kind &&
                                     u.folded == v.folded && u.stem == v.stem;
                          });
    }

    const Document& a_;
    const Document& b_;
    std::uint32_t base_a_ = 0;
    std::uint32_t base_b_ = 0;
};

ByteRange shifted(ByteRange range, std::int64_t delta) {
    const auto move = [&](ByteOffset o) {
        return ByteOffset{static_cast<std::uint32_t>(static_cast<std::int64_t>(o.value) + delta)};
    };
    return {move(range.start), move(range.end)};
}

Diagnostic shifted(Diagnostic d, std::int64_t delta) {
    d.range = shifted(d.range, delta);
    for (RelatedLocation& related : d.related) {
        related.range = shifted(related.range, delta);
    }
    for (Fix& fix : d.fixes) {
        for (Replacement& replacement : fix.replacements) {
            replacement.range = shifted(replacement.range, delta);
        }
    }
    return d;
}

/// Collects one block's findings; summaries of block rules are ignored (see Plugin).
class BlockReporter final : public Reporter {
public:
    BlockReporter(std::vector<Diagnostic>& out, const Reporter& outer) : out_(out), outer_(outer) {}
    void report(Diagnostic diagnostic) override { out_.push_back(std::move(diagnostic)); }
    bool cancelled() const override { return outer_.cancelled(); }

private:
    std::vector<Diagnostic>& out_;
    const Reporter& outer_;
};

} // namespace

BlockRulesRun::BlockRulesRun(const Document& document, AnalysisCache* cache)
    : document_(document), cache_(cache) {
    if (cache_ == nullptr) {
        return;
    }
    lock_ = std::unique_lock(cache_->mutex_);
    const auto blocks = document_.blocks();
    hashes_.reserve(blocks.size());
    for (const Block& block : blocks) {
        hashes_.push_back(hash_of(document_, block));
    }
    matches_.assign(blocks.size(), -1);
    const AnalysisCache::State* old = cache_->state_.get();
    if (old == nullptr) {
        return;
    }
    std::unordered_map<std::uint64_t, std::uint32_t> by_hash;
    by_hash.reserve(old->hashes.size());
    for (std::uint32_t i = 0; i < old->hashes.size(); ++i) {
        by_hash.try_emplace(old->hashes[i], i); // blocks with the same content are alike
    }
    const Document& before = *old->document;
    SameContent same(before, document_);
    for (std::size_t b = 0; b < blocks.size(); ++b) {
        const auto it = by_hash.find(hashes_[b]);
        if (it == by_hash.end()) {
            continue;
        }
        const Block& candidate = before.blocks()[it->second];
        if (same(candidate, blocks[b])) {
            matches_[b] = it->second;
        }
    }
}

BlockRulesRun::~BlockRulesRun() = default;

void BlockRulesRun::check(const Plugin& plugin, std::shared_ptr<const Plugin> owner,
                          const Options& options, Reporter& reporter) {
    const AnalysisCache::Entry* old = nullptr;
    const Document* before = nullptr;
    if (cache_ != nullptr && cache_->state_ != nullptr) {
        before = cache_->state_->document.get();
        for (const AnalysisCache::Entry& entry : cache_->state_->entries) {
            if (entry.plugin == &plugin && entry.options == options) {
                old = &entry;
            }
        }
    }
    const auto blocks = document_.blocks();
    std::size_t reused = 0;
    std::size_t checked = 0;
    AnalysisCache::Entry entry{&plugin, std::move(owner), options, {}};
    entry.findings.resize(blocks.size());
    for (std::size_t b = 0; b < blocks.size(); ++b) {
        if (reporter.cancelled()) {
            return;
        }
        std::vector<Diagnostic>& found = entry.findings[b];
        if (old != nullptr && matches_[b] >= 0) {
            const auto match = static_cast<std::size_t>(matches_[b]);
            const std::int64_t delta =
                static_cast<std::int64_t>(blocks[b].range.start.value) -
                static_cast<std::int64_t>(before->blocks()[match].range.start.value);
            for (const Diagnostic& d : old->findings[match]) {
                found.push_back(shifted(d, delta));
            }
            ++reused;
        } else {
            BlockReporter collect(found, reporter);
            plugin.check_block(document_, blocks[b], options, collect);
            ++checked;
        }
        for (const Diagnostic& d : found) {
            reporter.report(d);
        }
    }
    std::lock_guard lock(results_mutex_);
    reused_ += reused;
    checked_ += checked;
    if (cache_ != nullptr) {
        entries_.push_back(std::move(entry));
    }
}

void BlockRulesRun::commit() {
    if (cache_ == nullptr) {
        return;
    }
    auto state = std::make_unique<AnalysisCache::State>();
    state->document = document_.shared_from_this();
    state->hashes = std::move(hashes_);
    state->entries = std::move(entries_);
    cache_->state_ = std::move(state);
    cache_->reused_ = reused_;
    cache_->checked_ = checked_;
}

} // namespace parallax
