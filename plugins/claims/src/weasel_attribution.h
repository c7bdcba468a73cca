#pragma once
// claims/weasel-attribution: opinions, beliefs and reactions ascribed to vague or unnamed agents
// (GUIDELINES.md §1). The rule reads a sentence's stems and folded forms and recognises six
// shapes of the same move — a view whose holder the reader cannot identify:
//
//   vague agent + opinion verb       "critics say", "many countries harbor concerns"
//   agentless or vague passive       "it is widely believed", "are framed as", "by many within…"
//   ownerless opinion noun           "raising fears that", "amidst assertions of"
//   reaction received from nobody    "face considerable skepticism", "have drawn criticism"
//   unnamed report                   "media reports have suggested", "intelligence reports that"
//   hearsay adverb                   "reportedly", "allegedly"

#include "sentence_words.h"

#include "parallax/diagnostic.h"

#include <cstddef>
#include <string>
#include <vector>

namespace parallax::claims {

struct WeaselMatch {
    enum class Kind {
        VagueAgent,
        AgentlessPassive,
        OwnerlessOpinion,
        UnattributedReaction,
        UnnamedReport,
        HearsayAdverb
    };
    std::ptrdiff_t first = 0; // token indexes, inclusive
    std::ptrdiff_t last = 0;
    Kind kind = Kind::VagueAgent;
    std::string cue;    // the word the message asks about: "fears", "believed", "reports"
    std::string holder; // for VagueAgent: the agent phrase as written ("many within the region")
};

/// Every weasel attribution in the sentence, in text order, overlapping matches merged away.
/// The sentence-level exemptions (citations, named sources, quoted blocks) are the caller's.
std::vector<WeaselMatch> find_weasel_attributions(const SentenceWords& s);

/// The diagnostic for a match: range on the weasel phrase, a message saying what is missing.
Diagnostic weasel_diagnostic(const SentenceWords& s, const WeaselMatch& match);

} // namespace parallax::claims
