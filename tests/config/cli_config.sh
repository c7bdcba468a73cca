#!/usr/bin/env bash
# Configuration on the command line: a config error exits 2 and names file:line:column and key,
# with no findings printed; a valid config changes what is reported; `rules` shows the state.
set -u
parallax=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/xdg" # no user config file but the ones written here
failures=0

fail() {
    echo "FAIL: $*"
    sed 's/^/  stdout: /' "$work/out" | head -8
    sed 's/^/  stderr: /' "$work/err" | head -8
    failures=$((failures + 1))
}

# run DIR WANT_STATUS ARGS...: runs parallax in DIR
run() {
    local dir=$1 want=$2
    shift 2
    (cd "$dir" && "$parallax" "$@") >"$work/out" 2>"$work/err" </dev/null
    local got=$?
    [[ $got -eq $want ]] || fail "'parallax $*' in $dir exited $got, expected $want"
}

expect_err() { grep -qF -- "$1" "$work/err" || fail "stderr lacks: $1"; }
expect_out() { grep -qF -- "$1" "$work/out" || fail "stdout lacks: $1"; }

# A bad rule id: exit 2, file:line:column: error: key: message, and no findings on stdout.
mkdir -p "$work/bad"
printf 'Critics say the plan will fail.\n' >"$work/bad/weasel.md"
printf '{\n  "root": true,\n  "rules": {\n    "claims/nope": "off"\n  }\n}\n' >"$work/bad/.parallax.json"
run "$work/bad" 2 check weasel.md
expect_err '.parallax.json:4:5: error: rules.claims/nope: unknown rule or plugin "claims/nope"'
[[ -s "$work/out" ]] && fail "findings printed despite a configuration error"
run "$work/bad" 2 check --format json weasel.md
[[ -s "$work/out" ]] && fail "JSON printed despite a configuration error"
run "$work/bad" 2 report weasel.md -o "$work/report.html"
[[ -e "$work/report.html" ]] && fail "report written despite a configuration error"
run "$work/bad" 2 rules
expect_err '.parallax.json:4:5: error: rules.claims/nope'

# A valid config turns a rule off; `rules` says so and where.
mkdir -p "$work/good/drafts"
printf 'Critics say the plan will fail.\n' >"$work/good/drafts/weasel.md"
printf '{"root": true, // JSONC\n "rules": {"claims/weasel-attribution": "off",}}\n' >"$work/good/.parallax.json"
run "$work/good" 0 check drafts/weasel.md
run "$work/good/drafts" 0 check weasel.md
run "$work/good" 0 rules
grep -E '^claims/weasel-attribution +warning +off \(\.parallax\.json\) ' "$work/out" >/dev/null ||
    fail "rules does not show the rule off: $(grep weasel "$work/out")"
grep -E '^claims/sweeping-generalization +warning +on ' "$work/out" >/dev/null ||
    fail "rules does not show an untouched rule on"

# --config replaces discovery.
printf '{"rules": {"claims": "error"}}\n' >"$work/strict.json"
run "$work/good" 1 check --config "$work/strict.json" drafts/weasel.md
expect_out 'error: '

# Front matter turns it off for one draft.
mkdir -p "$work/front"
printf '{"root": true}\n' >"$work/front/.parallax.json"
printf -- '---\nparallax:\n  rules: {claims/weasel-attribution: off}\n---\nCritics say the plan will fail.\n' >"$work/front/a.md"
run "$work/front" 0 check a.md
printf -- '---\nparallax:\n  colour: red\n---\nCritics say the plan will fail.\n' >"$work/front/b.md"
run "$work/front" 2 check b.md
expect_err 'b.md:3:3: error: parallax.colour: unknown setting "colour"'

# A workspace naming a shared object is refused, with the way out.
mkdir -p "$work/evil"
printf 'Text.\n' >"$work/evil/a.md"
printf '{"root": true, "plugins": ["./libevil.so"]}\n' >"$work/evil/.parallax.json"
run "$work/evil" 2 check a.md
expect_err '.parallax.json:1:28: error: plugins[0]: "./libevil.so" names a shared-object plugin; workspace configuration cannot load code'
expect_err 'or pass --plugin'

# --plugin is the user's own choice: handed to the loader, which reports the missing file.
run "$work/front" 2 check --plugin "$work/nothere.so" a.md
expect_err "$work/nothere.so: error: --plugin: "

# A rule pack named by the configuration: its rules are listed and explained.
mkdir -p "$work/pack"
printf '{"root": true, "rulepacks": ["geopolitical-naming"]}\n' >"$work/pack/.parallax.json"
run "$work/pack" 0 rules
expect_out 'geopolitical-naming/kyiv'
run "$work/pack" 0 explain geopolitical-naming/kyiv
expect_out 'Why: '
run "$work/good" 2 explain geopolitical-naming/kyiv
# ... and its findings carry their rule in SARIF and the HTML report.
printf 'Talks resumed in Kiev on Monday.\n' >"$work/pack/kyiv.md"
run "$work/pack" 1 check --format sarif kyiv.md
python3 - "$work/out" <<'PY' || fail "SARIF lacks the pack rule's metadata"
import json, sys
run = json.load(open(sys.argv[1]))["runs"][0]
rules = run["tool"]["driver"]["rules"]
hits = [r for r in run["results"] if r["ruleId"] == "geopolitical-naming/kyiv"]
assert hits and rules[hits[0]["ruleIndex"]]["id"] == "geopolitical-naming/kyiv"
PY
run "$work/pack" 0 report kyiv.md -o "$work/pack.html"
grep -qF 'romanises the city' "$work/pack.html" || fail "report lacks the pack rule's rationale"
run "$work/pack" 0 check --select geopolitical-naming --fail-on none kyiv.md

# The README's examples: its .parallax.json and its front matter are valid as written.
readme=$2
mkdir -p "$work/readme"
awk '/^\/\/ \.parallax\.json$/ {on = 1; next} on && /^```$/ {exit} on' "$readme" >"$work/readme/.parallax.json"
grep -q '"overrides"' "$work/readme/.parallax.json" || fail "README .parallax.json example not found"
awk '/^```markdown$/ {on = 1; next} on && /^```$/ {exit} on' "$readme" >"$work/readme/draft.md"
grep -q 'parallax:' "$work/readme/draft.md" || fail "README front matter example not found"
printf 'The Quad met in Manila.\n' >>"$work/readme/draft.md"
run "$work/readme" 0 rules
run "$work/readme" 0 check --fail-on none draft.md

# The example shared-object plugin, from --plugin and from the user config file.
plugin=$(cd "$(dirname "$3")" && pwd)/$(basename "$3")
mkdir -p "$work/so"
printf '{"root": true, "options": {"example": {"max_words": 5}}}\n' >"$work/so/.parallax.json"
printf 'The ministry published its long awaited budget on a rainy Tuesday.\n' >"$work/so/a.md"
run "$work/so" 2 check a.md
expect_err 'options.example: unknown plugin "example"'
run "$work/so" 0 check --fail-on error --plugin "$plugin" a.md
expect_out '[example/long-sentence]'
run "$work/so" 0 rules --plugin "$plugin"
expect_out 'example/long-sentence'
run "$work/so" 0 explain --plugin "$plugin" example/long-sentence
mkdir -p "$XDG_CONFIG_HOME/parallax"
printf '{"plugins": ["%s"]}\n' "$plugin" >"$XDG_CONFIG_HOME/parallax/config.json"
run "$work/so" 0 check --fail-on error a.md
expect_out '[example/long-sentence]'
rm "$XDG_CONFIG_HOME/parallax/config.json"

if ((failures > 0)); then
    echo "$failures failure(s)"
    exit 1
fi
echo "all configuration CLI checks passed"
