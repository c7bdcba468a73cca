// The transport's flow control, over local socket pairs and without timing: the I/O loop is
// run with poll() until nothing is ready, and the client side is read (or not) by the test.
#include "stream_transport.h"

#include <gtest/gtest.h>

#include <boost/asio/local/connect_pair.hpp>
#include <boost/asio/local/stream_protocol.hpp>

#include <vector>

namespace parallax::lsp {
namespace {

using Socket = asio::local::stream_protocol::socket;

/// Answers every message with a reply of `reply_bytes`, as a chatty server would.
class ReplyingSink final : public MessageSink {
public:
    ReplyingSink(Transport& transport, std::size_t reply_bytes)
        : transport_(transport), reply_(reply_bytes, 'r') {}
    void on_payload(std::string payload) override {
        payloads.push_back(std::move(payload));
        transport_.send(reply_);
    }
    void on_frame_error(const protocol::FrameError& error) override {
        errors.push_back(error.message);
    }
    void on_end_of_stream(std::string_view) override { transport_.close(); }
    int exit_status() const override { return 0; }

    std::vector<std::string> payloads;
    std::vector<std::string> errors;

private:
    Transport& transport_;
    std::string reply_;
};

class TransportTest : public ::testing::Test {
protected:
    TransportTest() {
        asio::local::connect_pair(client_out, server_in);
        asio::local::connect_pair(server_out, client_in);
        client_in.non_blocking(true);
    }

    /// Runs every handler that is ready, until none is.
    void settle() {
        while (io.poll() > 0) {
        }
    }

    /// Reads what the server wrote so far, without waiting; returns the bytes read.
    std::size_t read_client() {
        std::size_t total = 0;
        std::array<char, 64 * 1024> chunk{};
        boost::system::error_code ec;
        while (true) {
            const std::size_t n = client_in.read_some(asio::buffer(chunk), ec);
            if (ec)
                return total;
            total += n;
        }
    }

    asio::io_context io;
    Socket client_out{io}, server_in{io}, server_out{io}, client_in{io};
};

TEST_F(TransportTest, StopsReadingWhileTheClientLeavesItsOutputUnread) {
    constexpr std::size_t kReply = 1024 * 1024;
    constexpr std::size_t kMessages = 100;
    StreamTransport<Socket, Socket> transport(io, server_in, server_out);
    ReplyingSink sink(transport, kReply);
    transport.start(sink);

    std::string flood;
    for (std::size_t i = 0; i < kMessages; ++i)
        flood += protocol::encode_frame("{\"n\":" + std::to_string(i) + "}");
    asio::write(client_out, asio::buffer(flood)); // small enough for the socket's buffer

    // The client reads nothing: the server answers until its unread output passes the
    // high-water mark, then reads no further, and its memory stays bounded.
    settle();
    EXPECT_GE(sink.payloads.size(), kOutputHighWater / kReply);
    EXPECT_LE(sink.payloads.size(), kOutputHighWater / kReply + 2);
    EXPECT_LE(transport.queued_bytes(), kOutputHighWater + 2 * kReply);

    // Once the client reads, everything is answered, in order.
    std::size_t read = 0;
    for (int turn = 0; turn < 100000 && read < kMessages * kReply; ++turn) {
        read += read_client();
        settle();
    }
    ASSERT_EQ(sink.payloads.size(), kMessages);
    EXPECT_EQ(sink.payloads.back(), "{\"n\":99}");
    EXPECT_TRUE(sink.errors.empty());
    EXPECT_EQ(transport.queued_bytes(), 0u);
}

TEST_F(TransportTest, OversizedMessagesAreSkippedUnderTheLimitItIsGiven) {
    StreamTransport<Socket, Socket> transport(io, server_in, server_out);
    ReplyingSink sink(transport, 1);
    transport.set_max_message_bytes(100);
    transport.start(sink);
    const std::string stream =
        protocol::encode_frame(std::string(5000, 'x')) + protocol::encode_frame("{\"after\":1}");
    asio::write(client_out, asio::buffer(stream));
    settle();
    ASSERT_EQ(sink.errors.size(), 1u);
    EXPECT_NE(sink.errors[0].find("5000 bytes exceeds the limit of 100"), std::string::npos);
    EXPECT_EQ(sink.payloads, std::vector<std::string>{"{\"after\":1}"});
}

} // namespace
} // namespace parallax::lsp
