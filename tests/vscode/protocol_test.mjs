// The VS Code extension's conversation with the real server, at the protocol level (VS Code
// itself cannot run here): initialize as vscode-languageclient does, with the extension's
// settings; open drafts and get their diagnostics (pulled when the server offers it); check that
// the settings apply, first and after a change; hover; code actions, the perspective map and the
// workspace lint when the server advertises them; shutdown and exit.
//
//   node protocol_test.mjs PATH/TO/parallax
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { contract, lsp } from './lib/extension_modules.mjs';
import { check, runSteps, startSession } from './lib/server_session.mjs';

if (!process.argv[2]) {
    console.error('usage: node protocol_test.mjs PATH/TO/parallax');
    process.exit(2);
}
const binary = path.resolve(process.argv[2]); // the server runs in the workspace folder

const workspace = mkdtempSync(path.join(tmpdir(), 'parallax-vscode-'));
process.on('exit', () => rmSync(workspace, { recursive: true, force: true }));
const uri = pathToFileURL(path.join(workspace, 'draft.md')).href;
const draft = [
    '# Tokyo and the alliance',
    '',
    'Critics say the plan will fail.', // line 2: "Critics say" is a weasel attribution
    '',
    "Japan's defence ministry said it welcomed the plan.",
    '',
].join('\n');
const WEASEL = 'claims/weasel-attribution';
// On disk too, with a second draft, for the workspace lint.
writeFileSync(path.join(workspace, 'draft.md'), draft);
writeFileSync(path.join(workspace, 'notes.txt'), 'Many observers believe the talks will collapse.\n');

// The "parallax" section as a user writes it in settings.json: the extension's own keys (path,
// trace) must not reach the server, which validates the .parallax.json schema.
const settings = {
    path: binary,
    trace: { server: 'off' },
    rules: { [WEASEL]: 'error' },
    options: {},
    rulepacks: [],
    plugins: [],
};

let session;
let weasel;

const advertisesCommand = (command) =>
    (session.initializeResult.capabilities.executeCommandProvider?.commands ?? []).includes(command);

await runSteps(
    [
        ['initialize: incremental sync, hover, server info', async () => {
            session = await startSession({ binary, workspace, settings });
            const { capabilities, serverInfo } = session.initializeResult;
            check(serverInfo?.name === 'parallax', `serverInfo is ${JSON.stringify(serverInfo)}`);
            const sync = capabilities.textDocumentSync;
            check(sync?.openClose === true && sync?.change === lsp.TextDocumentSyncKind.Incremental,
                `textDocumentSync is ${JSON.stringify(sync)}`);
            check(capabilities.hoverProvider, 'no hoverProvider');
            check((capabilities.positionEncoding ?? 'utf-16') === 'utf-16',
                `positionEncoding ${capabilities.positionEncoding}, but the client offered only utf-16`);
        }],
        ['the document selector covers Markdown and plain text on disk and unsaved', async () => {
            const pairs = contract.DOCUMENT_SELECTOR.map((f) => `${f.scheme}:${f.language}`).sort();
            check(JSON.stringify(pairs) === JSON.stringify(['file:markdown', 'file:plaintext', 'untitled:markdown', 'untitled:plaintext']),
                `document selector is ${JSON.stringify(pairs)}`);
        }],
        ['didOpen a Markdown draft: the weasel attribution is diagnosed', async () => {
            await session.open(uri, 'markdown', draft);
            const diagnostics = await session.diagnostics(uri);
            weasel = diagnostics.find((d) => d.code === WEASEL);
            check(weasel !== undefined, `no ${WEASEL} among ${JSON.stringify(diagnostics.map((d) => d.code))}`);
            check(weasel.source === 'parallax', `source is ${weasel.source}`);
            check(weasel.range.start.line === 2 && weasel.range.start.character === 0,
                `range is ${JSON.stringify(weasel.range)}, expected it to start at "Critics" (2:0)`);
        }],
        ['an unsaved plain-text draft is diagnosed too', async () => {
            const untitled = 'untitled:Untitled-1';
            await session.open(untitled, 'plaintext', 'Critics say the talks will collapse.\n');
            const codes = (await session.diagnostics(untitled)).map((d) => d.code);
            check(codes.includes(WEASEL), `no ${WEASEL} in the unsaved draft: ${JSON.stringify(codes)}`);
        }],
        ['the editor settings reach the server (rules: weasel-attribution -> error)', async () => {
            if (!session.configurationRequests.includes(contract.SETTINGS_SECTION)) {
                return 'skipped: the server does not ask for workspace/configuration "parallax" yet';
            }
            // Asked again now that the server has had its answer.
            const again = (await session.diagnostics(uri)).find((d) => d.code === WEASEL);
            check(again?.severity === lsp.DiagnosticSeverity.Error,
                `severity ${again?.severity}, expected Error (1) from parallax.rules`);
        }],
        ['hover on the finding explains the rule', async () => {
            const hover = await session.request(lsp.HoverRequest.type, {
                textDocument: { uri },
                position: { line: 2, character: 2 },
            });
            const value = hover?.contents?.value ?? '';
            check(hover?.contents?.kind === 'markdown', `hover is ${JSON.stringify(hover)}`);
            check(value.includes(WEASEL), `the hover does not name the rule: ${JSON.stringify(value)}`);
        }],
        ['code actions on the finding (when advertised)', async () => {
            const provider = session.initializeResult.capabilities.codeActionProvider;
            if (!provider) {
                return 'skipped: the server does not advertise codeActionProvider yet';
            }
            const actions = await session.request(lsp.CodeActionRequest.type, {
                textDocument: { uri },
                range: weasel.range,
                context: { diagnostics: [weasel], triggerKind: lsp.CodeActionTriggerKind.Invoked },
            });
            check(Array.isArray(actions) && actions.length > 0, `no code action for ${WEASEL}: ${JSON.stringify(actions)}`);
            for (const action of actions) {
                check(typeof action.title === 'string' && action.title !== '', `an action has no title: ${JSON.stringify(action)}`);
            }
            const quickfix = actions.find((a) => typeof a.kind === 'string' && a.kind.startsWith('quickfix'));
            check(quickfix !== undefined, `no quickfix among ${JSON.stringify(actions.map((a) => a.kind))}`);
            let edit = quickfix.edit;
            if (edit === undefined && provider.resolveProvider) {
                const resolved = await session.request(lsp.CodeActionResolveRequest.type, quickfix);
                edit = resolved.edit;
            }
            check(edit !== undefined && (edit.changes?.[uri] !== undefined || Array.isArray(edit.documentChanges)),
                `the quickfix "${quickfix.title}" has no edit of the draft: ${JSON.stringify(edit)}`);
        }],
        ['the perspective-map command (when advertised)', async () => {
            if (!advertisesCommand(contract.SERVER_COMMANDS.perspectiveMap)) {
                return `skipped: the server does not advertise ${contract.SERVER_COMMANDS.perspectiveMap} yet`;
            }
            // As the extension's "Parallax: Show Perspective Map" sends it.
            const map = await session.request(lsp.ExecuteCommandRequest.type, {
                command: contract.SERVER_COMMANDS.perspectiveMap,
                arguments: [uri],
            });
            check(map !== null && map !== undefined, 'the perspective map is null');
            check(/JP|Japan/.test(JSON.stringify(map)), `the map does not mention Japan: ${JSON.stringify(map)}`);
            const markdown = contract.perspectiveMapMarkdown(map);
            check(/JP|Japan/.test(markdown), `the extension renders the map without Japan: ${markdown}`);
        }],
        ['the lint-workspace command, with progress (when advertised)', async () => {
            if (!advertisesCommand(contract.SERVER_COMMANDS.lintWorkspace)) {
                return `skipped: the server does not advertise ${contract.SERVER_COMMANDS.lintWorkspace} yet`;
            }
            // As the extension's "Parallax: Lint Workspace" sends it.
            const result = await session.request(lsp.ExecuteCommandRequest.type, {
                command: contract.SERVER_COMMANDS.lintWorkspace,
                arguments: [],
            });
            check(result?.files === 2, `expected 2 drafts linted, got ${JSON.stringify(result)}`);
            check(result.findings >= 1 && result.filesWithFindings >= 1, `no findings: ${JSON.stringify(result)}`);
            check(contract.lintSummary(result).startsWith('2 drafts checked'), `summary: ${contract.lintSummary(result)}`);
            const kinds = session.progress.map((p) => p.value?.kind);
            check(kinds[0] === 'begin' && kinds.at(-1) === 'end', `$/progress kinds were ${JSON.stringify(kinds)}`);
            const notes = pathToFileURL(path.join(workspace, 'notes.txt')).href;
            check(session.published.has(notes), `no diagnostics published for the closed draft ${notes}`);
        }],
        ['a settings change reaches the server (rules: weasel-attribution -> off)', async () => {
            if (!session.configurationRequests.includes(contract.SETTINGS_SECTION)) {
                return 'skipped: the server does not ask for workspace/configuration "parallax" yet';
            }
            await session.changeSettings({ ...settings, rules: { [WEASEL]: 'off' } });
            const codes = (await session.diagnostics(uri)).map((d) => d.code);
            check(!codes.includes(WEASEL), `${WEASEL} still reported after it was turned off: ${JSON.stringify(codes)}`);
        }],
        ['no configuration error was logged for the extension settings', async () => {
            const errors = session.logMessages.filter((m) => m.type === lsp.MessageType.Error);
            check(errors.length === 0, `the server logged errors: ${JSON.stringify(errors.map((m) => m.message))}`);
        }],
        ['shutdown and exit: status 0', async () => {
            const { code, signal } = await session.close();
            check(code === 0, `the server exited with ${code ?? signal}`);
        }],
    ],
    () => session,
);
