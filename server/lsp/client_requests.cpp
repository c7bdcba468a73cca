#include "client_requests.h"

namespace parallax::lsp {

std::string ClientRequests::start(std::string_view method, const nlohmann::json& params,
                                  ResponseHandler on_response) {
    const std::string id = "parallax/" + std::to_string(next_id_++);
    waiting_.emplace(protocol::to_string(protocol::RequestId{id}), std::move(on_response));
    nlohmann::json message = {
        {"jsonrpc", "2.0"}, {"id", id}, {"method", std::string(method)}, {"params", params}};
    if (params.is_null())
        message.erase("params");
    return protocol::dump(message);
}

bool ClientRequests::finish(const protocol::Response& response) {
    auto it = waiting_.find(protocol::to_string(response.id));
    if (it == waiting_.end())
        return false;
    ResponseHandler handler = std::move(it->second);
    waiting_.erase(it); // before the call: the handler may start new requests
    if (response.error)
        handler(*response.error);
    else
        handler(response.result);
    return true;
}

void ClientRequests::fail_all(std::string_view reason) {
    auto waiting = std::move(waiting_);
    waiting_.clear();
    for (auto& [id, handler] : waiting)
        handler(protocol::ResponseError{protocol::ErrorCode::RequestFailed, std::string(reason)});
}

} // namespace parallax::lsp
