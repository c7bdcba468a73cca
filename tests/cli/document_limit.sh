#!/usr/bin/env bash
# --max-document-bytes: a draft over the limit is reported by name, like an unreadable file
# (exit status 2), and the drafts beside it are still checked; standard input too.
set -u
parallax=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

printf 'Critics say the plan will fail.\n' >"$work/weasel.md" # 32 bytes
printf 'The ministry published its budget on Tuesday.\n' >"$work/clean.md"

# Over the limit: exit 2, the file named with both sizes and the flag, the others checked.
"$parallax" check --format json --max-document-bytes 31 "$work/weasel.md" "$work/clean.md" \
    >"$work/out" 2>"$work/err"
status=$?
[[ $status -eq 2 ]] || fail "over the limit exited $status, expected 2"
grep -qF "weasel.md: not checked: 32 bytes exceeds the limit of 31 bytes (--max-document-bytes)" \
    "$work/err" || fail "no error naming the file and the limit: $(cat "$work/err")"
grep -q 'clean.md' "$work/out" || fail "the draft within the limit was not checked: $(cat "$work/out")"
grep -q 'claims/weasel-attribution' "$work/out" && fail "the draft over the limit was analysed"

# At the limit: checked as usual (exit 1 for its finding).
"$parallax" check --max-document-bytes 32 "$work/weasel.md" >/dev/null 2>&1
status=$?
[[ $status -eq 1 ]] || fail "at the limit exited $status, expected 1"

# Standard input is read no further than the limit.
"$parallax" check --max-document-bytes 16 - <"$work/weasel.md" >/dev/null 2>"$work/err"
status=$?
[[ $status -eq 2 ]] || fail "stdin over the limit exited $status, expected 2"
grep -qF "not checked: larger than the limit of 16 bytes (--max-document-bytes)" "$work/err" ||
    fail "stdin: $(cat "$work/err")"

# The default limit (4 MiB) applies without the flag; `report` honours the flag too.
head -c $((4 * 1024 * 1024 + 1)) /dev/zero | tr '\0' 'a' >"$work/huge.txt"
"$parallax" check "$work/huge.txt" >/dev/null 2>"$work/err"
status=$?
[[ $status -eq 2 ]] || fail "a 4 MiB + 1 byte draft exited $status, expected 2"
grep -qF "huge.txt: not checked: 4194305 bytes exceeds the limit of 4194304 bytes" "$work/err" ||
    fail "default limit: $(cat "$work/err")"
"$parallax" report --max-document-bytes 31 "$work/weasel.md" -o "$work/report.html" 2>"$work/err"
status=$?
[[ $status -eq 2 ]] || fail "report over the limit exited $status, expected 2"

# A limit that is not a positive number of bytes is a usage error.
for bad in 0 -1 lots 2000000000; do
    "$parallax" check --max-document-bytes "$bad" "$work/clean.md" >/dev/null 2>&1
    status=$?
    [[ $status -eq 2 ]] || fail "--max-document-bytes $bad exited $status, expected 2"
done

if [[ $failures -gt 0 ]]; then
    echo "$failures document-limit check(s) failed"
    exit 1
fi
echo "all document-limit checks passed"
