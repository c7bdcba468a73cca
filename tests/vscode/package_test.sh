#!/usr/bin/env bash
# Packages the VS Code extension into a .vsix with the pinned @vscode/vsce, offline, and checks
# what went in: the manifest, the compiled code, the runtime dependencies; not the sources nor
# the development tools. The extension must have been compiled (the vscode.compile test).
#   package_test.sh NODE EDITORS_VSCODE_DIR OUTPUT.vsix
set -euo pipefail

node=$1
extension=$2
vsix=$3

vsce="$extension/node_modules/@vscode/vsce/vsce"
if [[ ! -f $vsce ]]; then
    echo "$vsce is missing: run scripts/install-deps.sh --test (npm ci)" >&2
    exit 1
fi

rm -f "$vsix"
# No LICENSE file nor repository field yet: say so instead of being prompted.
(cd "$extension" && "$node" "$vsce" package --skip-license --allow-missing-repository \
    --out "$vsix" </dev/null)
[[ -s $vsix ]] || { echo "FAIL: vsce wrote no $vsix" >&2; exit 1; }

entries=$(unzip -Z1 "$vsix")
failures=0
expect() { # expect present|absent ENTRY
    if grep -qxF -- "$2" <<<"$entries"; then found=present; else found=absent; fi
    if [[ $found != "$1" ]]; then
        echo "FAIL: $2 is $found in the .vsix, expected $1" >&2
        failures=$((failures + 1))
    fi
}
expect present extension.vsixmanifest
expect present extension/package.json
expect present extension/readme.md
expect present extension/out/extension.js
expect present extension/out/serverContract.js
expect present extension/node_modules/vscode-languageclient/package.json
expect present extension/node_modules/vscode-languageclient/lib/node/main.js
expect absent extension/src/extension.ts
expect absent extension/tsconfig.json
expect absent extension/node_modules/typescript/package.json
expect absent extension/node_modules/@vscode/vsce/package.json

# The manifest inside the package: entry point, activation, and the settings that can run code
# (the binary, shared-object plugins) kept out of untrusted workspaces' hands.
unzip -p "$vsix" extension/package.json | "$node" -e '
const manifest = JSON.parse(require("node:fs").readFileSync(0, "utf8"));
const props = manifest.contributes.configuration.properties;
const problems = [];
const expect = (ok, what) => { if (!ok) problems.push(what); };
expect(manifest.main === "./out/extension.js", "main is " + manifest.main);
for (const event of ["onLanguage:markdown", "onLanguage:plaintext"])
    expect(manifest.activationEvents.includes(event), "no activation event " + event);
expect(props["parallax.plugins"]?.scope === "machine", "parallax.plugins is not machine-scoped");
for (const key of ["path", "rules", "options", "rulepacks", "plugins", "trace.server"])
    expect(props["parallax." + key] !== undefined, "no setting parallax." + key);
const restricted = manifest.capabilities?.untrustedWorkspaces?.restrictedConfigurations ?? [];
for (const key of ["parallax.path", "parallax.plugins"])
    expect(restricted.includes(key), key + " is not restricted in untrusted workspaces");
const commands = manifest.contributes.commands.map((c) => c.command).sort().join(",");
expect(commands === "parallax.checkWorkspace,parallax.restartServer,parallax.showOutput,parallax.showPerspectiveMap",
       "commands are " + commands);
for (const p of problems) console.error("FAIL: " + p);
process.exit(problems.length === 0 ? 0 : 1);
' || failures=$((failures + 1))

# The packaged entry point loads from the package alone (NODE_PATH cleared, outside the tree).
unpacked=$(mktemp -d "${TMPDIR:-/tmp}/parallax-vsix.XXXXXX")
trap 'rm -rf "$unpacked"' EXIT
unzip -q "$vsix" -d "$unpacked"
NODE_PATH='' "$node" "$(dirname "${BASH_SOURCE[0]}")/load_packaged_extension.cjs" \
    "$unpacked/extension/out/extension.js" || failures=$((failures + 1))

if ((failures > 0)); then
    exit 1
fi
echo "packaged $(basename "$vsix"): $(wc -l <<<"$entries") entries"
