#pragma once
// Shared helpers for the configuration tests.

#include "configuration.h"
#include "temp_tree.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace parallax::config::testing {

inline UserSettings no_user_file() {
    UserSettings user;
    user.read_user_config_file = false;
    return user;
}

inline std::string describe(const std::vector<ConfigError>& errors) {
    std::string out;
    for (const auto& error : errors) {
        out += "\n  " + error.to_string();
    }
    return out.empty() ? "(no errors)" : out;
}

/// The one error whose message contains `text` (a test failure when there is not exactly one).
inline ConfigError error_with(const Resolved& resolved, std::string_view text) {
    std::vector<ConfigError> found;
    std::copy_if(resolved.errors.begin(), resolved.errors.end(), std::back_inserter(found),
                 [&](const ConfigError& e) { return e.message.find(text) != std::string::npos; });
    if (found.size() != 1) {
        ADD_FAILURE() << found.size() << " errors mention \"" << text
                      << "\":" << describe(resolved.errors);
        return {};
    }
    return found.front();
}

/// The one error about `key`.
inline ConfigError error_at(const Resolved& resolved, std::string_view key) {
    std::vector<ConfigError> found;
    std::copy_if(resolved.errors.begin(), resolved.errors.end(), std::back_inserter(found),
                 [&](const ConfigError& e) { return e.key == key; });
    if (found.size() != 1) {
        ADD_FAILURE() << found.size() << " errors about \"" << key
                      << "\":" << describe(resolved.errors);
        return {};
    }
    return found.front();
}

inline bool contains(const std::string& text, std::string_view part) {
    return text.find(part) != std::string::npos;
}

inline const RuleSetting* rule(const Resolved& resolved, std::string_view id) {
    auto found = resolved.settings.rules.find(id);
    return found == resolved.settings.rules.end() ? nullptr : &found->second;
}

} // namespace parallax::config::testing
