// Loads modules the way the VS Code extension sees them: the npm packages from
// editors/vscode/node_modules (installed by `scripts/install-deps.sh --test`) and the extension's
// own compiled code from editors/vscode/out (the vscode.compile test writes it).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const vscodeDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../editors/vscode');

if (!existsSync(path.join(vscodeDir, 'node_modules'))) {
    console.error(`${vscodeDir}/node_modules is missing: run scripts/install-deps.sh --test (npm ci)`);
    process.exit(1);
}

const requireFromExtension = createRequire(path.join(vscodeDir, 'package.json'));

/** vscode-languageserver-protocol's Node entry point (connection, message types). */
export const lsp = requireFromExtension('vscode-languageserver-protocol/node');

/** The extension's VS Code-free module: settings shaping, document selector, server commands. */
export const contract = requireFromExtension('./out/serverContract.js');

/** The extension's lookup of the parallax binary. */
export const binary = requireFromExtension('./out/binary.js');
