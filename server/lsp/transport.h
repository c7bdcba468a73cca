#pragma once
// The transport: framed JSON-RPC over stdio or one TCP connection, on Boost.Asio. Only
// transport.cpp includes Asio; the session sees these two small interfaces.

#include "parallax/protocol/framing.h"

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace parallax::lsp {

/// What the session may ask of the transport. All calls but post() on the I/O thread.
class Transport {
public:
    virtual ~Transport() = default;
    /// Frames and queues one payload for writing. Ignored once closed.
    virtual void send(std::string payload) = 0;
    /// Runs `task` on the I/O thread. Safe to call from any thread.
    virtual void post(std::function<void()> task) = 0;
    /// Stops reading; the output is flushed and closed, then the I/O loop ends.
    virtual void close() = 0;
    /// Messages whose header is read from now on and declares more bytes than this are skipped
    /// unread (MessageSink::on_frame_error). In-memory transports have no framing to limit.
    virtual void set_max_message_bytes(std::size_t /*bytes*/) {}
};

/// What the transport delivers, on the I/O thread.
class MessageSink {
public:
    virtual ~MessageSink() = default;
    virtual void on_payload(std::string payload) = 0;
    virtual void on_frame_error(const protocol::FrameError& error) = 0;
    /// The client closed the stream (or it failed).
    virtual void on_end_of_stream(std::string_view reason) = 0;
    /// The process exit status once the loop has ended.
    virtual int exit_status() const = 0;
};

/// Creates the session for a transport. It is destroyed before the transport.
using SinkFactory = std::function<std::unique_ptr<MessageSink>(Transport&)>;

/// Serves one session over stdin/stdout until it closes. Returns the sink's exit status.
int serve_stdio(const SinkFactory& make_sink);

/// Listens on "HOST:PORT", accepts one client and serves it. Returns the sink's exit status;
/// 1 when the address is invalid or the socket cannot be opened (reported on stderr).
int serve_tcp(std::string_view address, const SinkFactory& make_sink);

} // namespace parallax::lsp
