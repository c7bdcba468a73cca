#pragma once
// The language server: JSON-RPC over stdio or a TCP socket, on Boost.Asio.

#include "config_options.h"

#include "parallax/protocol/framing.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace parallax::lsp {

/// The smallest message limit accepted (--max-message-bytes, parallax.maxMessageBytes): below
/// it, ordinary requests would be refused and the server would be of no use.
inline constexpr std::size_t kMinMaxMessageBytes = std::size_t{64} * 1024;

struct ServerOptions {
    /// "127.0.0.1:PORT" to listen on TCP (one client), or empty for stdio.
    std::optional<std::string> listen;
    /// Delay between the last change and the analysis of a document.
    std::uint32_t debounce_ms = 150;
    std::string version; // reported in serverInfo
    /// For transcript tests: no debounce, and each didOpen/didChange is analysed before the
    /// next message is read, so diagnostics of every version come out in order.
    bool deterministic = false;
    /// --config, --plugin, the user config file and --max-document-bytes, as for `parallax
    /// check`.
    ConfigOptions config;
    /// JSON-RPC messages larger than this are skipped unread and answered with an error.
    std::size_t max_message_bytes = protocol::kDefaultMaxMessageBytes;
};

/// Serves one client until `exit`. Returns the process exit status: 0 after shutdown, 1 when
/// `exit` came without `shutdown` or the stream ended first.
int run_server(const ServerOptions& options);

} // namespace parallax::lsp
