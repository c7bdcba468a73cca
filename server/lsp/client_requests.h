#pragma once
// Requests the server sends to the client (workspace/configuration, window/workDoneProgress/
// create, client/registerCapability, workspace/diagnostic/refresh): ids, and what to do with
// each response when it comes. Every callback is called exactly once: with the response, or
// with an error when the session ends first.

#include "parallax/protocol/jsonrpc.h"

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <variant>

namespace parallax::lsp {

/// A response to one of our requests: its result, or the client's error.
using ClientResponse = std::variant<nlohmann::json, protocol::ResponseError>;
using ResponseHandler = std::function<void(ClientResponse)>;

class ClientRequests {
public:
    /// Registers a request and returns its encoded message, for the transport. Our ids are
    /// strings ("parallax/3"), so that they never look like a client's integer ids in logs.
    std::string start(std::string_view method, const nlohmann::json& params,
                      ResponseHandler on_response);

    /// Delivers a response; false when no request of ours has that id (already answered, or
    /// never sent).
    bool finish(const protocol::Response& response);

    /// Fails every request still waiting (the session ends).
    void fail_all(std::string_view reason);

    std::size_t waiting() const { return waiting_.size(); }

private:
    std::uint64_t next_id_ = 1;
    std::map<std::string, ResponseHandler, std::less<>> waiting_;
};

} // namespace parallax::lsp
