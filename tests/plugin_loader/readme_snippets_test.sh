#!/usr/bin/env bash
# The C in the README's "Writing a plugin" section compiles, and the build command it and
# plugins/examples/README.md give makes a plugin that exports the entry point and nothing else.
# Usage: readme_snippets_test.sh SOURCE_DIR C_COMPILER
set -euo pipefail
source_dir=$1
cc=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The first ```c block after "## Writing a plugin".
awk '/^## Writing a plugin/ {section = 1}
     section && /^```c$/ {inside = 1; next}
     inside && /^```$/ {exit}
     inside {print}' "$source_dir/README.md" >"$work/snippet.body"
test -s "$work/snippet.body" || { echo "no C snippet in README's 'Writing a plugin'"; exit 1; }
{
    echo '#include "parallax/plugin.h"'
    cat "$work/snippet.body"
} >"$work/snippet.c"
"$cc" -std=c99 -Wall -Wextra -Wpedantic -Werror -Wno-unused-parameter -Wno-unused-function \
    -fsyntax-only -I "$source_dir/plugins/sdk/include" "$work/snippet.c"

# The out-of-tree build command of the READMEs.
"$cc" -std=c99 -O2 -shared -fPIC -fvisibility=hidden -I "$source_dir/plugins/sdk/include" \
    "$source_dir/plugins/examples/long_sentence.c" -o "$work/long_sentence.so"
exported=$(nm -D --defined-only "$work/long_sentence.so" | awk '$2 == "T" {print $3}')
if [ "$exported" != "parallax_plugin_entry" ]; then
    echo "expected only parallax_plugin_entry to be exported, got: $exported"
    exit 1
fi
echo "README snippets compile; the example exports parallax_plugin_entry only"
