#!/usr/bin/env bash
# `make bench`: timings of the parts (Google Benchmark), then the whole binary against the
# issue's targets with write-good and harper.js side by side (run_bench.py).
#   tests/bench/run_bench.sh [BUILD_DIR] [SHARED_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build/bench}
shared=${2:-../shared}

articles=("$shared/bench/attribution/text")
if [[ ! -d ${articles[0]} ]]; then
    echo "$shared/bench not found: timing the parts on examples/ instead"
    articles=("$here/../../examples")
fi
echo "Load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
echo "== The parts (Google Benchmark; bytes_per_second is per CPU second)"
"$build/tests/bench/parts_bench" --benchmark_min_time=0.5 "${articles[@]}"
echo
echo "== The whole binary"
python3 "$here/run_bench.py" --parallax "$build/parallax" --shared "$shared" \
    --work "$build/work" --peers-cache "$build/peers"
