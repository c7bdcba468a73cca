// The perspective map of a draft, as the server computes it (workspace/executeCommand
// `parallax.perspectiveMap`), shown as a read-only Markdown document in the Markdown preview.
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import { perspectiveMapMarkdown, SERVER_COMMANDS } from './serverContract';

const SCHEME = 'parallax-map';

/** Serves `parallax-map:` documents: the last map rendered for each draft. */
export class PerspectiveMapView implements vscode.TextDocumentContentProvider, vscode.Disposable {
    private readonly maps = new Map<string, string>();
    private readonly changed = new vscode.EventEmitter<vscode.Uri>();
    readonly onDidChange = this.changed.event;
    private readonly registration = vscode.workspace.registerTextDocumentContentProvider(SCHEME, this);

    provideTextDocumentContent(uri: vscode.Uri): string {
        return this.maps.get(uri.toString()) ?? '';
    }

    dispose(): void {
        this.registration.dispose();
        this.changed.dispose();
    }

    /** Asks the server for the map of `draft` and shows it beside the draft. */
    async show(client: LanguageClient, draft: vscode.TextDocument): Promise<void> {
        const result: unknown = await client.sendRequest(ExecuteCommandRequest.type, {
            command: SERVER_COMMANDS.perspectiveMap,
            arguments: [draft.uri.toString()],
        });
        const name = draft.uri.path.split('/').pop() ?? draft.uri.path;
        const uri = vscode.Uri.from({ scheme: SCHEME, path: `/${name}.md`, query: draft.uri.toString() });
        this.maps.set(uri.toString(), perspectiveMapMarkdown(result, `Perspective map: ${name}`));
        this.changed.fire(uri);
        try {
            await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
        } catch {
            // The built-in Markdown extension is disabled: show the Markdown source instead.
            const document = await vscode.workspace.openTextDocument(uri);
            await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: true });
        }
    }
}
