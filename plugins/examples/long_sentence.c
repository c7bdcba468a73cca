/*
 * example/long-sentence: flags sentences longer than `max_words` words. A long sentence in
 * commentary usually carries several claims at once, and a reader (or an editor checking
 * sources) cannot tell which part the evidence supports. An out-of-tree plugin written against
 * the C ABI of parallax/plugin.h alone; see README.md.
 */
#include "parallax/plugin.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { DEFAULT_MAX_WORDS = 35, CANCEL_CHECK_INTERVAL = 64 };

/*
 * Reads the value of option `name` from the options JSON the host passes. The host writes one
 * compact object whose keys are this plugin's option names, so finding "name": is enough here.
 * A plugin with string options should use a real JSON parser.
 */
static const char* option_value(const char* json, const char* name) {
    char key[64];
    const int written = snprintf(key, sizeof key, "\"%s\":", name);
    if (json == NULL || written < 0 || (size_t)written >= sizeof key) {
        return NULL;
    }
    const char* found = strstr(json, key);
    return found != NULL ? found + written : NULL;
}

static double number_option(const char* json, const char* name, double fallback) {
    const char* value = option_value(json, name);
    if (value == NULL) {
        return fallback;
    }
    char* end = NULL;
    const double number = strtod(value, &end);
    return end != value ? number : fallback;
}

static int flag_option(const char* json, const char* name, int fallback) {
    const char* value = option_value(json, name);
    if (value == NULL) {
        return fallback;
    }
    if (strncmp(value, "true", 4) == 0) {
        return 1;
    }
    if (strncmp(value, "false", 5) == 0) {
        return 0;
    }
    return fallback;
}

static uint32_t word_count(const struct parallax_document_view* doc,
                           const struct parallax_sentence* sentence) {
    uint32_t words = 0;
    for (uint32_t i = 0; i < sentence->token_count; ++i) {
        const uint32_t kind = doc->tokens[sentence->first_token + i].kind;
        if (kind == PARALLAX_TOKEN_WORD || kind == PARALLAX_TOKEN_NUMBER) {
            ++words;
        }
    }
    return words;
}

/* Reentrant: all state lives on the stack, so the host may call it from several threads. */
static void check(const struct parallax_document_view* doc, const char* options_json,
                  const struct parallax_reporter* reporter) {
    double limit = number_option(options_json, "max_words", DEFAULT_MAX_WORDS);
    if (limit < 1) {
        limit = 1;
    }
    const uint32_t max_words = limit > 100000 ? 100000u : (uint32_t)limit;
    const int ignore_quoted = flag_option(options_json, "ignore_quoted", 1);

    for (uint32_t s = 0; s < doc->sentence_count; ++s) {
        if (s % CANCEL_CHECK_INTERVAL == 0 && reporter->cancelled(reporter->ctx)) {
            return;
        }
        const struct parallax_sentence* sentence = &doc->sentences[s];
        if (ignore_quoted && sentence->block < doc->block_count &&
            doc->blocks[sentence->block].quoted) {
            continue; /* someone else's words: not the writer's to shorten */
        }
        const uint32_t words = word_count(doc, sentence);
        if (words <= max_words) {
            continue;
        }
        char message[200];
        snprintf(message, sizeof message,
                 "This sentence runs to %u words (the limit is %u): split it, so that each "
                 "claim stands on its own and can be sourced.",
                 (unsigned)words, (unsigned)max_words);
        struct parallax_diagnostic diagnostic;
        memset(&diagnostic, 0, sizeof diagnostic);
        diagnostic.struct_size = sizeof diagnostic;
        diagnostic.severity = PARALLAX_SEVERITY_DEFAULT;
        diagnostic.rule = "example/long-sentence";
        diagnostic.range = sentence->range;
        diagnostic.message = message;
        reporter->report(reporter->ctx, &diagnostic);
    }
}

static const struct parallax_rule_info rules[] = {
    {"example/long-sentence", "A sentence longer than the house limit (`max_words`).",
     "A long sentence in commentary usually carries several claims at once, and neither a "
     "reader nor a fact-checker can tell which part its source supports. Short sentences make "
     "each assertion visible, and make an unsupported one easy to spot.",
     "\"The sanctions, which were announced after months of talks that several capitals said "
     "had stalled over enforcement, will bite hardest in the border provinces, where trade "
     "with the neighbour accounts for most jobs and where officials privately concede that "
     "smuggling will rise.\" -> split after \"enforcement\" and after \"jobs\".",
     PARALLAX_SEVERITY_INFORMATION},
};

static const struct parallax_option_info options[] = {
    {"max_words", PARALLAX_OPTION_NUMBER, "35",
     "the most words a sentence may have before it is flagged"},
    {"ignore_quoted", PARALLAX_OPTION_FLAG, "true", "skip sentences inside blockquotes"},
};

static const struct parallax_plugin_v1 plugin = {
    PARALLAX_PLUGIN_ABI_VERSION,
    sizeof(struct parallax_plugin_v1),
    "example",
    rules,
    sizeof rules / sizeof rules[0],
    options,
    sizeof options / sizeof options[0],
    check,
};

PARALLAX_PLUGIN_EXPORT const struct parallax_plugin_v1*
parallax_plugin_entry(uint32_t host_abi_version) {
    (void)host_abi_version; /* ABI 1 is all this plugin speaks; the host checks the version */
    return &plugin;
}
