#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (own build dir, never part of the
# normal build) and runs one or all of them.
#   fuzz/run.sh [framework|project|owm|report_template|all] [SECONDS]
# A crashing input is copied to fuzz/regressions/<target>/; the hostile test
# suite (tests/hostile) replays every file there, so commit it with the fix.
# Exit status: 0 when every target ran clean, 1 when any found a problem.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target="${1:-all}"
seconds="${2:-60}"
build="${DPIW_FUZZ_BUILD_DIR:-$repo/build-fuzz}"
all_targets=(framework project owm report_template)

if [[ "$target" == "all" ]]; then
    targets=("${all_targets[@]}")
elif [[ " ${all_targets[*]} " == *" $target "* ]]; then
    targets=("$target")
else
    echo "usage: fuzz/run.sh [${all_targets[*]// /|}|all] [SECONDS]" >&2
    exit 2
fi

cc="${CC:-clang}"; cxx="${CXX:-clang++}"
command -v "$cxx" >/dev/null || { cc=clang-14; cxx=clang++-14; }

echo "== fuzz: building targets in $build with $cxx"
CC="$cc" CXX="$cxx" cmake -S "$repo/fuzz" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >"$build.configure.log" 2>&1 \
    || { cat "$build.configure.log"; exit 1; }
cmake --build "$build" -j "${DPIW_FUZZ_JOBS:-2}" --target "${targets[@]/#/fuzz_}" >"$build/build.log" 2>&1 \
    || { tail -50 "$build/build.log"; exit 1; }

# Seeds: the committed ones plus the project's own test files. libFuzzer
# writes new interesting inputs only into the first (scratch) directory.
seeds_for() {
    case "$1" in
    framework) echo "$repo/fuzz/corpus/framework $repo/tests/data/valid $repo/tests/data/malformed $repo/tests/data/hostile" ;;
    project) echo "$repo/fuzz/corpus/project $repo/tests/data/valid $repo/tests/data/malformed" ;;
    owm)
        local dirs="$repo/fuzz/corpus/owm"
        [[ -d "$repo/../shared/corpus/wardley-maps" ]] && dirs="$dirs $repo/../shared/corpus/wardley-maps"
        echo "$dirs" ;;
    report_template) echo "$repo/fuzz/corpus/report_template" ;;
    esac
}

status=0
for t in "${targets[@]}"; do
    exe="$build/fuzz_$t"
    work="$build/work/$t"
    artifacts="$build/artifacts/$t"
    mkdir -p "$work" "$artifacts" "$repo/fuzz/regressions/$t"
    existing=()
    for d in $(seeds_for "$t"); do [[ -d "$d" ]] && existing+=("$d"); done
    echo "== fuzz: $t for ${seconds}s (seeds: ${existing[*]#$repo/})"
    start=$(date +%s)
    # rss_limit: the readers cap their input well below this; going over it is a bug.
    if ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:allocator_may_return_null=1" \
       UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1" \
       "$exe" -max_total_time="$seconds" -seed="${DPIW_FUZZ_SEED:-1}" -timeout=30 -rss_limit_mb=2048 -max_len=65536 \
              -print_final_stats=1 -artifact_prefix="$artifacts/" \
              "$work" "${existing[@]}" >"$build/$t.log" 2>&1; then
        echo "== fuzz: $t OK ($(( $(date +%s) - start ))s, $(grep -o 'stat::number_of_executed_units: *[0-9]*' "$build/$t.log" | grep -o '[0-9]*$' || echo '?') runs)"
    else
        status=1
        echo "== fuzz: $t FAILED; log: $build/$t.log"
        grep -E 'ERROR|SUMMARY|runtime error|Test unit written' "$build/$t.log" | head -20 || true
        for f in "$artifacts"/*; do
            [[ -f "$f" ]] || continue
            cp "$f" "$repo/fuzz/regressions/$t/"
            echo "== fuzz: saved $(basename "$f") to fuzz/regressions/$t/ (replayed by hostile_tests)"
        done
    fi
done
exit $status
