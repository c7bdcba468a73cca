// JSON-RPC framing and LSP dispatch: bytes go through the FrameReader in chunks, and each
// complete payload (or framing error) into a Session over an in-memory transport, in
// deterministic mode so analyses run inline. Properties: nothing crashes or hangs, and every
// message the session sends is valid JSON.
//
// The first byte chooses how the rest is read:
//   bit 0 clear: the rest is a raw byte stream, framed or not;
//   bit 0 set:   the rest is payloads separated by NUL bytes, each framed here, so that the
//                fuzzer reaches dispatch without having to count Content-Length itself;
//   bit 1 set:   the session is initialized first (initialize + initialized);
//   bits 2-7:    the chunk size the stream is fed in (1-63 bytes, 0: all at once).
#include "fuzz_check.h"
#include "session.h"

#include "parallax/protocol/framing.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <string>
#include <string_view>

namespace {

using parallax::fuzz::require;

class MemoryTransport final : public parallax::lsp::Transport {
public:
    void send(std::string payload) override {
        require(nlohmann::json::accept(payload), "the session sends valid JSON");
    }
    void post(std::function<void()> task) override { tasks.push_back(std::move(task)); }
    void close() override { closed = true; }

    std::deque<std::function<void()>> tasks;
    bool closed = false;
};

std::string framed_payloads(std::string_view rest) {
    std::string stream;
    while (true) {
        const std::size_t nul = rest.find('\0');
        stream += parallax::protocol::encode_frame(rest.substr(0, nul));
        if (nul == std::string_view::npos)
            return stream;
        rest.remove_prefix(nul + 1);
    }
}

const std::string& initialize_messages() {
    static const std::string messages =
        parallax::protocol::encode_frame(
            R"({"jsonrpc":"2.0","id":0,"method":"initialize","params":{"processId":null,)"
            R"("rootUri":null,"capabilities":{}}})") +
        parallax::protocol::encode_frame(R"({"jsonrpc":"2.0","method":"initialized","params":{}})");
    return messages;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0)
        return 0;
    const auto mode = data[0];
    const std::string_view rest(reinterpret_cast<const char*>(data + 1), size - 1);

    std::string stream = (mode & 2) != 0 ? initialize_messages() : std::string();
    stream += (mode & 1) != 0 ? framed_payloads(rest) : std::string(rest);
    const std::size_t chunk =
        (mode >> 2) == 0 ? stream.size() + 1 : static_cast<std::size_t>(mode >> 2);

    parallax::lsp::ServerOptions options;
    options.deterministic = true;
    options.version = "fuzz";
    MemoryTransport transport;
    {
        parallax::lsp::Session session(options, transport);
        // A small cap, so that the fuzzer meets the too-large path too.
        parallax::protocol::FrameReader reader(4096);
        for (std::size_t at = 0; at < stream.size() && !transport.closed; at += chunk) {
            reader.feed(std::string_view(stream).substr(at, chunk));
            while (!transport.closed) {
                auto event = reader.next();
                if (!event)
                    break;
                if (auto* payload = std::get_if<std::string>(&*event))
                    session.on_payload(std::move(*payload));
                else
                    session.on_frame_error(std::get<parallax::protocol::FrameError>(*event));
            }
            while (!transport.tasks.empty()) {
                auto task = std::move(transport.tasks.front());
                transport.tasks.pop_front();
                task();
            }
        }
        if (!transport.closed)
            session.on_end_of_stream("end of fuzz input");
    }
    return 0;
}
