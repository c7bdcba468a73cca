// Parallax for VS Code: runs `parallax server` for Markdown and plain-text drafts with
// vscode-languageclient, hands it the "parallax" settings (the .parallax.json schema), and adds
// a status-bar item and four commands.
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
    DidChangeConfigurationNotification,
    ExecuteCommandRequest,
    LanguageClient,
    State,
    TransportKind,
    type LanguageClientOptions,
    type ServerOptions,
} from 'vscode-languageclient/node';
import { findExecutable } from './binary';
import { PerspectiveMapView } from './perspectiveMap';
import {
    didChangeConfigurationParams,
    DOCUMENT_SELECTOR,
    DRAFT_LANGUAGES,
    lintSummary,
    SERVER_ARGS,
    SERVER_COMMANDS,
    SETTINGS_SECTION,
    shapeConfigurationAnswers,
    toServerSettings,
} from './serverContract';
import { StatusBar } from './statusBar';

/** Settings read when the server starts: the binary, its plugins, and what the watchers watch. */
const RESTART_SETTINGS = ['path', 'plugins', 'rulepacks'].map((key) => `${SETTINGS_SECTION}.${key}`);

/** The language client and the file watchers it was given (which it does not dispose). */
interface Server {
    client: LanguageClient;
    watchers: vscode.FileSystemWatcher[];
}

let server: Server | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const output = vscode.window.createOutputChannel('Parallax', { log: true });
    const status = new StatusBar('parallax.showPerspectiveMap');
    const maps = new PerspectiveMapView();
    context.subscriptions.push(output, status, maps);

    // Restarts run one after another, however quickly settings change.
    let restarting = Promise.resolve();
    const restart = (): Promise<void> =>
        (restarting = restarting.then(async () => {
            await stopServer();
            server = await startServer(output, status);
        }));

    context.subscriptions.push(
        vscode.commands.registerCommand('parallax.restartServer', restart),
        vscode.commands.registerCommand('parallax.showOutput', () => output.show()),
        vscode.commands.registerCommand('parallax.showPerspectiveMap', async () => {
            const editor = vscode.window.activeTextEditor;
            if (editor === undefined || !(DRAFT_LANGUAGES as readonly string[]).includes(editor.document.languageId)) {
                void vscode.window.showInformationMessage('Parallax: open a Markdown or plain-text draft first.');
                return;
            }
            const running = requireRunningClient();
            if (running !== undefined) {
                await reportFailure(maps.show(running, editor.document), 'the perspective map');
            }
        }),
        vscode.commands.registerCommand('parallax.checkWorkspace', async () => {
            const running = requireRunningClient();
            if (running !== undefined) {
                await reportFailure(lintWorkspace(running), 'linting the workspace');
            }
        }),
        vscode.workspace.onDidChangeConfiguration(async (event) => {
            if (!event.affectsConfiguration(SETTINGS_SECTION)) {
                return;
            }
            if (server === undefined || RESTART_SETTINGS.some((key) => event.affectsConfiguration(key))) {
                await restart();
            } else if (server.client.isRunning()) {
                // The server re-reads its settings; they are sent too, for servers that do not ask.
                await server.client.sendNotification(
                    DidChangeConfigurationNotification.type,
                    didChangeConfigurationParams(vscode.workspace.getConfiguration(SETTINGS_SECTION)),
                );
            }
        }),
    );

    await restart();
}

export async function deactivate(): Promise<void> {
    await stopServer();
}

async function stopServer(): Promise<void> {
    const stopping = server;
    server = undefined;
    if (stopping !== undefined) {
        await stopping.client.dispose();
        stopping.watchers.forEach((watcher) => watcher.dispose());
    }
}

function requireRunningClient(): LanguageClient | undefined {
    if (server?.client.isRunning()) {
        return server.client;
    }
    void vscode.window.showWarningMessage('Parallax: the server is not running.', 'Show Output').then((choice) => {
        if (choice !== undefined) {
            void vscode.commands.executeCommand('parallax.showOutput');
        }
    });
    return undefined;
}

async function reportFailure(work: Promise<void>, what: string): Promise<void> {
    try {
        await work;
    } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        void vscode.window.showErrorMessage(`Parallax: ${what} failed: ${message}`);
    }
}

/** Lints the workspace folders the client named at start; the server reports its progress. */
async function lintWorkspace(running: LanguageClient): Promise<void> {
    const result: unknown = await running.sendRequest(ExecuteCommandRequest.type, {
        command: SERVER_COMMANDS.lintWorkspace,
        arguments: [],
    });
    void vscode.window.showInformationMessage(`Parallax: ${lintSummary(result)}; see the Problems panel.`);
}

/** Starts the server, or explains why it cannot; returns it once it runs. */
async function startServer(output: vscode.LogOutputChannel, status: StatusBar): Promise<Server | undefined> {
    const config = vscode.workspace.getConfiguration(SETTINGS_SECTION);
    const configured = config.get<string>('path', 'parallax');
    const workspaceFolder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    const binary = await findExecutable(configured, workspaceFolder);
    if (binary === undefined) {
        status.setState('missing');
        output.error(`cannot find the parallax binary "${configured}" (setting parallax.path)`);
        void vscode.window
            .showErrorMessage(
                `Parallax: cannot find the parallax binary "${configured}". ` +
                    'Install it, or set parallax.path to its full path.',
                'Open Settings',
            )
            .then((choice) => {
                if (choice !== undefined) {
                    void vscode.commands.executeCommand('workbench.action.openSettings', 'parallax.path');
                }
            });
        return undefined;
    }

    const serverOptions: ServerOptions = {
        command: binary,
        args: SERVER_ARGS,
        transport: TransportKind.stdio,
        options: workspaceFolder === undefined ? {} : { cwd: workspaceFolder },
    };
    const watchers = configurationWatchers(config);
    const clientOptions: LanguageClientOptions = {
        documentSelector: DOCUMENT_SELECTOR,
        outputChannel: output,
        initializationOptions: () => toServerSettings(vscode.workspace.getConfiguration(SETTINGS_SECTION)),
        synchronize: { fileEvents: watchers },
        middleware: {
            workspace: {
                // Answer workspace/configuration for "parallax" in the schema the server validates.
                configuration: async (params, token, next) => {
                    const answers = await next(params, token);
                    return Array.isArray(answers) ? shapeConfigurationAnswers(params.items, answers) : answers;
                },
            },
        },
    };

    const created = new LanguageClient('parallax', 'Parallax', serverOptions, clientOptions);
    created.onDidChangeState(({ newState }) => {
        status.setState(newState === State.Running ? 'running' : newState === State.Starting ? 'starting' : 'stopped');
    });
    status.setState('starting');
    try {
        await created.start();
    } catch (error) {
        watchers.forEach((watcher) => watcher.dispose());
        await created.dispose().catch(() => undefined);
        status.setState('stopped');
        output.error(`the server did not start: ${error instanceof Error ? error.message : String(error)}`);
        void vscode.window
            .showErrorMessage(`Parallax: the server at ${binary} did not start.`, 'Show Output')
            .then((choice) => {
                if (choice !== undefined) {
                    output.show();
                }
            });
        return undefined;
    }
    return { client: created, watchers };
}

/** Watches every .parallax.json and the rule packs the settings name (the server re-reads them). */
function configurationWatchers(config: vscode.WorkspaceConfiguration): vscode.FileSystemWatcher[] {
    const watchers = [vscode.workspace.createFileSystemWatcher('**/.parallax.json')];
    for (const pack of config.get<unknown[]>('rulepacks', [])) {
        if (typeof pack !== 'string' || pack === '') {
            continue;
        }
        const folder = vscode.workspace.workspaceFolders?.[0];
        const pattern = path.isAbsolute(pack)
            ? new vscode.RelativePattern(vscode.Uri.file(path.dirname(pack)), path.basename(pack))
            : folder !== undefined
              ? new vscode.RelativePattern(folder, pack)
              : undefined;
        if (pattern !== undefined) {
            watchers.push(vscode.workspace.createFileSystemWatcher(pattern));
        }
    }
    return watchers;
}
