#!/bin/bash
# Counts the instructions one call of a function takes inside a benchmark,
# with valgrind's callgrind: a number that, unlike CPU time, does not move
# when other jobs load the machine (and this machine has no hardware
# counters for `perf stat`). Use it to compare before and after a change.
#
# usage: bench/instructions.sh BUILD_DIR BENCHMARK 'FUNCTION(*' ['FUNCTION(*' ...]
# e.g.   bench/instructions.sh build BM_LoadFramework1000Criteria 'dpi::readFrameworkText(*'
#        bench/instructions.sh build BM_Budget_LoadFramework1000_Score20Sectors \
#            'dpi::readFrameworkText(*' 'dpi::scoreProject(*'
# The benchmark must be registered with ->Iterations(1) (see model_bench.cpp).
# Takes about 50 times as long as the benchmark itself.
set -euo pipefail
bench=$1/bench/dpiw_bench
name=$2
shift 2
toggles=()
for function in "$@"; do
    toggles+=("--toggle-collect=$function")
done
out=$(mktemp)
trap 'rm -f "$out"' EXIT
valgrind --tool=callgrind --callgrind-out-file="$out" --collect-atstart=no "${toggles[@]}" \
    "$bench" --benchmark_filter="^$name/iterations:1\$" 2>&1 >/dev/null \
    | awk -v n="$name" '/Collected/ {printf "%s: %.1f million instructions\n", n, $NF / 1e6}'
