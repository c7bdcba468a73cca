#!/usr/bin/env bash
# `--diff-base REV` on a temporary git repository: only findings on lines changed since REV.
set -u
parallax=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}
# Findings as "LINE RULE", one per line, from the JSON output.
findings() {
    python3 -c '
import json, sys
for f in json.load(sys.stdin)["files"]:
    for d in f["diagnostics"]:
        print(d["range"]["start"]["line"] + 1, d["rule"])'
}

export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.org GIT_COMMITTER_NAME=t
export GIT_COMMITTER_EMAIL=t@example.org

# One rule only, so that other plugins' findings do not change the counts below.
check() {
    "$parallax" check --select claims/weasel-attribution "$@"
}

# Outside a repository: a clear usage error.
mkdir "$work/plain"
printf 'Critics say the plan will fail.\n' >"$work/plain/a.md"
(cd "$work/plain" && check --diff-base HEAD a.md >out 2>err)
status=$?
[[ $status -eq 2 ]] || fail "outside a repository: exit $status, expected 2"
grep -q 'needs a git repository' "$work/plain/err" || fail "outside a repository: $(cat "$work/plain/err")"

repo="$work/repo"
mkdir -p "$repo/drafts"
cd "$repo" || exit 1
git init -q .
cat >drafts/old.md <<'MD'
# An old draft

Critics say the first plan will fail.

The ministry published its budget on Tuesday.

Some analysts believe the second plan will fail.
MD
git add drafts/old.md
git commit -qm base

# Unknown revision: a usage error naming it.
check --diff-base no-such-rev drafts/old.md >out 2>err
status=$?
[[ $status -eq 2 ]] || fail "unknown revision: exit $status, expected 2"
grep -q "no-such-rev" err || fail "unknown revision not named: $(cat err)"

# Nothing changed: the old findings are not reported.
check --diff-base HEAD --format json drafts/old.md >out 2>err
status=$?
[[ $status -eq 0 ]] || fail "unchanged file: exit $status, expected 0 ($(cat err))"
[[ -z "$(findings <out)" ]] || fail "unchanged file reported: $(findings <out)"

# Line 5 rewritten with a finding, one appended: only those two are reported.
sed -i 's/^The ministry published.*/Observers note that the budget is late./' drafts/old.md
printf '\nMany within the region are worried.\n' >>drafts/old.md
check --diff-base HEAD --format json drafts/old.md >out 2>err
status=$?
[[ $status -eq 1 ]] || fail "changed file: exit $status, expected 1 ($(cat err))"
got=$(findings <out | cut -d' ' -f1 | sort -n | uniq | tr '\n' ' ')
[[ "$got" == "5 9 " ]] || fail "changed lines: findings on lines '$got', expected '5 9 '"
# Without --diff-base, all four are there.
all=$(check --format json drafts/old.md | findings | cut -d' ' -f1 | sort -n | uniq | tr '\n' ' ')
[[ "$all" == "3 5 7 9 " ]] || fail "without --diff-base: lines '$all', expected '3 5 7 9 '"

# From another folder, and as part of a folder walk.
(cd drafts && check --diff-base HEAD --format json old.md >../out2 2>/dev/null)
[[ "$(findings <out2 | cut -d' ' -f1 | sort -nu | tr '\n' ' ')" == "5 9 " ]] || fail "from a subfolder"

# A file git does not track yet is new: every line counts as changed.
printf 'Critics say the third plan will fail.\n' >drafts/new.md
check --diff-base HEAD --format json drafts >out 2>err
status=$?
[[ $status -eq 1 ]] || fail "folder walk: exit $status ($(cat err))"
python3 -c '
import json, sys
files = {f["path"]: len(f["diagnostics"]) for f in json.load(open(sys.argv[1]))["files"]}
assert files == {"drafts/new.md": 1, "drafts/old.md": 2}, files' out || fail "folder walk counts"

# Committed changes: HEAD~1 as the base sees the committed edit; HEAD does not.
git add -A && git commit -qm edit
[[ -z "$(check --diff-base HEAD --format json drafts | findings)" ]] || fail "after commit, HEAD base"
n=$(check --diff-base HEAD~1 --format json drafts | findings | wc -l)
[[ $n -eq 3 ]] || fail "HEAD~1 base: $n findings, expected 3"

if [[ $failures -gt 0 ]]; then
    echo "$failures --diff-base check(s) failed"
    exit 1
fi
echo "all --diff-base checks passed"
