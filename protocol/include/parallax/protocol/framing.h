#pragma once
// JSON-RPC base protocol framing: "Content-Length: N\r\n\r\n" followed by N bytes of JSON.
// No JSON here: framing only splits a byte stream into message payloads.
//
//     FrameReader reader;
//     reader.feed("Content-Length: 2\r\n\r\n{}");
//     auto frame = reader.next();  // holds the payload "{}"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace parallax::protocol {

/// Messages larger than this are refused (and skipped) unless a reader is told otherwise.
inline constexpr std::size_t kDefaultMaxMessageBytes = std::size_t{64} * 1024 * 1024;
/// A header block longer than this without its terminating blank line is treated as garbage.
inline constexpr std::size_t kMaxHeaderBytes = 8 * 1024;
/// How much of an oversized message is kept (in FrameError::head) to tell who sent it: enough
/// for the "jsonrpc", "id" and "method" members that clients write before "params".
inline constexpr std::size_t kOversizedHeadBytes = 1024;

/// A problem in the byte stream. The reader has already resynchronised when it reports one.
struct FrameError {
    std::string message;
    /// True when the error is that the declared Content-Length exceeds the cap.
    bool too_large = false;
    /// For an oversized message: its declared length, and its first bytes (at most
    /// kOversizedHeadBytes), from which jsonrpc.h's read_message_head() may recover its id.
    std::size_t declared_length = 0;
    std::string head;
};

/// One event out of the reader: a complete message payload, or an error.
using FrameEvent = std::variant<std::string, FrameError>;

/// Splits a byte stream into message payloads. Bytes may arrive in any chunks (partial reads).
/// Header names are case-insensitive; headers other than Content-Length are ignored. On a
/// malformed header block (no or several different Content-Length values, one that is not a
/// decimal number or does not fit in 64 bits) it reports an error and skips to the next
/// "Content-Length" it sees. An oversized message is reported once its first bytes are in, and
/// its body is dropped as it arrives, never buffered: memory stays bounded by the cap.
class FrameReader {
public:
    explicit FrameReader(std::size_t max_message_bytes = kDefaultMaxMessageBytes)
        : max_message_bytes_(max_message_bytes) {}

    /// Appends bytes read from the stream.
    void feed(std::string_view bytes);

    /// The next payload or error, or std::nullopt when more bytes are needed.
    std::optional<FrameEvent> next();

    /// Bytes received but not yet consumed.
    std::size_t buffered() const { return buffer_.size() - pos_; }

    /// Changes the cap for the messages whose header has not been read yet.
    void set_max_message_bytes(std::size_t max_message_bytes) {
        max_message_bytes_ = max_message_bytes;
    }
    std::size_t max_message_bytes() const { return max_message_bytes_; }

private:
    FrameError resynchronise(std::string message, std::size_t header_end);
    std::optional<FrameEvent> skip_oversized();
    void compact();

    std::size_t max_message_bytes_;
    std::string buffer_;
    std::size_t pos_ = 0;                    // start of unconsumed bytes
    std::optional<std::size_t> body_length_; // set once a header block has been read
    bool oversized_ = false;                 // body_length_ is over the cap: skip that body
    std::size_t skip_ = 0;                   // bytes of an oversized body still to drop
};

/// Frames a payload for writing: "Content-Length: N\r\n\r\n" + payload.
std::string encode_frame(std::string_view payload);

} // namespace parallax::protocol
