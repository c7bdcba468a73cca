#include "lexicon.h"

#include "id_table.h"
#include "possessive.h"

#include <cctype>

namespace parallax::framing {

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) {
        s.remove_prefix(1);
    }
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) {
        s.remove_suffix(1);
    }
    return s;
}

/// Words of an entry: split at spaces and hyphens, apostrophes kept ("today's").
std::vector<std::string> words_of(std::string_view entry) {
    std::vector<std::string> words;
    std::string current;
    for (char c : entry) {
        if (c == ' ' || c == '-') {
            if (!current.empty()) {
                words.push_back(std::move(current));
                current.clear();
            }
        } else {
            current.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
        }
    }
    if (!current.empty()) {
        words.push_back(std::move(current));
    }
    return words;
}

/// The stems of a lexicon's words, its "=form" entries left out (form_set()).
StemSet stem_set(std::string_view file) {
    Stemmer stemmer;
    StemSet set;
    for (std::string_view entry : lexicon_entries(file)) {
        if (!entry.starts_with('=')) {
            set.insert(stemmer.stem(entry));
        }
    }
    return set;
}

/// The exact case-folded forms of a lexicon's "=form" entries (the stem would reach other
/// words: "=authorities", since "authorize" shares the stem "author").
StemSet form_set(std::string_view file) {
    StemSet forms;
    for (std::string_view entry : lexicon_entries(file)) {
        if (entry.starts_with('=')) {
            forms.emplace(entry.substr(1));
        }
    }
    return forms;
}

/// The parts of `list` between " | ", trimmed.
std::vector<std::string_view> bar_separated(std::string_view list) {
    std::vector<std::string_view> parts;
    while (!list.empty()) {
        const std::size_t bar = list.find('|');
        parts.push_back(trim(list.substr(0, bar)));
        list.remove_prefix(bar == std::string_view::npos ? list.size() : bar + 1);
    }
    return parts;
}

/// What an editor would write instead: "(delete)" is the empty string; an empty part (a stray
/// "|") is no alternative.
std::vector<std::string> replacements_of(std::string_view list) {
    std::vector<std::string> out;
    for (std::string_view alternative : bar_separated(list)) {
        if (alternative == "(delete)") {
            out.emplace_back();
        } else if (!alternative.empty()) {
            out.emplace_back(alternative);
        }
    }
    return out;
}

/// The entries of `file`, appended to `entries`; families are numbered on from the last
/// family already there.
void append_phrase_entries(std::string_view file, bool judging, std::vector<PhraseEntry>& entries) {
    Stemmer stemmer;
    std::uint32_t family = entries.empty() ? 0 : entries.back().family + 1;
    for (std::string_view line : lexicon_entries(file)) {
        // "variant | variant => alternative | alternative"
        const std::size_t arrow = line.find("=>");
        const std::vector<std::string> alternatives = arrow == std::string_view::npos
                                                          ? std::vector<std::string>()
                                                          : replacements_of(line.substr(arrow + 2));
        for (std::string_view entry : bar_separated(line.substr(0, arrow))) {
            PhraseEntry phrase{.text = std::string(entry),
                               .stems = {},
                               .words = {},
                               .family = family,
                               .judging = judging,
                               .alternatives = alternatives};
            for (const std::string& word : words_of(entry)) {
                const bool literal = word == "*" || word == "<name>" || word.starts_with('=');
                phrase.stems.push_back(literal ? word : stemmer.stem(strip_possessive(word)));
                phrase.words.emplace_back(literal ? std::string_view(word)
                                                  : strip_possessive(word));
            }
            if (!phrase.stems.empty()) {
                entries.push_back(std::move(phrase));
            }
        }
        ++family;
    }
}

std::vector<PhraseEntry> phrase_entries(std::string_view file) {
    std::vector<PhraseEntry> entries;
    append_phrase_entries(file, false, entries);
    return entries;
}

} // namespace

namespace lexicon {

const StemSet& function_words() {
    static const StemSet set = [] {
        StemSet words;
        for (std::string_view entry : lexicon_entries(embedded::framing_function_words())) {
            words.insert(std::string(entry));
        }
        return words;
    }();
    return set;
}

const StemSet& generic_stems() {
    static const StemSet set = stem_set(embedded::framing_generic_nouns());
    return set;
}

const std::vector<std::string>& modifier_endings() {
    static const std::vector<std::string> endings = [] {
        std::vector<std::string> out;
        for (std::string_view entry : lexicon_entries(embedded::framing_modifier_endings())) {
            out.emplace_back(entry);
        }
        return out;
    }();
    return endings;
}

const StemSet& authority_label_stems() {
    static const StemSet set = stem_set(embedded::framing_authority_labels());
    return set;
}

const StemSet& neutral_label_stems() {
    static const StemSet set = stem_set(embedded::framing_neutral_labels());
    return set;
}

const StemSet& neutral_label_forms() {
    static const StemSet set = form_set(embedded::framing_neutral_labels());
    return set;
}

const std::vector<PhraseEntry>& loaded_labels() {
    static const std::vector<PhraseEntry> entries = [] {
        std::vector<PhraseEntry> labels = phrase_entries(embedded::framing_loaded_labels());
        append_phrase_entries(embedded::framing_judging_labels(), true, labels);
        return labels;
    }();
    return entries;
}

const StemSet& reporting_verb_stems() {
    static const StemSet set = stem_set(embedded::framing_reporting_verbs());
    return set;
}

const std::vector<PhraseEntry>& stock_phrases() {
    static const std::vector<PhraseEntry> entries =
        phrase_entries(embedded::framing_stock_phrases());
    return entries;
}

const StemSet& emotive_stems() {
    static const StemSet set = stem_set(embedded::framing_emotive_words());
    return set;
}

const StemSet& emotive_forms() {
    static const StemSet set = form_set(embedded::framing_emotive_words());
    return set;
}

// Keys of the vocabulary are views into the lexicons above (static, never changed).
const Vocabulary& vocabulary() {
    static const Vocabulary vocabulary = [] {
        Vocabulary out;
        std::uint32_t stem_keys = 0;
        std::uint32_t form_keys = 0;
        for (const auto* entries : {&loaded_labels(), &stock_phrases()}) {
            for (const PhraseEntry& entry : *entries) {
                for (std::size_t i = 0; i < entry.stems.size(); ++i) {
                    const std::string& part = entry.stems[i];
                    if (part == "*" || part == "<name>") {
                        continue;
                    }
                    if (part.starts_with('=')) {
                        FormFacts& facts = out.add_form(std::string_view(part).substr(1));
                        if (facts.phrase_key == kNoPhraseKey) {
                            facts.phrase_key = form_keys++;
                        }
                        facts.opens_phrase = facts.opens_phrase || i == 0;
                    } else {
                        StemFacts& facts = out.add_stem(part);
                        if (facts.phrase_key == kNoPhraseKey) {
                            facts.phrase_key = stem_keys++;
                        }
                        facts.opens_phrase = facts.opens_phrase || i == 0;
                    }
                }
            }
        }
        const auto mark_stems = [&](const StemSet& set, bool StemFacts::*flag) {
            for (const std::string& stem : set) {
                out.add_stem(stem).*flag = true;
            }
        };
        mark_stems(generic_stems(), &StemFacts::generic);
        mark_stems(authority_label_stems(), &StemFacts::authority_label);
        mark_stems(neutral_label_stems(), &StemFacts::neutral_label);
        mark_stems(reporting_verb_stems(), &StemFacts::reporting_verb);
        mark_stems(emotive_stems(), &StemFacts::emotive);
        for (const std::string& form : function_words()) {
            out.add_form(form).function = true;
        }
        for (const std::string& form : emotive_forms()) {
            out.add_form(form).emotive = true;
        }
        for (const std::string& form : neutral_label_forms()) {
            out.add_form(form).neutral_label = true;
        }
        return out;
    }();
    return vocabulary;
}

StemFacts stem_facts(std::string_view stem, std::uint64_t hash) {
    return vocabulary().stem(stem, hash);
}

StemFacts stem_facts(std::string_view stem) {
    return stem_facts(stem, IdTable<std::string_view>::hash(stem));
}

FormFacts form_facts(std::string_view form, std::uint64_t hash) {
    return vocabulary().form(form, hash);
}

FormFacts form_facts(std::string_view form) {
    return form_facts(form, IdTable<std::string_view>::hash(form));
}

std::uint32_t phrase_stem_key(std::string_view stem) {
    return stem_facts(stem).phrase_key;
}

std::uint32_t phrase_form_key(std::string_view form) {
    return form_facts(form).phrase_key;
}

} // namespace lexicon
} // namespace parallax::framing
