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

# --fail-on at each level: the weasel finding is a warning.
expect 0 "$parallax" check --fail-on error "$work/weasel.md"
expect 1 "$parallax" check --fail-on warning "$work/weasel.md"
expect 1 "$parallax" check --fail-on info "$work/weasel.md"
expect 1 "$parallax" check --fail-on information "$work/weasel.md"
expect 1 "$parallax" check --fail-on hint "$work/weasel.md"
expect 0 "$parallax" check --fail-on none "$work/weasel.md"
expect 2 "$parallax" check --fail-on sometimes "$work/weasel.md"
for level in error warning info none; do
    expect 0 "$parallax" check --fail-on "$level" "$work/clean.md"
done
# Every format keeps the exit statuses.
for format in text json sarif github junit codequality; do
    expect 0 "$parallax" check --format "$format" "$work/clean.md"
    expect 1 "$parallax" check --format "$format" "$work/weasel.md"
    expect 2 "$parallax" check --format "$format" "$work/missing.md"
done
# --select / --ignore: rule ids or plugin ids; unknown ones are usage errors.
expect 1 "$parallax" check --select claims "$work/weasel.md"
expect 1 "$parallax" check --select claims/weasel-attribution "$work/weasel.md"
expect 0 "$parallax" check --ignore claims "$work/weasel.md"
expect 0 "$parallax" check --ignore claims/weasel-attribution "$work/weasel.md"
expect 0 "$parallax" check --select claims --ignore claims/weasel-attribution "$work/weasel.md"
expect 2 "$parallax" check --select claims/no-such-rule "$work/weasel.md"
expect 2 "$parallax" check --ignore nosuchplugin,claims "$work/clean.md"
expect 1 "$parallax" check --jobs 3 "$work/clean.md" "$work/weasel.md"
expect 2 "$parallax" check --jobs 0 "$work/clean.md"
expect 0 "$parallax" report "$work/weasel.md" -o "$work/report.html"
expect 2 "$parallax" report "$work/missing.md" -o "$work/report.html"
expect 2 "$parallax" report "$work/weasel.md" -o "$work/no/such/folder/report.html"

# Unknown rules are named in the message.
"$parallax" check --select claims/nope,claims,bogus "$work/clean.md" >"$work/out" 2>"$work/err"
grep -q "'claims/nope', 'bogus'" "$work/err" || { echo "FAIL: unknown rules not named: $(cat "$work/err")"; failures=$((failures + 1)); }

# --stdin-filename names standard input in the output and decides its format.
"$parallax" check --stdin-filename drafts/piped.md --format github <"$work/weasel.md" >"$work/out"
grep -q '^::warning file=drafts/piped.md,line=1,col=1,' "$work/out" || { echo "FAIL: --stdin-filename: $(cat "$work/out")"; failures=$((failures + 1)); }
"$parallax" check - --stdin-filename notes.txt --format json <"$work/weasel.md" >"$work/out"
grep -q '"path":"notes.txt"' "$work/out" || { echo "FAIL: --stdin-filename with -: $(cat "$work/out")"; failures=$((failures + 1)); }

# An unreadable file is reported, and the readable one beside it still checked.
"$parallax" check --format json "$work/weasel.md" "$work/missing.md" >"$work/out" 2>"$work/err"
grep -q 'claims/weasel-attribution' "$work/out" || { echo "FAIL: findings lost beside a missing file"; failures=$((failures + 1)); }
grep -q 'missing.md' "$work/err" || { echo "FAIL: missing file not named on stderr"; failures=$((failures + 1)); }

# Colour: forced with --color always, never when piped (auto) or when NO_COLOR is set.
esc=$'\x1b['
"$parallax" check --color always "$work/weasel.md" >"$work/out"
grep -qF "$esc" "$work/out" || { echo "FAIL: --color always gave no colour"; failures=$((failures + 1)); }
"$parallax" check "$work/weasel.md" >"$work/out"
grep -qF "$esc" "$work/out" && { echo "FAIL: colour in piped output"; failures=$((failures + 1)); }
NO_COLOR=1 "$parallax" check --color auto "$work/weasel.md" >"$work/out"
grep -qF "$esc" "$work/out" && { echo "FAIL: colour despite NO_COLOR"; failures=$((failures + 1)); }

if [[ $failures -gt 0 ]]; then
    echo "$failures exit-status check(s) failed"
    exit 1
fi
echo "all exit-status checks passed"
