#!/usr/bin/env bash
# The whole path of a shared-object plugin through the real binary: --plugin -> configuration ->
# loader -> adapter -> engine -> output, and a load error as a usage error naming the file.
# Usage: cli_plugin_test.sh PARALLAX EXAMPLE_PLUGIN WRONG_ABI_PLUGIN
set -uo pipefail
parallax=$1
example=$2
wrong_abi=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

cat >draft.md <<'DRAFT'
# Sanctions

The sanctions, which were announced after months of talks that several capitals said had stalled over enforcement, will bite hardest in the border provinces, where trade with the neighbour accounts for most jobs and where officials concede that smuggling will rise.

The measures take effect in March.
DRAFT

out=$("$parallax" check --plugin "$example" --select example --fail-on information draft.md)
status=$?
[ "$status" -eq 1 ] || fail "check with the example plugin: exit $status, expected 1"
grep -q '^draft.md:3:1: information: This sentence runs to 41 words (the limit is 35)' <<<"$out" ||
    fail "check with the example plugin printed: $out"
[ "$(grep -c 'example/long-sentence' <<<"$out")" -eq 1 ] || fail "expected one finding: $out"

# Its options, set in the workspace configuration like any plugin's.
echo '{"options": {"example": {"max_words": 5}}}' >.parallax.json
out=$("$parallax" check --plugin "$example" --select example --format json draft.md)
[ "$(grep -o '"rule":"example/long-sentence"' <<<"$out" | wc -l)" -eq 2 ] ||
    fail "max_words 5 should flag both sentences: $out"
rm .parallax.json

out=$("$parallax" rules --plugin "$example")
grep -q '^example/long-sentence  *information' <<<"$out" || fail "rules does not list it: $out"

err=$("$parallax" check --plugin "$wrong_abi" draft.md 2>&1 >/dev/null)
status=$?
[ "$status" -eq 2 ] || fail "a plugin of another ABI: exit $status, expected 2"
grep -q 'plugin speaks ABI 99, this Parallax speaks 1' <<<"$err" || fail "ABI message: $err"

err=$("$parallax" check --plugin "$work/none.so" draft.md 2>&1 >/dev/null)
status=$?
[ "$status" -eq 2 ] || fail "a missing plugin: exit $status, expected 2"
grep -q "no plugin file at $work/none.so" <<<"$err" || fail "not-found message: $err"

[ "$failures" -eq 0 ] && echo "shared-object plugins work through the CLI"
exit "$failures"
