// Hover: the explanation of each finding under the cursor, and what plugins say about the text
// there (a country or region mention: whether and where the draft lets it speak).
#include "engine.h"
#include "session.h"

namespace parallax::lsp {

using nlohmann::json;
using protocol::ErrorCode;

RequestResult Session::on_hover(const protocol::RequestId&, const json& params) {
    auto request = protocol::read_params<protocol::TextDocumentPositionParams>(params);
    const StoredDocument* document = store_.find(request.textDocument.uri);
    if (document == nullptr) {
        return protocol::ResponseError{ErrorCode::InvalidParams,
                                       "textDocument.uri: not an open document"};
    }
    // Only the analysed version's model matches the text the client sees; while a newer
    // version is being analysed there is nothing reliable to say.
    if (document->analyzed_version != document->version || document->document == nullptr) {
        return json(nullptr);
    }
    const Position position{LineNumber{request.position.line}, request.position.character};
    const ByteOffset offset = document->text.offset_of(position, encoding_);
    std::string markdown =
        hover_at(*document->document, document->diagnostics, offset, document->settings);
    if (markdown.empty()) {
        return json(nullptr);
    }
    return json(protocol::Hover{std::move(markdown), std::nullopt});
}

} // namespace parallax::lsp
