#include "transport.h"

// Boost 1.74's Asio needs <utility> included before it with -std=c++20.
#include <utility>

#include <boost/asio.hpp>

#include <array>
#include <charconv>
#include <cstdio>
#include <deque>
#include <unistd.h>

namespace parallax::lsp {
namespace {

namespace asio = boost::asio;

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
        if (!writing_)
            write();
    }

    void post(std::function<void()> task) override { asio::post(io_, std::move(task)); }

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
            while (!closed_) {
                std::optional<protocol::FrameEvent> event = reader_.next();
                if (!event)
                    break;
                if (auto* payload = std::get_if<std::string>(&*event))
                    sink_->on_payload(std::move(*payload));
                else
                    sink_->on_frame_error(std::get<protocol::FrameError>(*event));
            }
            if (!closed_)
                read();
        });
    }

    void write() {
        writing_ = true;
        asio::async_write(
            out_, asio::buffer(queue_.front()), [this](boost::system::error_code ec, std::size_t) {
                queue_.pop_front();
                if (ec) {
                    std::fprintf(stderr, "parallax: write failed: %s\n", ec.message().c_str());
                    queue_.clear();
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
    bool writing_ = false;
    bool closed_ = false;
};

template <class In, class Out>
int serve(asio::io_context& io, In& in, Out& out, const SinkFactory& make_sink) {
    StreamTransport<In, Out> transport(io, in, out);
    std::unique_ptr<MessageSink> sink = make_sink(transport);
    transport.start(*sink);
    io.run();
    return sink->exit_status();
}

} // namespace

int serve_stdio(const SinkFactory& make_sink) {
    try {
        asio::io_context io;
        // Duplicates, so that closing them leaves the process's stdin and stdout alone.
        asio::posix::stream_descriptor in(io, ::dup(STDIN_FILENO));
        asio::posix::stream_descriptor out(io, ::dup(STDOUT_FILENO));
        return serve(io, in, out, make_sink);
    } catch (const boost::system::system_error& e) {
        std::fprintf(stderr, "parallax: cannot use stdin/stdout: %s\n", e.what());
        return 1;
    }
}

int serve_tcp(std::string_view address, const SinkFactory& make_sink) {
    const std::size_t colon = address.rfind(':');
    unsigned short port = 0;
    if (colon == std::string_view::npos ||
        std::from_chars(address.data() + colon + 1, address.data() + address.size(), port).ec !=
            std::errc{}) {
        std::fprintf(stderr, "parallax: --listen expects HOST:PORT, got '%.*s'\n",
                     static_cast<int>(address.size()), address.data());
        return 1;
    }
    try {
        asio::io_context io;
        asio::ip::tcp::endpoint endpoint(
            asio::ip::make_address(std::string(address.substr(0, colon))), port);
        asio::ip::tcp::acceptor acceptor(io, endpoint);
        std::fprintf(stderr, "parallax: listening on %s:%u\n",
                     acceptor.local_endpoint().address().to_string().c_str(),
                     static_cast<unsigned>(acceptor.local_endpoint().port()));
        asio::ip::tcp::socket socket = acceptor.accept();
        acceptor.close();
        return serve(io, socket, socket, make_sink);
    } catch (const boost::system::system_error& e) {
        std::fprintf(stderr, "parallax: cannot listen on %.*s: %s\n",
                     static_cast<int>(address.size()), address.data(), e.what());
        return 1;
    }
}

} // namespace parallax::lsp
