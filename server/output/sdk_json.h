#pragma once
// JSON text of SDK values for protocol::JsonWriter, shared by the CLI's JSON report and the
// language server's diagnostics: byte for byte what nlohmann dumps for the same values.

#include "parallax/diagnostic.h"
#include "parallax/protocol/json_writer.h"
#include "parallax/text.h"

#include <algorithm>
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

namespace parallax {

/// Puts an object's members in the order nlohmann's object wrote them: sorted by key, and of a
/// key set more than once only the last value. `Member` has `key` and `order` (of assignment).
template <typename Member> void sort_members_as_nlohmann(std::vector<Member>& members) {
    // By key, then order: std::sort of a few members, without stable_sort's buffer.
    std::sort(members.begin(), members.end(), [](const Member& a, const Member& b) {
        return a.key != b.key ? a.key < b.key : a.order < b.order;
    });
    std::size_t kept = 0;
    for (std::size_t i = 0; i < members.size(); ++i) {
        if (i + 1 == members.size() || members[i + 1].key != members[i].key) {
            members[kept++] = members[i]; // a later value of the same key wins
        }
    }
    members.resize(kept);
}

/// A diagnostic's data value: a string, a number or a list of strings.
inline void write_value(protocol::JsonWriter& w, const DataValue& value) {
    std::visit(
        [&](const auto& x) {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, std::string>) {
                w.string(x);
            } else if constexpr (std::is_same_v<T, std::vector<std::string>>) {
                w.string_array(x);
            } else {
                w.number(x);
            }
        },
        value);
}

/// {"end":E,"start":S}: a range's byte offsets.
inline void write_offsets(protocol::JsonWriter& w, ByteRange range) {
    protocol::JsonWriter::Piece piece;
    piece.add("{\"end\":").add(range.end.value).add(",\"start\":").add(range.start.value);
    piece.add("}");
    w.raw(piece);
}

/// An LSP Range: {"end":{"character":C,"line":L},"start":{…}}.
inline void write_lsp_range(protocol::JsonWriter& w, PositionRange r) {
    protocol::JsonWriter::Piece piece;
    piece.add("{\"end\":{\"character\":").add(r.end.character);
    piece.add(",\"line\":").add(r.end.line.value);
    piece.add("},\"start\":{\"character\":").add(r.start.character);
    piece.add(",\"line\":").add(r.start.line.value).add("}}");
    w.raw(piece);
}

} // namespace parallax
