#pragma once
// The transport's reading and writing loop, on Boost.Asio, for any pair of Asio streams (stdio
// descriptors, a TCP socket; local sockets in the tests). Only transport.cpp and its test
// include this header: Asio is slow to compile.

#include "transport.h"

// Boost 1.74's Asio needs <utility> included before it with -std=c++20.
#include <utility>

#include <boost/asio.hpp>

#include <array>
#include <cstddef>
#include <cstdio>
#include <deque>
#include <optional>
#include <string>
#include <string_view>

namespace parallax::lsp {

namespace asio = boost::asio;

/// Output the client has not read yet above which the server stops reading its input, and
/// below which it starts again. Well above one publishDiagnostics of a large draft.
inline constexpr std::size_t kOutputHighWater = std::size_t{16} * 1024 * 1024;
inline constexpr std::size_t kOutputLowWater = std::size_t{4} * 1024 * 1024;

/// Reads frames from `In` and writes frames to `Out` (the same socket for TCP).
template <class In, class Out> class StreamTransport final : public Transport {
public:
    StreamTransport(asio::io_context& io, In& in, Out& out) : io_(io), in_(in), out_(out) {}

    void start(MessageSink& sink) {
        sink_ = &sink;
        read();
    }

    void send(std::string payload) override {
        if (closed_)
            return;
        queue_.push_back(protocol::encode_frame(payload));
        queued_bytes_ += queue_.back().size();
        if (!writing_)
            write();
    }

    void post(std::function<void()> task) override { asio::post(io_, std::move(task)); }

    void set_max_message_bytes(std::size_t bytes) override { reader_.set_max_message_bytes(bytes); }

    /// Framed output not yet written (the frame being written included).
    std::size_t queued_bytes() const { return queued_bytes_; }

    void close() override {
        if (closed_)
            return;
        closed_ = true;
        // The pending read ends when finish() closes the streams, after the last write.
        if (!writing_)
            finish();
    }

private:
    void read() {
        in_.async_read_some(asio::buffer(buffer_), [this](boost::system::error_code ec,
                                                          std::size_t n) {
            if (closed_)
                return;
            if (ec) {
                const std::string reason = ec == asio::error::eof ? "end of input" : ec.message();
                sink_->on_end_of_stream(reason);
                close();
                return;
            }
            reader_.feed(std::string_view(buffer_.data(), n));
            deliver();
        });
    }

    /// Hands the complete frames read so far to the sink, then reads more. While the client
    /// leaves more than kOutputHighWater bytes of our output unread, it stops: frames stay in
    /// the reader and nothing more is read (the client's writes block in the pipe, as flow
    /// control should), until the writes drain below kOutputLowWater (see write()). The
    /// session never waits for its output, so this cannot deadlock the server; memory stays
    /// bounded by the high-water mark, one read and the replies to one message.
    void deliver() {
        while (!closed_) {
            if (queued_bytes_ > kOutputHighWater) {
                paused_ = true;
                return;
            }
            std::optional<protocol::FrameEvent> event = reader_.next();
            if (!event) {
                read();
                return;
            }
            if (auto* payload = std::get_if<std::string>(&*event))
                sink_->on_payload(std::move(*payload));
            else
                sink_->on_frame_error(std::get<protocol::FrameError>(*event));
        }
    }

    void write() {
        writing_ = true;
        asio::async_write(
            out_, asio::buffer(queue_.front()), [this](boost::system::error_code ec, std::size_t) {
                queued_bytes_ -= queue_.front().size();
                queue_.pop_front();
                if (paused_ && queued_bytes_ <= kOutputLowWater && !closed_) {
                    paused_ = false;
                    // Not from inside this handler: delivering may send, and so write.
                    asio::post(io_, [this] { deliver(); });
                }
                if (ec) {
                    std::fprintf(stderr, "parallax: write failed: %s\n", ec.message().c_str());
                    queue_.clear();
                    queued_bytes_ = 0;
                    writing_ = false;
                    if (!closed_) {
                        sink_->on_end_of_stream("output closed");
                        close();
                    } else {
                        finish();
                    }
                    return;
                }
                if (!queue_.empty()) {
                    write();
                    return;
                }
                writing_ = false;
                if (closed_)
                    finish();
            });
    }

    /// Everything written: release the streams so the I/O loop can end.
    void finish() {
        boost::system::error_code ignored;
        in_.close(ignored);
        out_.close(ignored);
    }

    asio::io_context& io_;
    In& in_;
    Out& out_;
    MessageSink* sink_ = nullptr;
    protocol::FrameReader reader_;
    std::array<char, 64 * 1024> buffer_{};
    std::deque<std::string> queue_;
    std::size_t queued_bytes_ = 0; // in queue_, the frame being written included
    bool paused_ = false;          // deliver() stopped for the client to read its output
    bool writing_ = false;
    bool closed_ = false;
};

} // namespace parallax::lsp
