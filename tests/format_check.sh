#!/usr/bin/env bash
# Every C++ source follows .clang-format (run `make format` to fix).
set -euo pipefail
cd "$1"
find protocol server plugins tests \( -name '*.cpp' -o -name '*.h' \) -print0 |
    xargs -0 clang-format --dry-run --Werror
echo "all sources formatted"
