#!/bin/sh
# Runs every benchmark and prints its figures (never part of ctest). Builds the benchmark targets
# first. Usage: scripts/bench.sh [build dir, default build-bench]. Needs ../shared/data for the
# corpus benchmarks (they print "corpora absent" and go on without it).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$root/build-bench"}
case $build in /*) ;; *) build="$root/$build" ;; esac
jobs=$(nproc 2>/dev/null || echo 2)

if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$root" -B "$build" -G Ninja
fi
cmake --build "$build" -j"$jobs" --target extract_bench actor_bench temporal_bench import_bench \
    view_bench open_bench

export QT_QPA_PLATFORM=offscreen
echo "== machine"
uname -srm
grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //' || true
echo "cores: $jobs; load: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
echo "build type: $(grep -m1 '^CMAKE_BUILD_TYPE' "$build/CMakeCache.txt" | cut -d= -f2)"
echo
echo "== 1. extraction throughput"
"$build/bench/extract_bench"
echo
echo "== 2. import end to end"
"$build/bench/import_bench"
echo
echo "== 3. timeline frames and network layout"
"$build/bench/view_bench"
echo
echo "== 4. project open time and memory"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for n in 10000 100000; do
    "$build/bench/open_bench" create "$n" "$tmp/p$n.demarche"
    "$build/bench/open_bench" open "$tmp/p$n.demarche"
    "$build/bench/open_bench" open "$tmp/p$n.demarche" snapshot
done
