// A language-server session with the real `parallax server`, configured as the VS Code extension
// configures it (its document selector, initializationOptions and workspace/configuration
// answers come from the extension's compiled serverContract.js). Shared by the protocol tests.
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { contract, lsp } from './extension_modules.mjs';

/** How long to wait for an answer before calling the server stuck (a bound, not a measurement). */
const STUCK_MS = 60_000;

/**
 * Client capabilities as vscode-languageclient 11 declares them for the features Parallax uses
 * (VS Code cannot run here, so they are written out; keep them in step with the library).
 */
export const VSCODE_CAPABILITIES = {
    general: {
        positionEncodings: ['utf-16'],
        markdown: { parser: 'marked', version: '1.1.0' },
        staleRequestSupport: {
            cancel: true,
            retryOnContentModified: ['textDocument/semanticTokens/full', 'textDocument/semanticTokens/range'],
        },
    },
    window: { workDoneProgress: true, showDocument: { support: true }, showMessage: {} },
    workspace: {
        applyEdit: true,
        workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] },
        didChangeConfiguration: { dynamicRegistration: true },
        didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
        executeCommand: { dynamicRegistration: true },
        configuration: true,
        workspaceFolders: true,
        diagnostics: { refreshSupport: true },
    },
    textDocument: {
        synchronization: { dynamicRegistration: true, willSave: true, willSaveWaitUntil: true, didSave: true },
        hover: { dynamicRegistration: true, contentFormat: ['markdown', 'plaintext'] },
        publishDiagnostics: {
            relatedInformation: true,
            versionSupport: false,
            tagSupport: { valueSet: [1, 2] },
            codeDescriptionSupport: true,
            dataSupport: true,
        },
        codeAction: {
            dynamicRegistration: true,
            isPreferredSupport: true,
            disabledSupport: true,
            dataSupport: true,
            honorsChangeAnnotations: true,
            resolveSupport: { properties: ['edit'] },
            codeActionLiteralSupport: {
                codeActionKind: {
                    valueSet: ['', 'quickfix', 'refactor', 'refactor.extract', 'refactor.inline', 'refactor.rewrite', 'source', 'source.organizeImports'],
                },
            },
        },
        diagnostic: { dynamicRegistration: true, relatedDocumentSupport: false },
    },
};

export class TestFailure extends Error {}

export function check(condition, message) {
    if (!condition) {
        throw new TestFailure(message);
    }
}

function withBound(promise, what) {
    let timer;
    const stuck = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new TestFailure(`no answer to ${what}: the server seems stuck`)), STUCK_MS);
    });
    return Promise.race([promise, stuck]).finally(() => clearTimeout(timer));
}

/**
 * Starts `binary server` in `workspace` (a folder path) with the VS Code "parallax" settings
 * `settings` (as a user would write them, `path` and `trace` included) and initializes it.
 */
export async function startSession({ binary, workspace, settings }) {
    const child = spawn(binary, contract.SERVER_ARGS, { cwd: workspace, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    const spawnFailed = new Promise((_, reject) =>
        child.on('error', (error) => reject(new TestFailure(`cannot run ${binary}: ${error.message}`))),
    );
    spawnFailed.catch(() => {}); // reported through the race below when it matters

    const connection = lsp.createProtocolConnection(
        new lsp.StreamMessageReader(child.stdout),
        new lsp.StreamMessageWriter(child.stdin),
    );
    const session = {
        connection,
        child,
        exited,
        stderr: () => stderr,
        /** The "parallax" settings section as the user has it now (see changeSettings). */
        settings,
        /** The sections the server asked for with workspace/configuration. */
        configurationRequests: [],
        configurationListeners: [],
        /** window/logMessage params. */
        logMessages: [],
        /** $/progress params, in order. */
        progress: [],
        /** uri -> the last publishDiagnostics params. */
        published: new Map(),
        publishedListeners: [],
        initializeResult: undefined,
    };

    // Server -> client requests, answered as vscode-languageclient does. VS Code gives each
    // item's whole section; the extension's middleware shapes the "parallax" one.
    connection.onRequest(lsp.ConfigurationRequest.type, (params) => {
        const sections = params.items.map((item) => item.section);
        session.configurationRequests.push(...sections);
        const answers = contract.shapeConfigurationAnswers(
            params.items,
            sections.map((section) => (section === contract.SETTINGS_SECTION ? session.settings : null)),
        );
        session.configurationListeners.splice(0).forEach((listener) => listener());
        return answers;
    });
    connection.onRequest(lsp.RegistrationRequest.type, () => null);
    connection.onRequest(lsp.UnregistrationRequest.type, () => null);
    connection.onRequest(lsp.WorkDoneProgressCreateRequest.type, () => null);
    connection.onRequest(lsp.DiagnosticRefreshRequest.type, () => null);
    connection.onNotification(lsp.LogMessageNotification.type, (params) => session.logMessages.push(params));
    connection.onUnhandledProgress((params) => session.progress.push(params));
    connection.onNotification(lsp.PublishDiagnosticsNotification.type, (params) => {
        session.published.set(params.uri, params);
        session.publishedListeners.splice(0).forEach((listener) => listener(params));
    });
    connection.listen();

    session.initializeResult = await withBound(
        Promise.race([spawnFailed, connection.sendRequest(lsp.InitializeRequest.type, {
            processId: process.pid,
            clientInfo: { name: 'Visual Studio Code', version: '1.91.0' },
            locale: 'en',
            rootUri: pathToFileURL(workspace).href,
            workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'drafts' }],
            capabilities: VSCODE_CAPABILITIES,
            initializationOptions: contract.toServerSettings(settings),
            trace: 'off',
        })]),
        'initialize',
    );
    await connection.sendNotification(lsp.InitializedNotification.type, {});
    // As the extension does: the settings under their section name.
    await connection.sendNotification(
        lsp.DidChangeConfigurationNotification.type,
        contract.didChangeConfigurationParams(session.settings),
    );
    return Object.assign(session, {
        request: (type, params) => withBound(connection.sendRequest(type, params), type.method),
        open: (uri, languageId, text) =>
            connection.sendNotification(lsp.DidOpenTextDocumentNotification.type, {
                textDocument: { uri, languageId, version: 1, text },
            }),
        /** The diagnostics of `uri`: pulled when the server offers pull diagnostics, else pushed. */
        diagnostics: async (uri) => {
            if (session.initializeResult.capabilities.diagnosticProvider) {
                const report = await session.request(lsp.DocumentDiagnosticRequest.type, { textDocument: { uri } });
                check(report.kind === 'full', `textDocument/diagnostic: expected a full report, got ${JSON.stringify(report)}`);
                return report.items;
            }
            if (!session.published.has(uri)) {
                await withBound(new Promise((resolve) => session.publishedListeners.push(resolve)), `didOpen ${uri} (publishDiagnostics)`);
            }
            return session.published.get(uri).diagnostics;
        },
        /**
         * The user changes the settings: the extension sends didChangeConfiguration; resolves
         * once the server has asked for the new settings and been answered.
         */
        changeSettings: async (newSettings) => {
            session.settings = newSettings;
            const asked = new Promise((resolve) => session.configurationListeners.push(resolve));
            await connection.sendNotification(
                lsp.DidChangeConfigurationNotification.type,
                contract.didChangeConfigurationParams(newSettings),
            );
            await withBound(asked, 'didChangeConfiguration (workspace/configuration)');
        },
        /** shutdown, exit, and the server's exit status. */
        close: async () => {
            const result = await session.request(lsp.ShutdownRequest.type, undefined);
            check(result === null, `shutdown answered ${JSON.stringify(result)}`);
            await connection.sendNotification(lsp.ExitNotification.type);
            const status = await withBound(exited, 'exit');
            connection.dispose();
            return status;
        },
    });
}

/**
 * Runs named steps in order and prints one line per step; a step may return a string starting
 * with "skipped" to say why it did not apply. Exits 1 on the first failure.
 */
export async function runSteps(steps, session) {
    let passed = 0;
    let skipped = 0;
    for (const [name, step] of steps) {
        try {
            const outcome = await step();
            if (typeof outcome === 'string' && outcome.startsWith('skipped')) {
                skipped += 1;
                console.log(`SKIP ${name}: ${outcome.replace(/^skipped:?\s*/, '')}`);
            } else {
                passed += 1;
                console.log(`ok   ${name}`);
            }
        } catch (error) {
            console.log(`FAIL ${name}: ${error instanceof TestFailure ? error.message : error.stack}`);
            if (session?.()) {
                console.log(`---- server stderr ----\n${session().stderr()}`);
            }
            session?.()?.child.kill();
            process.exit(1);
        }
    }
    console.log(`${passed} passed, 0 failed, ${skipped} skipped`);
}
