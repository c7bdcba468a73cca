#include "parallax/options.h"

#include <algorithm>

namespace parallax {

OptionType type_of(const OptionValue& value) {
    return static_cast<OptionType>(value.index());
}

std::string_view to_string(OptionType type) {
    switch (type) {
    case OptionType::Flag:
        return "boolean";
    case OptionType::Number:
        return "number";
    case OptionType::String:
        return "string";
    case OptionType::Strings:
        return "list of strings";
    }
    return "value";
}

void Options::set(std::string name, OptionValue value) {
    auto existing = std::find_if(values_.begin(), values_.end(),
                                 [&](const auto& entry) { return entry.first == name; });
    if (existing != values_.end()) {
        existing->second = std::move(value);
    } else {
        values_.emplace_back(std::move(name), std::move(value));
    }
}

const OptionValue* Options::find(std::string_view name) const {
    auto found = std::find_if(values_.begin(), values_.end(),
                              [&](const auto& entry) { return entry.first == name; });
    return found == values_.end() ? nullptr : &found->second;
}

bool Options::flag(std::string_view name, bool fallback) const {
    const OptionValue* value = find(name);
    const bool* flag = value != nullptr ? std::get_if<bool>(value) : nullptr;
    return flag != nullptr ? *flag : fallback;
}

double Options::number(std::string_view name, double fallback) const {
    const OptionValue* value = find(name);
    const double* number = value != nullptr ? std::get_if<double>(value) : nullptr;
    return number != nullptr ? *number : fallback;
}

std::string Options::string(std::string_view name, std::string_view fallback) const {
    const OptionValue* value = find(name);
    const std::string* text = value != nullptr ? std::get_if<std::string>(value) : nullptr;
    return text != nullptr ? *text : std::string(fallback);
}

std::vector<std::string> Options::strings(std::string_view name) const {
    const OptionValue* value = find(name);
    if (value == nullptr) {
        return {};
    }
    if (const auto* list = std::get_if<std::vector<std::string>>(value)) {
        return *list;
    }
    if (const auto* text = std::get_if<std::string>(value)) {
        return {*text};
    }
    return {};
}

} // namespace parallax
