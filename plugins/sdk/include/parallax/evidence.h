#pragma once
// The evidence model: who said what (attributions). Citations live on their sentences
// (document.h). Plugins read both: an attributed or cited sentence is supported, and an
// attributed source from a country is a voice of that country.

#include "parallax/text.h"

#include <cstdint>
#include <string>
#include <vector>

namespace parallax {

/// A statement, position, data or quotation the draft ascribes to a source.
///
///     "Japan's defence ministry said in a statement that it welcomed closer information sharing"
///      source: "Japan's defence ministry"   cue: "said"   content: "it welcomed ... sharing"
struct Attribution {
    ByteRange source;  // who: a name, an institution, a pronoun resolved or not
    ByteRange cue;     // how: "said", "told", "according to", "in a statement", a quotation
    ByteRange content; // what; empty when the draft gives no content
    std::uint32_t sentence = 0;          // sentence index of the cue
    std::vector<std::uint32_t> supports; // sentence indexes this attribution supports
    bool vague = false;  // the source is unnamed ("critics", "many within the region")
    std::string country; // ISO 3166-1 alpha-2 when the source resolves to a country
};

} // namespace parallax
