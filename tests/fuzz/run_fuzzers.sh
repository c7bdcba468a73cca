#!/usr/bin/env bash
# Runs each fuzz target of a PARALLAX_FUZZ build for a while, one after another, at low priority.
#   tests/fuzz/run_fuzzers.sh BUILD_DIR [SECONDS] [TARGET...]
# New corpus entries stay in BUILD_DIR/tests/fuzz/corpus/TARGET; a crash or hang is written to
# BUILD_DIR/tests/fuzz/artifacts/TARGET/. Keep each one as a regression input: copy it to
# tests/fuzz/regressions/TARGET/ (ctest replays that folder), then fix the bug.
set -uo pipefail

build=${1:?usage: run_fuzzers.sh BUILD_DIR [SECONDS] [TARGET...]}
seconds=${2:-600}
shift $(($# < 2 ? $# : 2))
here=$(cd "$(dirname "$0")" && pwd)
targets=("$@")
if ((${#targets[@]} == 0)); then
    targets=(fuzz_jsonrpc fuzz_text fuzz_document fuzz_jsonc fuzz_rule_pack)
fi
declare -A dictionary=([fuzz_jsonrpc]=jsonrpc.dict [fuzz_document]=markdown.dict
                       [fuzz_jsonc]=json.dict [fuzz_rule_pack]=rule_pack.dict)

# Stack traces with function names (the sanitizers do not find Debian's versioned symbolizer).
for symbolizer in llvm-symbolizer-16 llvm-symbolizer-14 llvm-symbolizer; do
    if command -v "$symbolizer" >/dev/null; then
        export ASAN_SYMBOLIZER_PATH=${ASAN_SYMBOLIZER_PATH:-$(command -v "$symbolizer")}
        break
    fi
done

failed=()
for target in "${targets[@]}"; do
    binary="$build/tests/fuzz/$target"
    if [[ ! -x $binary ]]; then
        echo "== $target: not built, skipped"
        continue
    fi
    work="$build/tests/fuzz/corpus/$target"
    artifacts="$build/tests/fuzz/artifacts/$target/"
    mkdir -p "$work" "$artifacts"
    options=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
             -artifact_prefix="$artifacts")
    if [[ -n ${dictionary[$target]:-} ]]; then
        options+=(-dict="$here/dictionaries/${dictionary[$target]}")
    fi
    echo "== $target: ${seconds}s"
    log="$build/tests/fuzz/$target.log"
    nice -n 19 "$binary" "${options[@]}" "$work" "$here/corpus/$target" "$here/regressions/$target" \
        >"$log" 2>&1
    status=$?
    grep -E '^#[0-9]+ +DONE|stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb)' "$log"
    if ((status != 0)); then
        echo "!! $target failed (exit $status): see $log and $artifacts"
        grep -E 'ERROR|property violated|Test unit written' "$log" | head -5
        failed+=("$target")
    fi
done
if ((${#failed[@]} > 0)); then
    echo "Findings in: ${failed[*]}"
    exit 1
fi
echo "No findings."
