#!/usr/bin/env bash
# Hardening checks for CI (run after the main test command):
#   1. the whole test suite built and run under AddressSanitizer +
#      UndefinedBehaviorSanitizer (CMake preset `asan`, build-asan/);
#   2. every libFuzzer target for FUZZ_SECONDS (default 60) each (fuzz/run.sh).
# Prints one line per step and exits non-zero on any build failure, test
# failure, sanitizer report or fuzzer crash.
#   bash scripts/ci-hardening.sh            # everything
#   FUZZ_SECONDS=10 bash scripts/ci-hardening.sh
#   bash scripts/ci-hardening.sh asan|fuzz  # one half only
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
what="${1:-all}"
jobs="${DPIW_JOBS:-$(nproc)}"
fuzz_seconds="${FUZZ_SECONDS:-60}"
started=$(date +%s)
failed=0

step() { # step NAME COMMAND...: runs it, logs to build-hardening-logs/NAME.log, prints one line
    local name="$1"; shift
    local log="$repo/build-hardening-logs/$name.log"
    mkdir -p "$repo/build-hardening-logs"
    local t0; t0=$(date +%s)
    echo "== hardening: $name ..."
    if "$@" >"$log" 2>&1; then
        echo "== hardening: $name OK ($(( $(date +%s) - t0 ))s)"
        return 0
    fi
    echo "== hardening: $name FAILED ($(( $(date +%s) - t0 ))s); last lines of $log:"
    tail -40 "$log" | sed 's/^/   | /'
    return 1
}

if [[ "$what" == all || "$what" == asan ]]; then
    if step asan-configure cmake --preset asan \
        && step asan-build cmake --build --preset asan -j "$jobs" \
        && step asan-tests ctest --preset asan -j "$jobs"; then
        grep -E 'tests passed|tests failed' "$repo/build-hardening-logs/asan-tests.log" | sed 's/^/   /' || true
    else
        failed=1
    fi
fi

if [[ "$what" == all || "$what" == fuzz ]]; then
    echo "== hardening: fuzz (each target ${fuzz_seconds}s) ..."
    t0=$(date +%s)
    if DPIW_FUZZ_JOBS="$jobs" bash "$repo/fuzz/run.sh" all "$fuzz_seconds"; then
        echo "== hardening: fuzz OK ($(( $(date +%s) - t0 ))s)"
    else
        echo "== hardening: fuzz FAILED: crashing inputs were copied to fuzz/regressions/"
        failed=1
    fi
fi

total=$(( $(date +%s) - started ))
if (( failed )); then
    echo "== hardening: FAILED after ${total}s"
    exit 1
fi
echo "== hardening: all OK in ${total}s"
