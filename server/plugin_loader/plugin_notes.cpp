#include "plugin_notes.h"

#include <cstdio>

namespace parallax {

PluginNotes::PluginNotes(std::string plugin, PluginLog log)
    : plugin_(std::move(plugin)), log_(std::move(log)) {
    if (!log_) {
        log_ = [](std::string_view message) {
            std::fprintf(stderr, "parallax: %.*s\n", static_cast<int>(message.size()),
                         message.data());
        };
    }
}

void PluginNotes::note(PluginProblem problem, std::string_view detail) const {
    const auto index = static_cast<std::size_t>(problem);
    if (index >= logged_.size() || logged_[index].exchange(true)) {
        return;
    }
    log_(plugin_ + ": " + std::string(detail) + " (logged once)");
}

} // namespace parallax
