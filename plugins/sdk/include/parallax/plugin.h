#ifndef PARALLAX_PLUGIN_H
#define PARALLAX_PLUGIN_H
/*
 * The C ABI of Parallax shared-object plugins. Pure C (C99 or later, or C++); no other Parallax
 * header is needed to write a plugin.
 *
 * A plugin is a shared library exporting one function, `parallax_plugin_entry`, that returns a
 * table describing the plugin (its id, rules and options) and a `check` function. Parallax loads
 * it with dlopen, calls the entry point once, checks the table's ABI version and contents, and
 * from then on calls `check` on every draft, exactly as it runs its built-in plugins.
 *
 *     #include "parallax/plugin.h"
 *
 *     static void check(const struct parallax_document_view* doc, const char* options_json,
 *                       const struct parallax_reporter* reporter) { ... }
 *     static const struct parallax_rule_info rules[] = {
 *         {"mine/rule", "One line.", "Why an editor cares.", "An example.",
 *          PARALLAX_SEVERITY_WARNING}};
 *     static const struct parallax_plugin_v1 plugin = {
 *         PARALLAX_PLUGIN_ABI_VERSION, sizeof(struct parallax_plugin_v1), "mine",
 *         rules, 1, NULL, 0, check};
 *
 *     PARALLAX_PLUGIN_EXPORT const struct parallax_plugin_v1*
 *     parallax_plugin_entry(uint32_t host_abi_version) {
 *         (void)host_abi_version;
 *         return &plugin;
 *     }
 *
 * Rules of the boundary:
 *  - Memory. The plugin owns its table and every string it points to; they must stay valid and
 *    unchanged until the library is unloaded (static const data is the natural choice). The host
 *    owns the document view, the options JSON and the reporter: they are valid only during the
 *    `check` call that received them, and the plugin must not keep pointers into them. The plugin
 *    owns each diagnostic it reports; the host copies what it needs before `report` returns, so
 *    a diagnostic and its message may live on the plugin's stack.
 *  - Threads. `check` may be called from several threads at once, on the same or on different
 *    drafts: it must be reentrant (no unsynchronised mutable global or static state). `report`
 *    and `cancelled` may only be called during `check`, from the thread that called it.
 *  - Errors. No C++ exception, longjmp or abort may cross the boundary: catch everything inside
 *    `check`. The host never throws into the plugin either.
 *  - Offsets. All offsets are UTF-8 byte offsets into the draft's text; ranges are half-open,
 *    [start, end). The host checks what a plugin reports: a diagnostic with an unknown rule id is
 *    dropped, a range past the end of the text is clamped, a reversed range is dropped, a NULL
 *    message is replaced by the rule's summary, a malformed quick fix is left out; each kind of
 *    problem is logged once per plugin.
 *  - Growth. The plugin table, the document view, the reporter and each diagnostic carry their
 *    size (`struct_size`, set to sizeof the struct as the side that fills it knows it). Fields
 *    are only ever added at their end, so a host reads the prefix it knows from a newer plugin
 *    and a plugin reads the prefix it knows from a newer host. The records in arrays (rules,
 *    options, blocks, sentences, tokens, ...) have a fixed layout: changing one, or any other
 *    incompatible change, raises PARALLAX_PLUGIN_ABI_VERSION.
 *  - Symbols. Build with hidden visibility (-fvisibility=hidden) so that only the entry point is
 *    exported; PARALLAX_PLUGIN_EXPORT marks it.
 */

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The ABI version this header describes. */
#define PARALLAX_PLUGIN_ABI_VERSION 1u

/* The name of the entry point every plugin exports, whatever its ABI version. */
#define PARALLAX_PLUGIN_ENTRY_SYMBOL "parallax_plugin_entry"

#if defined(_WIN32)
#define PARALLAX_PLUGIN_EXPORT __declspec(dllexport)
#elif defined(__GNUC__)
#define PARALLAX_PLUGIN_EXPORT __attribute__((visibility("default")))
#else
#define PARALLAX_PLUGIN_EXPORT
#endif

/* Severities, as in LSP. In a diagnostic, 0 means "the rule's default severity". */
enum {
    PARALLAX_SEVERITY_DEFAULT = 0,
    PARALLAX_SEVERITY_ERROR = 1,
    PARALLAX_SEVERITY_WARNING = 2,
    PARALLAX_SEVERITY_INFORMATION = 3,
    PARALLAX_SEVERITY_HINT = 4
};

/* The type of an option, which its default must have. */
enum {
    PARALLAX_OPTION_FLAG = 1,   /* JSON true or false */
    PARALLAX_OPTION_NUMBER = 2, /* JSON number */
    PARALLAX_OPTION_STRING = 3, /* JSON string */
    PARALLAX_OPTION_STRINGS = 4 /* JSON array of strings */
};

/* parallax_document_view.format */
enum { PARALLAX_FORMAT_MARKDOWN = 0, PARALLAX_FORMAT_PLAIN_TEXT = 1 };

/* parallax_block.kind */
enum {
    PARALLAX_BLOCK_HEADING = 0,
    PARALLAX_BLOCK_PARAGRAPH = 1,
    PARALLAX_BLOCK_LIST_ITEM = 2,
    PARALLAX_BLOCK_TABLE_CELL = 3
};

/* parallax_token.kind */
enum {
    PARALLAX_TOKEN_WORD = 0,
    PARALLAX_TOKEN_NUMBER = 1,
    PARALLAX_TOKEN_PUNCTUATION = 2,
    PARALLAX_TOKEN_SYMBOL = 3
};

/* parallax_citation.kind */
enum {
    PARALLAX_CITATION_LINK = 0,         /* [text](https://...) */
    PARALLAX_CITATION_FOOTNOTE = 1,     /* [^1] */
    PARALLAX_CITATION_BRACKETED = 2,    /* [3] */
    PARALLAX_CITATION_PARENTHETICAL = 3 /* (IISS, 2024) */
};

/* A half-open range of UTF-8 bytes into the draft's text, [start, end). */
struct parallax_byte_range {
    uint32_t start;
    uint32_t end;
};

/* ---- what the plugin declares ------------------------------------------------------------- */

/* A rule: shown by `parallax rules`, `parallax explain` and on hover. All strings UTF-8. */
struct parallax_rule_info {
    const char* id;            /* "<plugin id>/<rule>", e.g. "example/long-sentence" */
    const char* summary;       /* one line; also the message of a report without one */
    const char* rationale;     /* why an editor cares */
    const char* example;       /* a sentence that fires, and how to fix it */
    uint32_t default_severity; /* PARALLAX_SEVERITY_ERROR .. PARALLAX_SEVERITY_HINT */
};

/* An option the plugin reads. Configuration may set it (under the plugin's id); setting an
 * option the plugin does not declare, or a value of another type, is a configuration error. */
struct parallax_option_info {
    const char* name;         /* "max_words": letters, digits, '_' and '-' */
    uint32_t type;            /* PARALLAX_OPTION_* */
    const char* default_json; /* the default as JSON text of that type: "35", "true", "[\"a\"]" */
    const char* description;  /* one line; may be NULL */
};

/* ---- what the plugin reads: a read-only view of one draft ------------------------------- */

/* A block of the author's prose (code, HTML and front matter never become blocks). */
struct parallax_block {
    struct parallax_byte_range range;
    uint32_t kind;           /* PARALLAX_BLOCK_* */
    uint32_t heading_level;  /* 1-6 for headings, 0 otherwise */
    uint32_t quoted;         /* 1 inside a blockquote (someone else's words), 0 otherwise */
    uint32_t first_sentence; /* index into parallax_document_view.sentences */
    uint32_t sentence_count;
};

struct parallax_sentence {
    struct parallax_byte_range range;
    uint32_t block;       /* index into parallax_document_view.blocks */
    uint32_t first_token; /* index into parallax_document_view.tokens */
    uint32_t token_count;
    uint32_t first_citation; /* index into parallax_document_view.citations */
    uint32_t citation_count; /* links, footnotes and references attached to this sentence */
};

struct parallax_token {
    struct parallax_byte_range range;
    uint32_t kind; /* PARALLAX_TOKEN_* */
    uint32_t folded_size;
    const char* folded; /* Unicode case-folded form, NUL-terminated ("NATO's" -> "nato's") */
    uint32_t stem_size;
    const char* stem; /* Snowball English stem of `folded`, NUL-terminated; "" for non-words */
};

/* A citation attached to a sentence. The array is grouped by sentence, in sentence order; a
 * citation attached to no sentence is not listed. */
struct parallax_citation {
    struct parallax_byte_range range; /* the whole citation as it appears in the text */
    uint32_t kind;                    /* PARALLAX_CITATION_* */
    uint32_t sentence;                /* the sentence it supports */
    const char* target; /* link destination or footnote label, or ""; NUL-terminated */
};

/* Who said what: "Japan's defence ministry said that it welcomed closer information sharing". */
struct parallax_attribution {
    struct parallax_byte_range source;  /* who: "Japan's defence ministry" */
    struct parallax_byte_range cue;     /* how: "said", "according to", a quotation */
    struct parallax_byte_range content; /* what; empty when the draft gives none */
    uint32_t sentence;                  /* the sentence of the cue */
    uint32_t vague;                     /* 1 when the source is unnamed ("critics"), else 0 */
    const char* country;      /* ISO 3166-1 alpha-2 of the source ("JP"), or ""; NUL-terminated */
    const uint32_t* supports; /* indexes of the sentences this attribution supports */
    uint32_t support_count;
};

/* One draft, as the host's Document model sees it. Everything is owned by the host and valid
 * only during the `check` call. Arrays may be NULL when their count is 0. */
struct parallax_document_view {
    uint32_t struct_size; /* sizeof(struct parallax_document_view) as the host knows it */
    uint32_t format;      /* PARALLAX_FORMAT_* */
    const char* text;     /* the whole draft, UTF-8; text[text_size] is '\0' */
    uint32_t text_size;   /* in bytes */
    uint32_t block_count;
    const struct parallax_block* blocks;
    const struct parallax_sentence* sentences;
    uint32_t sentence_count;
    uint32_t token_count;
    const struct parallax_token* tokens;
    const struct parallax_citation* citations;
    uint32_t citation_count;
    uint32_t attribution_count;
    const struct parallax_attribution* attributions;
};

/* ---- what the plugin reports ---------------------------------------------------------------- */

/* One replacement in the draft: `text` takes the place of `range` (an empty range inserts). */
struct parallax_replacement {
    struct parallax_byte_range range;
    const char* text; /* UTF-8, NUL-terminated; "" deletes the range */
};

/* A quick fix the editor offers ("Replace 'Kiev' with 'Kyiv'"). Its replacements must not
 * overlap. A fix with a missing title or text, or a range that is reversed, reaches past the
 * text, splits a UTF-8 character or overlaps another, is dropped (the finding itself is kept):
 * unlike a finding's range, a replacement's is never mended. */
struct parallax_fix {
    const char* title;
    const struct parallax_replacement* replacements;
    uint32_t replacement_count;
};

/* A finding. Fill it with designated initialisers, so that fields you do not set are zero:
 *     struct parallax_diagnostic d = {.struct_size = sizeof d, .rule = "mine/rule",
 *                                     .range = sentence->range, .message = "..."};
 * Fields up to `message` are required; those after it are read only when `struct_size`
 * covers them. */
struct parallax_diagnostic {
    uint32_t struct_size; /* sizeof(struct parallax_diagnostic) */
    uint32_t severity;    /* PARALLAX_SEVERITY_*; 0 for the rule's default */
    const char* rule;     /* one of the plugin's rule ids, e.g. "example/long-sentence" */
    struct parallax_byte_range range; /* what the finding is about, in the view's text */
    const char* message;              /* UTF-8; says what is wrong and how to mend it */
    const struct parallax_fix* fixes; /* quick fixes; may be NULL when fix_count is 0 */
    uint32_t fix_count;
};

/* Provided by the host for one `check` call. */
struct parallax_reporter {
    uint32_t struct_size; /* sizeof(struct parallax_reporter) as the host knows it */
    void* ctx;            /* pass back to the functions below; opaque */
    /* Reports a finding. The host copies it before returning. */
    void (*report)(void* ctx, const struct parallax_diagnostic* diagnostic);
    /* Non-zero when the draft has changed and the result is no longer wanted: return soon. */
    int (*cancelled)(void* ctx);
};

/* ---- the table ------------------------------------------------------------------------- */

/* Checks one draft. `options_json` is a JSON object holding every option the plugin declares,
 * with the value configured for this draft or else its default, e.g. {"max_words":35.0}
 * (numbers may be written with a fraction). */
typedef void (*parallax_check_fn)(const struct parallax_document_view* document,
                                  const char* options_json,
                                  const struct parallax_reporter* reporter);

/* The plugin, as the entry point returns it. The first two fields keep their place in every
 * ABI version, so that a host can tell which version a plugin speaks. */
struct parallax_plugin_v1 {
    uint32_t abi_version; /* PARALLAX_PLUGIN_ABI_VERSION the plugin was built against */
    uint32_t struct_size; /* sizeof(struct parallax_plugin_v1) */
    const char* id; /* the plugin id: lowercase letters, digits, '-' and '_'; e.g. "example" */
    const struct parallax_rule_info* rules; /* at least one */
    uint32_t rule_count;
    const struct parallax_option_info* options; /* may be NULL when option_count is 0 */
    uint32_t option_count;
    parallax_check_fn check;
};

/* The entry point, called once after loading, with the ABI version of the loading Parallax.
 * Returns the plugin's table (static data, valid until the library is unloaded), or NULL when
 * the plugin cannot work with that host version. Must not call back into the host. */
typedef const struct parallax_plugin_v1* (*parallax_plugin_entry_fn)(uint32_t host_abi_version);

PARALLAX_PLUGIN_EXPORT const struct parallax_plugin_v1*
parallax_plugin_entry(uint32_t host_abi_version);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* PARALLAX_PLUGIN_H */
