#pragma once
// The four framing rules. Each reads the draft's words and reports through the Reporter.

#include "draft_words.h"
#include "parallax/framing/options.h"
#include "parallax/plugin_interface.h"

#include <cstddef>
#include <vector>

namespace parallax::framing {

inline constexpr std::string_view kRepeatedPhrase = "framing/repeated-phrase";
inline constexpr std::string_view kLoadedLabel = "framing/loaded-label";
inline constexpr std::string_view kRestatedArgument = "framing/restated-argument";
inline constexpr std::string_view kStockPhrase = "framing/stock-phrase";

/// Which other occurrences a finding at occurrence `index` of `count` points to: the first, then
/// the nearest ones, at most `kMaxRelated` in all (a phrase used a thousand times in a long
/// draft must not give each finding a thousand related locations).
inline constexpr std::size_t kMaxRelated = 10;
std::vector<std::size_t> related_indexes(std::size_t index, std::size_t count);

void check_repeated_phrases(const DraftWords& words, const RepeatedPhraseOptions& options,
                            Reporter& reporter);
void check_loaded_labels(const DraftWords& words, const LoadedLabelOptions& options,
                         Reporter& reporter);
void check_restated_arguments(const DraftWords& words, const RestatedArgumentOptions& options,
                              Reporter& reporter);
void check_stock_phrases(const DraftWords& words, const StockPhraseOptions& options,
                         Reporter& reporter);

} // namespace parallax::framing
