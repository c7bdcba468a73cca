#pragma once
// The language server: JSON-RPC over stdio or a TCP socket, on Boost.Asio.

#include "config_options.h"

#include <cstdint>
#include <optional>
#include <string>

namespace parallax::lsp {

struct ServerOptions {
    /// "127.0.0.1:PORT" to listen on TCP (one client), or empty for stdio.
    std::optional<std::string> listen;
    /// Delay between the last change and the analysis of a document.
    std::uint32_t debounce_ms = 150;
    std::string version; // reported in serverInfo
    /// For transcript tests: no debounce, and each didOpen/didChange is analysed before the
    /// next message is read, so diagnostics of every version come out in order.
    bool deterministic = false;
    /// --config, --plugin and the user config file, as for `parallax check`.
    ConfigOptions config;
};

/// Serves one client until `exit`. Returns the process exit status: 0 after shutdown, 1 when
/// `exit` came without `shutdown` or the stream ended first.
int run_server(const ServerOptions& options);

} // namespace parallax::lsp
