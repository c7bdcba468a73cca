#include "json_reader.h"

#include <fmt/format.h>

#include <algorithm>

namespace parallax::rulepacks {

namespace {

using json = nlohmann::json;

bool is_plain_key(std::string_view key) {
    return !key.empty() && std::ranges::all_of(key, [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '_' || c == '-';
    });
}

} // namespace

KeyPath KeyPath::operator/(std::string_view key) const {
    KeyPath next = *this;
    next.pointer_ /= std::string(key);
    if (is_plain_key(key)) {
        if (!display_.empty()) {
            next.display_ += '.';
        }
        next.display_ += key;
    } else {
        next.display_ += fmt::format("[{}]", json(std::string(key)).dump());
    }
    return next;
}

KeyPath KeyPath::operator/(std::size_t index) const {
    KeyPath next = *this;
    next.pointer_ /= index;
    next.display_ += fmt::format("[{}]", index);
    return next;
}

std::string join(Keys words) {
    std::string out;
    for (std::string_view word : words) {
        out += (out.empty() ? "" : ", ") + std::string(word);
    }
    return out;
}

bool JsonReader::fail(protocol::SourcePosition where, const KeyPath& at, std::string message) {
    error_ = PackError{where.line, where.column, at.display(), std::move(message)};
    return false;
}

bool JsonReader::fail_value(const KeyPath& at, std::string message) {
    return fail(document_.value_position_of(at.pointer()), at, std::move(message));
}

bool JsonReader::fail_key(const KeyPath& at, std::string message) {
    return fail(document_.position_of(at.pointer()), at, std::move(message));
}

bool JsonReader::check_keys(const json& object, const KeyPath& at, Keys allowed,
                            std::string_view what) {
    std::optional<std::pair<protocol::SourcePosition, std::string>> first;
    for (const auto& [key, value] : object.items()) {
        if (std::ranges::find(allowed, key) != allowed.end()) {
            continue;
        }
        const auto where = document_.position_of((at / key).pointer());
        if (!first || std::pair(where.line, where.column) <
                          std::pair(first->first.line, first->first.column)) {
            first = {where, key};
        }
    }
    if (!first) {
        return true;
    }
    return fail_key(at / first->second,
                    fmt::format("unknown key \u201c{}\u201d in {}; the keys are: {}", first->second,
                                what, join(allowed)));
}

bool JsonReader::require(const json& object, const KeyPath& at, std::string_view key,
                         std::string_view what) {
    if (object.contains(key)) {
        return true;
    }
    return fail_value(at, fmt::format("{} needs \u201c{}\u201d", what, key));
}

bool JsonReader::expect_type(const json& value, const KeyPath& at, json::value_t type,
                             std::string_view expected) {
    if (value.type() == type ||
        (type == json::value_t::number_integer && value.is_number_integer())) {
        return true;
    }
    return fail_value(
        at, fmt::format("expected {}, found {}", expected, protocol::describe_type(value)));
}

bool JsonReader::read_string(const json& object, const KeyPath& at, std::string_view key,
                             std::string& out) {
    if (!object.contains(key)) {
        return true;
    }
    const json& value = object.at(key);
    if (!expect_type(value, at / key, json::value_t::string, "a string")) {
        return false;
    }
    if (value.get_ref<const std::string&>().empty()) {
        return fail_value(at / key, "cannot be empty");
    }
    out = value.get<std::string>();
    return true;
}

bool JsonReader::read_bool(const json& object, const KeyPath& at, std::string_view key, bool& out) {
    if (!object.contains(key)) {
        return true;
    }
    const json& value = object.at(key);
    if (!expect_type(value, at / key, json::value_t::boolean, "true or false")) {
        return false;
    }
    out = value.get<bool>();
    return true;
}

bool JsonReader::read_strings(const json& object, const KeyPath& at, std::string_view key,
                              std::vector<std::string>& out) {
    if (!object.contains(key)) {
        return true;
    }
    const json& list = object.at(key);
    if (!expect_type(list, at / key, json::value_t::array, "a list of strings")) {
        return false;
    }
    for (std::size_t i = 0; i < list.size(); ++i) {
        if (!expect_type(list[i], at / key / i, json::value_t::string, "a string")) {
            return false;
        }
        out.push_back(list[i].get<std::string>());
    }
    return true;
}

bool JsonReader::read_count(const json& object, const KeyPath& at, std::string_view key,
                            std::uint32_t minimum, std::uint32_t& out) {
    if (!object.contains(key)) {
        return true;
    }
    const json& value = object.at(key);
    constexpr std::int64_t kLimit = 1'000'000;
    if (!value.is_number_integer() || value.get<std::int64_t>() < minimum ||
        value.get<std::int64_t>() > kLimit) {
        return fail_value(at / key,
                          fmt::format("expected a whole number from {} to {}", minimum, kLimit));
    }
    out = static_cast<std::uint32_t>(value.get<std::int64_t>());
    return true;
}

} // namespace parallax::rulepacks
