#!/usr/bin/env bash
# Installs what Parallax needs to build and test on Debian 12: only what is missing.
#   scripts/install-deps.sh          build dependencies
#   scripts/install-deps.sh --test   plus what the test suite drives (Neovim; Chromium for the
#                                    HTML report, jsonschema for SARIF, git for --diff-base;
#                                    Emacs with eglot; the VS Code extension's npm packages,
#                                    with `npm ci`; clang 16 and libFuzzer for the fuzz targets)
#   scripts/install-deps.sh --bench  plus Google Benchmark, for `make bench`
set -euo pipefail

packages=(build-essential cmake pkg-config nlohmann-json3-dev libboost-dev libtree-sitter-dev
          libfmt-dev libgtest-dev libicu-dev libre2-dev libstemmer-dev libcli11-dev
          libyaml-cpp-dev libxxhash-dev robin-map-dev)
if [[ "${1:-}" == "--test" ]]; then
    packages+=(neovim clang-format)
    packages+=(chromium python3-jsonschema git)
    packages+=(unzip) # to look inside the VS Code extension's .vsix
    packages+=(emacs-nox elpa-eglot)
    # Fuzzing: Debian 12's default clang 14 cannot compile our C++20 with libstdc++ 12
    # (lambdas capturing structured bindings, ranges::subrange); clang 16 can.
    packages+=(clang-16 libclang-rt-16-dev ccache)
fi
if [[ "${1:-}" == "--bench" ]]; then
    packages+=(libbenchmark-dev python3 ccache)
fi
# The grammar comes from the npm registry; Debian's npm brings Node along when neither is there.
if ! command -v npm >/dev/null 2>&1; then
    packages+=(npm)
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if ((${#missing[@]} > 0)); then
    sudo=()
    if [[ $(id -u) -ne 0 ]]; then
        sudo=(sudo)
    fi
    echo "Installing: ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
        "${missing[@]}"
fi

# The VS Code extension's pinned npm packages (TypeScript, vscode-languageclient, @vscode/vsce),
# exactly as its package-lock.json says; the tests then build and package it offline. A copy of
# the lock file inside node_modules (which `npm ci` empties) says they are up to date.
if [[ "${1:-}" == "--test" ]]; then
    vscode_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/editors/vscode"
    stamp="$vscode_dir/node_modules/.parallax-package-lock.json"
    if ! cmp -s "$vscode_dir/package-lock.json" "$stamp"; then
        echo "Installing the VS Code extension's npm packages (npm ci)"
        (cd "$vscode_dir" && npm ci --ignore-scripts --no-audit --no-fund)
        cp "$vscode_dir/package-lock.json" "$stamp"
    fi
fi
