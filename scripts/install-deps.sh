#!/usr/bin/env bash
# Installs what Parallax needs to build and test on Debian 12: only what is missing.
#   scripts/install-deps.sh          build dependencies
#   scripts/install-deps.sh --test   plus what the test suite drives (Neovim; Chromium for the
#                                    HTML report, jsonschema for SARIF, git for --diff-base)
set -euo pipefail

packages=(build-essential cmake pkg-config nlohmann-json3-dev libboost-dev libtree-sitter-dev
          libfmt-dev libgtest-dev libicu-dev libre2-dev libstemmer-dev libcli11-dev)
if [[ "${1:-}" == "--test" ]]; then
    packages+=(neovim clang-format)
    packages+=(chromium python3-jsonschema git)
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
if ((${#missing[@]} == 0)); then
    exit 0
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
    sudo=(sudo)
fi
echo "Installing: ${missing[*]}"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}"
