#!/usr/bin/env bash
# CI fuzz smoke run: builds the libFuzzer targets with clang + ASan/UBSan in build-fuzz and runs
# each briefly on its seed corpus (fuzz/corpus/<target>) plus the kept regressions
# (fuzz/regressions/<target>). Any crash, hang (> 10 s per input) or sanitizer report fails.
# usage: scripts/fuzz-smoke.sh [seconds per target, default 30] [target ...]
# Env: DEMARCHE_FUZZ_DIR (build dir, default <root>/build-fuzz).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${DEMARCHE_FUZZ_DIR:-$root/build-fuzz}
seconds=${1:-30}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(plaintext jsonlines timeml reuters sentencesplitter temporaltagger extractor)
fi
launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
start=$(date +%s)
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ "${launcher[@]}" \
    -DDEMARCHE_SANITIZE=ON -DDEMARCHE_GUI=OFF -DDEMARCHE_FUZZ=ON >/dev/null
cmake --build "$build" -j"$(nproc)" --target "${targets[@]/#/fuzz_}"
built=$(date +%s)

export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for t in "${targets[@]}"; do
    # New inputs go to a scratch folder: the checked-in corpus stays small and reviewed.
    mkdir -p "$work/$t"
    dirs=("$work/$t" "$root/fuzz/corpus/$t")
    if [ -d "$root/fuzz/regressions/$t" ]; then
        dirs+=("$root/fuzz/regressions/$t")
    fi
    if ! "$build/fuzz/fuzz_$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
            -max_len=65536 -artifact_prefix="$work/" -print_final_stats=1 "${dirs[@]}" \
            >"$work/$t.log" 2>&1; then
        status=1
        echo "fuzz_$t FAILED:" >&2
        tail -n 60 "$work/$t.log" >&2
        for a in "$work"/crash-* "$work"/timeout-* "$work"/leak-* "$work"/oom-*; do
            [ -e "$a" ] && cp "$a" "$root/fuzz/" && echo "  input kept as fuzz/$(basename "$a")" >&2
        done
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/$t.log")
    echo "fuzz_$t: ${runs:-?} executions in ${seconds} s" >&2
done
echo "fuzz-smoke.sh: build $((built - start)) s, fuzzing $(($(date +%s) - built)) s" >&2
exit $status
