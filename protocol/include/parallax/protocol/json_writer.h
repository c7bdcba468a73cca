#pragma once
// JSON text written straight into a string, for the large outgoing messages (a CLI report, a
// publishDiagnostics notification): building an nlohmann tree for each diagnostic and dumping
// it cost more than checking the draft.
//
//     std::string out;
//     JsonWriter w(out);
//     w.raw("{\"message\":");
//     w.string("said \"no\"");
//     w.raw("}"); // out == R"({"message":"said \"no\""})"
//
// Output is byte for byte what nlohmann's dump(-1, ' ', false, error_handler_t::replace) writes
// for the same values: no spaces, UTF-8 as is, control characters escaped, invalid UTF-8
// replaced with U+FFFD. Keys are the caller's to write in nlohmann's (sorted) order.

#include <charconv>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

namespace parallax::protocol {

class JsonWriter {
public:
    explicit JsonWriter(std::string& out) : out_(out) {}

    void raw(std::string_view text) { out_.append(text); }
    void string(std::string_view s);
    void string_array(const std::vector<std::string>& strings);
    void number(std::int64_t n);
    void number(double n); // nlohmann's shortest round-trip form; NaN and infinities as null

    /// A short run of JSON built on the stack and appended at once: an offsets or range object
    /// is nine pieces, and appending each to the output cost more than formatting them.
    class Piece {
    public:
        Piece& add(std::string_view text) {
            std::memcpy(end_, text.data(), text.size());
            end_ += text.size();
            return *this;
        }
        Piece& add(std::uint32_t n) {
            end_ = std::to_chars(end_, std::end(bytes_), n).ptr;
            return *this;
        }
        std::string_view view() const { return {bytes_, static_cast<std::size_t>(end_ - bytes_)}; }

    private:
        char bytes_[128]; // the longest, a range: 61 bytes of keys and four 10-digit numbers
        char* end_ = bytes_;
    };
    void raw(const Piece& piece) { out_.append(piece.view()); }

private:
    void escape(char c);

    std::string& out_;
};

} // namespace parallax::protocol
