// Loads the entry point of an unpacked .vsix with nothing but what the package holds, as VS
// Code's extension host would (with `vscode` stubbed: only VS Code provides it), and checks that
// it exports activate and deactivate. Catches a dependency missing from the package or a module
// format the host cannot load.
//   node load_packaged_extension.cjs UNPACKED/extension/out/extension.js
const Module = require('node:module');

// Any property is a class, so `class X extends vscode.Y` at load time works; __esModule makes
// TypeScript's import helpers use the stub as it is.
const vscodeStub = new Proxy({}, { get: (_, name) => (name === '__esModule' ? true : class {}) });
const load = Module._load;
Module._load = function (request, ...rest) {
    return request === 'vscode' ? vscodeStub : load.call(this, request, ...rest);
};

const extension = require(process.argv[2]);
for (const name of ['activate', 'deactivate']) {
    if (typeof extension[name] !== 'function') {
        console.error(`FAIL: the packaged extension exports no ${name}()`);
        process.exit(1);
    }
}
