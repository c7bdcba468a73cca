#include "option_json.h"

#include "parallax/plugin.h"

#include <nlohmann/json.hpp>

namespace parallax {
namespace {

std::variant<OptionValue, std::string> expected(std::string_view what, const nlohmann::json& got) {
    return "expected " + std::string(what) + ", got " +
           got.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

nlohmann::json to_json(const OptionValue& value) {
    return std::visit([](const auto& v) { return nlohmann::json(v); }, value);
}

} // namespace

std::variant<OptionValue, std::string> parse_option_default(std::uint32_t type,
                                                            std::string_view json) {
    const nlohmann::json value = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
    if (value.is_discarded()) {
        return "not valid JSON: " + std::string(json);
    }
    switch (type) {
    case PARALLAX_OPTION_FLAG:
        if (!value.is_boolean()) {
            return expected("true or false", value);
        }
        return OptionValue{value.get<bool>()};
    case PARALLAX_OPTION_NUMBER:
        if (!value.is_number()) {
            return expected("a number", value);
        }
        return OptionValue{value.get<double>()};
    case PARALLAX_OPTION_STRING:
        if (!value.is_string()) {
            return expected("a string", value);
        }
        return OptionValue{value.get<std::string>()};
    case PARALLAX_OPTION_STRINGS: {
        if (!value.is_array()) {
            return expected("an array of strings", value);
        }
        std::vector<std::string> strings;
        for (const nlohmann::json& item : value) {
            if (!item.is_string()) {
                return expected("an array of strings", value);
            }
            strings.push_back(item.get<std::string>());
        }
        return OptionValue{std::move(strings)};
    }
    default:
        return "unknown option type " + std::to_string(type);
    }
}

std::string options_json(std::span<const OptionInfo> declared, const Options& set) {
    nlohmann::json object = nlohmann::json::object();
    for (const OptionInfo& option : declared) {
        const OptionValue* value = set.find(option.name);
        const bool usable = value != nullptr && type_of(*value) == type_of(option.default_value);
        object[option.name] = to_json(usable ? *value : option.default_value);
    }
    // Strings from configuration are not necessarily valid UTF-8: never throw on them.
    return object.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace parallax
