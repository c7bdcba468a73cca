// Configuration text: JSON with comments and trailing commas. Any bytes give a document or an
// error with a position inside the text; a document can say where each of its values is.
#include "fuzz_check.h"

#include "parallax/protocol/jsonc.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <variant>

namespace {

using namespace parallax::protocol;
using nlohmann::json;
using parallax::fuzz::require;

void visit_positions(const JsoncDocument& doc, const json& value, const json::json_pointer& at,
                     int budget) {
    (void)doc.position_of(at);
    (void)doc.value_position_of(at);
    if (budget <= 0 || !value.is_structured())
        return;
    if (value.is_object()) {
        for (const auto& [key, member] : value.items())
            visit_positions(doc, member, at / key, budget - 1);
    } else {
        for (std::size_t i = 0; i < value.size(); ++i)
            visit_positions(doc, value[i], at / i, budget - 1);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto parsed = parse_jsonc(text);
    if (const auto* error = std::get_if<JsoncError>(&parsed)) {
        const auto lines = static_cast<std::uint32_t>(std::count(text.begin(), text.end(), '\n'));
        require(error->position.line >= 1 && error->position.line <= lines + 1,
                "an error's line is inside the text");
        require(!error->message.empty(), "an error says what is wrong");
        return 0;
    }
    const auto& doc = std::get<JsoncDocument>(parsed);
    require(!doc.value().is_discarded(), "a parsed document holds a value");
    visit_positions(doc, doc.value(), json::json_pointer(), 64);
    (void)doc.position_of(json::json_pointer("/no/such/member"));
    (void)doc.value().dump(); // a value with invalid UTF-8 strings would throw here
    return 0;
}
