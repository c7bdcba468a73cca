#include "server.h"

#include "session.h"
#include "transport.h"

#include <csignal>

namespace parallax::lsp {

int run_server(const ServerOptions& options) {
    // A client that goes away must end the session with an error, not kill the process.
    std::signal(SIGPIPE, SIG_IGN);
    const SinkFactory make_session = [&options](Transport& transport) {
        return std::make_unique<Session>(options, transport);
    };
    if (options.listen)
        return serve_tcp(*options.listen, make_session);
    return serve_stdio(make_session);
}

} // namespace parallax::lsp
