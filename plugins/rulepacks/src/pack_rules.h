#pragma once
// A rule pack once parsed and validated: its rules with their terms compiled, ready to check.

#include "term_set.h"

#include "parallax/plugin_interface.h"

#include <string>
#include <utility>
#include <vector>

namespace parallax::rulepacks {

enum class RuleKind { Existence, Substitution, Repetition, RequiredVoices };

/// One rule. Which fields matter depends on its kind.
struct PackRule {
    RuleInfo info; // id "PACK/RULE", summary, rationale, example, severity
    RuleKind kind = RuleKind::Existence;
    std::string message; // with placeholders, see message_template.h
    TermSet terms;       // what it looks for; for required-voices, the topic
    TermSet exceptions;  // a match inside one of these is not a finding ("chicken Kiev")
    bool once = false;   // existence: only the first match in a draft

    // substitution: swaps[i] replaces what term i matches
    std::vector<std::pair<std::string, std::string>> swaps;
    // repetition: uses beyond this many are reported
    std::uint32_t max = 0;
    // required-voices: voices from these UN M49 regions or groupings, or these countries
    std::vector<std::string> regions;
    std::vector<std::string> countries;
    std::uint32_t min = 1;
};

struct Pack {
    std::string name;
    std::string description;
    std::vector<PackRule> rules;
};

} // namespace parallax::rulepacks
