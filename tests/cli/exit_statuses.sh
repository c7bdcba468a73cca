#!/usr/bin/env bash
# The exit statuses CI relies on, from the real binary: 0 clean, 1 findings, 2 usage or I/O.
set -u
parallax=$1
examples=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

expect() {
    local want=$1
    shift
    "$@" >"$work/out" 2>"$work/err" </dev/null
    local got=$?
    if [[ $got -ne $want ]]; then
        echo "FAIL: '$*' exited $got, expected $want"
        sed 's/^/  stdout: /' "$work/out" | head -5
        sed 's/^/  stderr: /' "$work/err" | head -5
        failures=$((failures + 1))
    fi
}

printf 'The ministry published its budget on Tuesday.\n' >"$work/clean.md"
printf 'Critics say the plan will fail.\n' >"$work/weasel.md"
printf 'Bad byte: \xff here.\n' >"$work/latin1.txt"

expect 0 "$parallax" --version
expect 0 "$parallax" rules
expect 0 "$parallax" explain claims/weasel-attribution
expect 2 "$parallax" explain no/such-rule
expect 2 "$parallax" check --format yaml "$work/clean.md"
expect 2 "$parallax"
expect 0 "$parallax" check "$work/clean.md"
expect 1 "$parallax" check "$work/weasel.md"
expect 0 "$parallax" check --fail-on error "$work/weasel.md"
expect 0 "$parallax" check --fail-on none "$work/weasel.md"
expect 2 "$parallax" check "$work/missing.md"
expect 2 "$parallax" check "$work/clean.md" "$work/missing.md"
expect 2 "$parallax" check "$work/latin1.txt"
expect 1 "$parallax" check "$examples"

# An unreadable file is reported, and the readable one beside it still checked.
"$parallax" check --format json "$work/weasel.md" "$work/missing.md" >"$work/out" 2>"$work/err"
grep -q 'claims/weasel-attribution' "$work/out" || { echo "FAIL: findings lost beside a missing file"; failures=$((failures + 1)); }
grep -q 'missing.md' "$work/err" || { echo "FAIL: missing file not named on stderr"; failures=$((failures + 1)); }

if [[ $failures -gt 0 ]]; then
    echo "$failures exit-status check(s) failed"
    exit 1
fi
echo "all exit-status checks passed"
