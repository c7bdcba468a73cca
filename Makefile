# A thin layer over CMake, as Neovim has. The README's two commands:
#   make demo   install what is missing, build a release binary, check the example draft
#   make test   install what is missing, build with sanitizers and -Werror, run every test
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
RELEASE_DIR ?= build/release
TEST_DIR ?= build/debug

.PHONY: all deps test-deps release debug demo test score bench clean format

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

test: debug
	ctest --test-dir $(TEST_DIR) --output-on-failure -j $(JOBS)

# Scores against the annotated corpus in ../shared (not part of the test suite: users lack it).
SHARED ?= ../shared
score: release
	$(SHARED)/eval/score --corpus $(SHARED)/corpus/dev --verbose -- $(RELEASE_DIR)/parallax check --format json

format:
	find protocol server plugins tests \( -name '*.cpp' -o -name '*.h' \) -print0 | xargs -0 clang-format -i

# Framing plugin timings on 100 KB and 1 MB drafts of real articles (not part of the test suite).
bench:
	cmake -S . -B build/bench -DCMAKE_BUILD_TYPE=Release && cmake --build build/bench -j $(JOBS) --target framing_bench
	build/bench/tests/framing/framing_bench $(SHARED)/bench/attribution/text

clean:
	rm -rf build
