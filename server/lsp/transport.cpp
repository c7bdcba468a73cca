#include "transport.h"

#include "stream_transport.h"

#include <charconv>
#include <cstdio>
#include <unistd.h>

namespace parallax::lsp {
namespace {

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
