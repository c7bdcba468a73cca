#pragma once
// Reading JSON into typed fields with errors that name the bad field, for InvalidParams:
//
//     Position p;
//     read_field(json{{"line", "x"}}, "line", p.line);
//     // throws FieldError: "line: expected unsigned integer"
//
// Nested readers prefix the path, so an error deep inside params reads
// "textDocument.uri: expected string" or "contentChanges[1].range.start.line: missing".

#include <nlohmann/json.hpp>

#include <cstdint>
#include <limits>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace parallax::protocol {

/// A params value does not have the expected shape. `what()` is "path: problem".
class FieldError : public std::runtime_error {
public:
    FieldError(std::string path, std::string problem)
        : std::runtime_error(path.empty() ? problem : path + ": " + problem),
          path_(std::move(path)), problem_(std::move(problem)) {}
    /// The same error one level up: prefix "textDocument" turns "uri" into "textDocument.uri".
    FieldError nested_in(std::string_view prefix) const {
        std::string path(prefix);
        if (!path_.empty())
            path += (path_.front() == '[' ? "" : ".") + path_;
        return FieldError(std::move(path), problem_);
    }
    const std::string& path() const { return path_; }
    const std::string& problem() const { return problem_; }

private:
    std::string path_;
    std::string problem_;
};

inline void read_value(const nlohmann::json& j, std::string& out) {
    if (!j.is_string())
        throw FieldError("", "expected string");
    out = j.get<std::string>();
}

inline void read_value(const nlohmann::json& j, bool& out) {
    if (!j.is_boolean())
        throw FieldError("", "expected boolean");
    out = j.get<bool>();
}

inline void read_value(const nlohmann::json& j, std::int64_t& out) {
    if (!j.is_number_integer())
        throw FieldError("", "expected integer");
    out = j.get<std::int64_t>();
}

inline void read_value(const nlohmann::json& j, std::int32_t& out) {
    if (!j.is_number_integer())
        throw FieldError("", "expected integer");
    auto value = j.get<std::int64_t>();
    if (value < std::numeric_limits<std::int32_t>::min() ||
        value > std::numeric_limits<std::int32_t>::max())
        throw FieldError("", "integer out of range");
    out = static_cast<std::int32_t>(value);
}

inline void read_value(const nlohmann::json& j, std::uint32_t& out) {
    if (!j.is_number_integer() ||
        (j.is_number_integer() && !j.is_number_unsigned() && j.get<std::int64_t>() < 0))
        throw FieldError("", "expected unsigned integer");
    auto value = j.get<std::uint64_t>();
    if (value > std::numeric_limits<std::uint32_t>::max())
        throw FieldError("", "unsigned integer out of range");
    out = static_cast<std::uint32_t>(value);
}

inline void read_value(const nlohmann::json& j, nlohmann::json& out) {
    out = j;
}

/// Structs: their own from_json (found by ADL) after checking for an object.
template <class T> void read_value(const nlohmann::json& j, T& out) {
    if (!j.is_object())
        throw FieldError("", "expected object");
    from_json(j, out);
}

template <class T> void read_value(const nlohmann::json& j, std::vector<T>& out) {
    if (!j.is_array())
        throw FieldError("", "expected array");
    out.clear();
    out.reserve(j.size());
    for (std::size_t i = 0; i < j.size(); ++i) {
        try {
            read_value(j[i], out.emplace_back());
        } catch (const FieldError& e) {
            throw e.nested_in("[" + std::to_string(i) + "]");
        }
    }
}

/// A required field.
template <class T> void read_field(const nlohmann::json& object, std::string_view name, T& out) {
    auto it = object.find(name);
    if (it == object.end())
        throw FieldError(std::string(name), "missing");
    try {
        read_value(*it, out);
    } catch (const FieldError& e) {
        throw e.nested_in(name);
    }
}

/// An optional field: absent or null leaves `out` empty.
template <class T>
void read_field(const nlohmann::json& object, std::string_view name, std::optional<T>& out) {
    auto it = object.find(name);
    if (it == object.end() || it->is_null()) {
        out.reset();
        return;
    }
    try {
        read_value(*it, out.emplace());
    } catch (const FieldError& e) {
        throw e.nested_in(name);
    }
}

/// Reads a whole params value (which must be an object) into T; errors name "params" only when
/// params itself is not an object.
template <class T> T read_params(const nlohmann::json& params) {
    if (!params.is_object())
        throw FieldError("params", "expected object");
    T out{};
    from_json(params, out);
    return out;
}

} // namespace parallax::protocol
