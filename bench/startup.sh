#!/bin/bash
# DESIGN §9: open the desktop app on the sample project and paint the first
# window in under 0.5 s. Runs the app N times under a virtual X server with
# DPIW_MEASURE_STARTUP=1 (it prints "first paint: N ms (CPU M ms)" after its
# first frame and quits) and prints each run and the medians.
#
# usage: bench/startup.sh [BUILD_DIR] [RUNS]     (defaults: build, 7)
# The first run also warms the disk and font caches; it is reported but not
# counted in the medians.
set -euo pipefail

source_dir=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${1:-$source_dir/build}
runs=${2:-7}
app=$build_dir/app/dpi-workbench
project=$source_dir/assessments/kyrgyzstan-dpi-2024.dpi.yaml

if [ ! -x "$app" ]; then
    echo "startup.sh: $app not found; build the dpi-workbench target first" >&2
    exit 2
fi
command -v xvfb-run > /dev/null || { echo "startup.sh: xvfb-run is needed" >&2; exit 2; }

# A settings and recovery folder of its own, so that runs start alike and
# leave the user's alone.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT

run_once() {
    XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data XDG_CACHE_HOME=$home/cache \
        DPIW_MEASURE_STARTUP=1 timeout 120 \
        xvfb-run -a -s "-screen 0 1600x1000x24" "$app" "$project" 2> /dev/null > "$home/out"
    grep '^first paint:' "$home/out"
}

walls=()
cpus=()
for ((i = 0; i <= runs; i++)); do
    line=$(run_once) || { echo "startup.sh: run $i printed no first-paint line" >&2; exit 1; }
    if ((i == 0)); then
        echo "warm-up  $line"
        continue
    fi
    echo "run $i    $line"
    walls+=("$(sed -E 's/first paint: ([0-9]+) ms.*/\1/' <<< "$line")")
    cpus+=("$(sed -E 's/.*CPU ([0-9]+) ms.*/\1/' <<< "$line")")
done

echo "where the CPU time went in the last run (cumulative):"
grep '^  CPU' "$home/out" || true
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
echo "median of $runs runs: first paint $(median "${walls[@]}") ms wall since process start, $(median "${cpus[@]}") ms CPU (budget 500 ms)"
