#!/usr/bin/env bash
# `parallax report` rendered by headless Chromium (Debian's `chromium`): the page as the browser
# builds it has one highlight and one explanation per finding, the untrusted draft stays text,
# and a screenshot comes out as a non-empty PNG. Set PARALLAX_REPORT_KEEP=DIR to keep the page
# and the screenshot.
set -u
parallax=$1
examples=$2
chromium=$3
sample=$4 # format_sample: hand-made findings with a perspective map
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

cat >"$work/hostile.md" <<'MD'
# A draft with markup in it

Critics say <script>document.title = "pwned"</script> the plan will fail.

Some analysts believe <img src=x onerror="document.title='pwned'"> & more.

The ministry published its budget on Tuesday.
MD
printf 'The ministry published its budget on Tuesday.\n' >"$work/clean.md"
drafts=("$examples/nato-pacific-draft.md" "$work/hostile.md" "$work/clean.md")

findings=$("$parallax" check --format json --fail-on none "${drafts[@]}" |
    python3 -c 'import json,sys; print(sum(len(f["diagnostics"]) for f in json.load(sys.stdin)["files"]))')
[[ $findings -ge 5 ]] || fail "expected at least 5 findings, got $findings"

"$parallax" report "${drafts[@]}" -o "$work/report.html" 2>"$work/err" || fail "report: $(cat "$work/err")"

browse() {
    local page=$1
    shift
    timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --disable-dev-shm-usage --host-resolver-rules="MAP * ~NOTFOUND" \
        --user-data-dir="$(mktemp -d -p "$work")" --window-size=1280,1800 "$@" \
        "file://$work/$page" 2>>"$work/chromium.log"
}
browse report.html --dump-dom >"$work/dom.html" ||
    fail "chromium --dump-dom failed: $(tail -3 "$work/chromium.log")"
browse report.html --screenshot="$work/report.png" >/dev/null || fail "chromium --screenshot failed"

# The perspective map as a chart, from a sample with one (the built-in plugins may not map one).
"$sample" html >"$work/sample.html"
browse sample.html --dump-dom >"$work/sample-dom.html" || fail "chromium --dump-dom (sample)"
browse sample.html --screenshot="$work/sample.png" >/dev/null || fail "chromium --screenshot (sample)"
python3 - "$work/sample-dom.html" <<'PY' || fail "perspective chart"
import sys
dom = open(sys.argv[1], encoding="utf-8").read()
checks = {
    "chart": '<svg class="chart"' in dom,
    "8 country tiles": dom.count('<g class="tile ') == 8,
    "2 voiced": dom.count('<g class="tile voiced"') == 2,
    "caption": "2 of 8 countries voiced" in dom,
    "regions": "Melanesia" in dom,
    "unreadable draft shown": "Could not check this draft" in dom,
}
for name, ok in checks.items():
    if not ok:
        print("  missing: " + name)
sys.exit(0 if all(checks.values()) else 1)
PY

python3 - "$work/dom.html" "$findings" <<'PY' || fail "page content"
import re, sys
dom = open(sys.argv[1], encoding="utf-8").read()
findings = int(sys.argv[2])
problems = []
markers = len(re.findall(r'<a class="marker ', dom))
explained = len(re.findall(r'<li class="finding ', dom))
if markers != findings:
    problems.append(f"{markers} highlights for {findings} findings")
if explained != findings:
    problems.append(f"{explained} explanations for {findings} findings")
if "<script" in dom or "<img" in dom:
    problems.append("markup from the draft became elements")
if "pwned" in re.search(r"<title>(.*?)</title>", dom, re.S).group(1):
    problems.append("the draft's script ran")
if "&lt;script&gt;" not in dom:
    problems.append("the draft's markup is not shown as text")
if dom.count('<section class="draft"') != 3:
    problems.append("not one section per draft")
if "Perspective map" not in dom or not ("<svg" in dom or "empty-state" in dom):
    problems.append("no perspective map")
if "Why it matters" not in dom:
    problems.append("no rationale")
for p in problems:
    print("  " + p)
sys.exit(1 if problems else 0)
PY

# PNGs of some substance: signature, and more than a blank page's bytes.
for png in report.png sample.png; do
    if [[ ! -s "$work/$png" ]]; then
        fail "no screenshot $png"
        continue
    fi
    [[ "$(head -c 8 "$work/$png" | od -An -tx1 | tr -d ' \n')" == "89504e470d0a1a0a" ]] ||
        fail "$png is not a PNG"
    size=$(stat -c %s "$work/$png")
    [[ $size -gt 20000 ]] || fail "$png is only $size bytes"
done
if [[ -n "${PARALLAX_REPORT_KEEP:-}" ]]; then
    mkdir -p "$PARALLAX_REPORT_KEEP"
    cp "$work"/*.html "$work"/*.png "$PARALLAX_REPORT_KEEP/"
fi

if [[ $failures -gt 0 ]]; then
    echo "$failures report check(s) failed"
    exit 1
fi
echo "report renders in Chromium: $findings findings highlighted and explained"
