// What the extension sends to `parallax server` and what it expects back, with no dependency on
// VS Code: the protocol test (tests/vscode) drives the real server with these same values.

/** The settings section the server asks for with workspace/configuration. */
export const SETTINGS_SECTION = 'parallax';

/** The languages the extension activates on and sends to the server. */
export const DRAFT_LANGUAGES = ['markdown', 'plaintext'] as const;

/** Drafts on disk and unsaved drafts; other schemes (git, output, previews) are not linted. */
export const DOCUMENT_SELECTOR = DRAFT_LANGUAGES.flatMap((language) =>
    ['file', 'untitled'].map((scheme) => ({ scheme, language })),
);

/** Arguments after the binary: the language server over stdio. */
export const SERVER_ARGS = ['server'];

/** workspace/executeCommand commands the server implements. */
export const SERVER_COMMANDS = {
    perspectiveMap: 'parallax.perspectiveMap',
    lintWorkspace: 'parallax.lintWorkspace',
} as const;

/**
 * The keys of `.parallax.json` that editor settings may set (`root` is for files only), and the
 * server's own limits (`maxDocumentBytes`, `maxMessageBytes`), which it takes out before the rest
 * is validated as `.parallax.json`.
 */
const SERVER_SETTING_KEYS = ['rules', 'options', 'rulepacks', 'plugins', 'maxDocumentBytes', 'maxMessageBytes'] as const;

export type ServerSettings = Partial<Record<(typeof SERVER_SETTING_KEYS)[number], unknown>>;

/**
 * The VS Code "parallax" section reduced to the `.parallax.json` schema the server validates:
 * `path` and `trace` are the extension's own and would be unknown keys to the server. Values are
 * passed as they are, so the server reports a malformed one by name instead of it being dropped.
 */
export function toServerSettings(section: unknown): ServerSettings {
    const settings: ServerSettings = {};
    if (typeof section !== 'object' || section === null) {
        return settings;
    }
    const values = section as Record<string, unknown>;
    for (const key of SERVER_SETTING_KEYS) {
        if (values[key] !== undefined && values[key] !== null) {
            settings[key] = values[key];
        }
    }
    return settings;
}

/**
 * The answers to a workspace/configuration request, as VS Code gives them (one per item, each
 * a whole settings section), with the "parallax" ones reduced by toServerSettings.
 */
export function shapeConfigurationAnswers(
    items: readonly { section?: string }[],
    answers: readonly unknown[],
): unknown[] {
    return answers.map((answer, i) => (items[i]?.section === SETTINGS_SECTION ? toServerSettings(answer) : answer));
}

/** workspace/didChangeConfiguration params: the section under its name, as lspconfig does. */
export function didChangeConfigurationParams(section: unknown): { settings: Record<string, ServerSettings> } {
    return { settings: { [SETTINGS_SECTION]: toServerSettings(section) } };
}

/**
 * What `parallax.lintWorkspace` found, in a sentence. The server answers
 * `{files, findings, filesWithFindings, cancelled}`; missing counts are left out.
 */
export function lintSummary(result: unknown): string {
    const counts = typeof result === 'object' && result !== null ? (result as Record<string, unknown>) : {};
    const count = (key: string): number | undefined => (typeof counts[key] === 'number' ? counts[key] : undefined);
    const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
    const files = count('files');
    const findings = count('findings');
    const withFindings = count('filesWithFindings');
    const parts: string[] = [];
    if (files !== undefined) {
        parts.push(`${plural(files, 'draft')} checked`);
    }
    if (findings !== undefined) {
        const where = withFindings !== undefined ? ` in ${withFindings}` : '';
        parts.push(`${plural(findings, 'finding')}${where}`);
    }
    const summary = parts.length > 0 ? parts.join(', ') : 'the workspace was checked';
    return counts.cancelled === true ? `${summary} (cancelled)` : summary;
}

/**
 * The answer to `parallax.perspectiveMap` as Markdown. The server sends JSON; this accepts a
 * Markdown string, an object with a `markdown` field, or a map of regions and countries
 * (`regions`, `mentioned`, `voiced`, as in `parallax check --format json`), and shows anything
 * else as JSON rather than failing.
 */
export function perspectiveMapMarkdown(result: unknown, title = 'Perspective map'): string {
    if (typeof result === 'string') {
        return result;
    }
    if (typeof result !== 'object' || result === null) {
        return `# ${title}\n\nThe server returned no perspective map.\n`;
    }
    const map = result as Record<string, unknown>;
    if (typeof map.markdown === 'string') {
        return map.markdown;
    }
    const lines = [`# ${title}`, ''];
    const listed = (key: string, label: string): void => {
        const value = map[key];
        if (Array.isArray(value)) {
            lines.push(`**${label}:** ${value.length > 0 ? value.map(String).join(', ') : 'none'}`, '');
        }
    };
    listed('regions', 'Regions discussed');
    listed('mentioned', 'Countries mentioned');
    listed('voiced', 'Countries heard');
    if (Array.isArray(map.mentioned) && Array.isArray(map.voiced)) {
        const voiced = new Set(map.voiced.map(String));
        const silent = map.mentioned.map(String).filter((country) => !voiced.has(country));
        lines.push(`**Mentioned but not heard:** ${silent.length > 0 ? silent.join(', ') : 'none'}`, '');
    }
    lines.push('```json', JSON.stringify(result, null, 2), '```', '');
    return lines.join('\n');
}
