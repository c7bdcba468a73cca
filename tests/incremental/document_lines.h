#pragma once
// A Document as lines of text, one per block, sentence, token, citation, attribution, place
// mention and set-aside range: two Documents built different ways are compared line by line, and a
// difference shows where they part.

#include "parallax/document.h"

#include <string>
#include <vector>

namespace parallax::test {

using Lines = std::vector<std::string>;

inline std::string str(ByteRange r) {
    // Appended, not "[" + std::to_string(...): GCC 12 warns (-Wrestrict) on that at -O2.
    std::string out = "[";
    out += std::to_string(r.start.value);
    out += ',';
    out += std::to_string(r.end.value);
    out += ')';
    return out;
}

inline std::string join(const std::vector<std::string>& parts, const char* separator = "; ") {
    std::string out;
    for (const std::string& part : parts) {
        out += (out.empty() ? "" : separator) + part;
    }
    return out;
}

/// Everything a plugin can read of a Document.
inline Lines dump(const Document& doc) {
    Lines out;
    for (const Block& b : doc.blocks()) {
        out.push_back(
            "block " + str(b.range) + " kind " + std::to_string(static_cast<int>(b.kind)) + " h" +
            std::to_string(b.heading_level) + (b.quoted ? " quoted" : "") + " sentences " +
            std::to_string(b.first_sentence) + "+" + std::to_string(b.sentence_count));
    }
    for (const Sentence& s : doc.sentences()) {
        std::string line = "sentence " + str(s.range) + " block " + std::to_string(s.block) +
                           " tokens " + std::to_string(s.first_token) + "+" +
                           std::to_string(s.token_count) + " citations";
        for (const std::uint32_t c : s.citations) {
            line += ' ';
            line += std::to_string(c);
        }
        out.push_back(line);
    }
    for (const Token& t : doc.tokens()) {
        out.push_back("token " + str(t.range) + " " + std::to_string(static_cast<int>(t.kind)) +
                      " " + t.folded + " " + t.stem + " word " + std::to_string(t.word.value));
    }
    out.push_back("words " + std::to_string(doc.word_count()));
    for (const Citation& c : doc.citations()) {
        out.push_back("citation " + str(c.range) + " " + std::to_string(static_cast<int>(c.kind)) +
                      " " + c.target);
    }
    for (const Attribution& a : doc.attributions()) {
        std::string line = "attribution " + str(a.source) + " " + str(a.cue) + " " +
                           str(a.content) + " sentence " + std::to_string(a.sentence) +
                           (a.vague ? " vague" : "") + " " + a.country + " supports";
        for (const std::uint32_t s : a.supports) {
            line += ' ';
            line += std::to_string(s);
        }
        out.push_back(line);
    }
    for (const PlaceMention& m : doc.place_mentions()) {
        out.push_back("place " + str(m.range) + " " + std::to_string(static_cast<int>(m.kind)) +
                      " " + std::to_string(static_cast<int>(m.form)) + " " + m.id + " sentence " +
                      std::to_string(m.sentence) + " tokens " + std::to_string(m.first_token) +
                      "+" + std::to_string(m.token_count));
    }
    for (const ByteRange r : doc.excluded()) {
        out.push_back("excluded " + str(r));
    }
    for (const ByteRange r : doc.unparsed()) {
        out.push_back("unparsed " + str(r));
    }
    const Block* title = doc.title();
    out.push_back("title " + (title != nullptr ? str(title->range) : std::string("none")));
    return out;
}

} // namespace parallax::test
