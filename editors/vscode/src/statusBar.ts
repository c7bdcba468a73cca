// The status-bar item: the server's state and the number of Parallax findings in the active
// draft. Clicking it shows the draft's perspective map (or, without a binary, the setting).
import * as vscode from 'vscode';
import { DRAFT_LANGUAGES } from './serverContract';

export type ServerState = 'starting' | 'running' | 'stopped' | 'missing';

const DIAGNOSTIC_SOURCE = 'parallax';

export class StatusBar implements vscode.Disposable {
    private readonly item = vscode.window.createStatusBarItem('parallax.status', vscode.StatusBarAlignment.Right, 100);
    private readonly subscriptions: vscode.Disposable[];
    private state: ServerState = 'starting';

    constructor(private readonly command: string) {
        this.item.name = 'Parallax';
        this.subscriptions = [
            vscode.languages.onDidChangeDiagnostics(() => this.render()),
            vscode.window.onDidChangeActiveTextEditor(() => this.render()),
        ];
        this.render();
        this.item.show();
    }

    setState(state: ServerState): void {
        this.state = state;
        this.render();
    }

    dispose(): void {
        this.subscriptions.forEach((s) => s.dispose());
        this.item.dispose();
    }

    private render(): void {
        const findings = this.findingsInActiveDraft();
        this.item.command =
            this.state === 'missing'
                ? { title: 'Open Settings', command: 'workbench.action.openSettings', arguments: ['parallax.path'] }
                : this.command;
        switch (this.state) {
            case 'starting':
                this.item.text = '$(sync~spin) Parallax';
                this.item.tooltip = 'Parallax: starting the server';
                break;
            case 'stopped':
                this.item.text = '$(circle-slash) Parallax';
                this.item.tooltip = 'Parallax: the server is not running (see Parallax: Show Output)';
                break;
            case 'missing':
                this.item.text = '$(error) Parallax';
                this.item.tooltip = 'Parallax: the parallax binary was not found. Click to set parallax.path.';
                break;
            case 'running':
                this.item.text = findings === undefined ? '$(eye) Parallax' : `$(eye) Parallax: ${findings}`;
                this.item.tooltip =
                    findings === undefined
                        ? 'Parallax is running'
                        : `Parallax: ${findings} finding${findings === 1 ? '' : 's'} in this draft. ` +
                          'Click for its perspective map.';
                break;
        }
    }

    /** The count of Parallax diagnostics in the active editor, if it shows a draft. */
    private findingsInActiveDraft(): number | undefined {
        const document = vscode.window.activeTextEditor?.document;
        if (document === undefined || !(DRAFT_LANGUAGES as readonly string[]).includes(document.languageId)) {
            return undefined;
        }
        return vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === DIAGNOSTIC_SOURCE).length;
    }
}
