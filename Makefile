# A thin layer over CMake, as Neovim has. The README's two commands:
#   make demo   install what is missing, build a release binary, check the example draft
#   make test   install what is missing, build with sanitizers and -Werror, run every test
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
RELEASE_DIR ?= build/release
TEST_DIR ?= build/debug
# The libFuzzer build (clang; instrumented, so separate from the GCC test build).
FUZZ_DIR ?= build/fuzz
FUZZ_CC ?= clang-16
FUZZ_CXX ?= clang++-16
FUZZ_SECONDS ?= 600
BENCH_DIR ?= build/bench
# The fuzz and bench builds compile everything again: ccache makes repeated runs cheap (with
# CCACHE_BASEDIR, also in another clone of the repository).
CCACHE := $(shell command -v ccache 2>/dev/null)
LAUNCHER := $(if $(CCACHE),-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)

.PHONY: all deps test-deps release debug demo test score bench bench-framing fuzz fuzz-build \
        clean format

all: release

deps:
	scripts/install-deps.sh

test-deps:
	scripts/install-deps.sh --test

release: deps
	cmake -S . -B $(RELEASE_DIR) -DCMAKE_BUILD_TYPE=Release -DPARALLAX_TESTS=OFF
	cmake --build $(RELEASE_DIR) -j $(JOBS)

debug: test-deps
	cmake -S . -B $(TEST_DIR) -DCMAKE_BUILD_TYPE=Debug -DPARALLAX_WERROR=ON -DPARALLAX_SANITIZE=ON
	cmake --build $(TEST_DIR) -j $(JOBS)

# Findings make `parallax check` exit 1; for the demo that is the expected outcome.
demo: release
	$(RELEASE_DIR)/parallax check examples/nato-pacific-draft.md; status=$$?; \
	  test $$status -le 1

# The fuzz targets run briefly too (each replays its regression inputs, then fuzzes ~15 s).
test: debug fuzz-build
	ctest --test-dir $(TEST_DIR) --output-on-failure -j $(JOBS)
	ctest --test-dir $(FUZZ_DIR) --output-on-failure -j $(JOBS)

# -O1 and line tables only: fast enough to fuzz, small enough to build on two cores.
fuzz-build: test-deps
	CC=$(FUZZ_CC) CXX=$(FUZZ_CXX) cmake -S . -B $(FUZZ_DIR) -DCMAKE_BUILD_TYPE= \
	  -DCMAKE_C_FLAGS="-O1 -gline-tables-only" -DCMAKE_CXX_FLAGS="-O1 -gline-tables-only" \
	  -DPARALLAX_TESTS=OFF -DPARALLAX_FUZZ=ON $(LAUNCHER)
	CCACHE_BASEDIR=$(CURDIR) CCACHE_NOHASHDIR=1 cmake --build $(FUZZ_DIR) -j $(JOBS) \
	  --target parallax_fuzzers

# Runs each fuzz target for FUZZ_SECONDS (default 600), one after another.
fuzz: fuzz-build
	tests/fuzz/run_fuzzers.sh $(FUZZ_DIR) $(FUZZ_SECONDS)

# Scores against the annotated corpus in ../shared (not part of the test suite: users lack it).
SHARED ?= ../shared
score: release
	$(SHARED)/eval/score --corpus $(SHARED)/corpus/dev --verbose -- $(RELEASE_DIR)/parallax check --format json

format:
	find protocol server plugins tests \( -name '*.cpp' -o -name '*.h' \) -print0 | xargs -0 clang-format -i

# Performance (not part of the test suite): Google Benchmark timings of the parts, then the
# whole binary against the issue's targets, with write-good and harper.js side by side.
bench:
	scripts/install-deps.sh --bench
	cmake -S . -B $(BENCH_DIR) -DCMAKE_BUILD_TYPE=Release -DPARALLAX_TESTS=OFF -DPARALLAX_BENCH=ON $(LAUNCHER)
	cmake --build $(BENCH_DIR) -j $(JOBS) --target parallax parts_bench
	tests/bench/run_bench.sh $(BENCH_DIR) $(SHARED)

# Framing plugin timings on 100 KB and 1 MB drafts of real articles (not part of the test suite).
bench-framing:
	cmake -S . -B $(BENCH_DIR) -DCMAKE_BUILD_TYPE=Release -DPARALLAX_TESTS=ON $(LAUNCHER)
	cmake --build $(BENCH_DIR) -j $(JOBS) --target framing_bench
	$(BENCH_DIR)/tests/framing/framing_bench $(SHARED)/bench/attribution/text

clean:
	rm -rf build
