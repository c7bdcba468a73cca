#pragma once
// Options across the C boundary: a plugin declares each default as JSON text, and receives the
// options of a draft as one JSON object.

#include "parallax/options.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <variant>

namespace parallax {

/// The default of an option declared with `type` (PARALLAX_OPTION_*) as `json`, or what is
/// wrong with it ("expected a number, got \"x\"").
std::variant<OptionValue, std::string> parse_option_default(std::uint32_t type,
                                                            std::string_view json);

/// One compact JSON object with every declared option: its value in `set` when it has one of
/// the declared type, its default otherwise. `{"max_words":35.0}`
std::string options_json(std::span<const OptionInfo> declared, const Options& set);

} // namespace parallax
