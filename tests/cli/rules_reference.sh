#!/usr/bin/env bash
# docs/rules.md, the page SARIF helpUris (--docs-url) point at, is what `parallax rules --format
# markdown` prints now: a rule added or reworded without regenerating the page fails here.
#   rules_reference.sh PARALLAX DOCS/rules.md
set -euo pipefail
parallax=$1
page=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# An empty folder marked root: no .parallax.json of the checkout adds rule packs or plugins.
printf '{"root": true}\n' >"$work/.parallax.json"
(cd "$work" && "$parallax" rules --format markdown) >"$work/rules.md"
if ! diff -u "$page" "$work/rules.md"; then
    echo "FAIL: $page is stale; regenerate it: (cd /tmp && parallax rules --format markdown) > docs/rules.md"
    exit 1
fi
# Every rule has its anchor, so that rules.md#<rule id> lands on it.
"$parallax" rules | cut -d' ' -f1 | while read -r id; do
    grep -qF "<a id=\"$id\"></a>" "$page" || { echo "FAIL: no anchor for $id"; exit 1; }
done
echo "docs/rules.md is current"
