#!/usr/bin/env bash
# Quick start, part two: set up, build, and run the whole test suite (no display needed):
# 1. every ctest suite of the normal build (unit, gui, accuracy, packaging);
# 2. each libFuzzer target briefly on its corpus and kept regressions, under ASan+UBSan;
# 3. the non-GUI unit suites again under ASan+UBSan, in the same clang build as the fuzzers.
# DEMARCHE_QUICK=1 runs step 1 only; extra arguments go to ctest in step 1.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/setup.sh"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "${DEMARCHE_BUILD_DIR:-$root/build}" --output-on-failure -j"$(nproc)" "$@"
if [ "${DEMARCHE_QUICK:-0}" = "1" ]; then
    exit 0
fi
sanitized="$root/build-fuzz"
DEMARCHE_FUZZ_DIR="$sanitized" "$root/scripts/fuzz-smoke.sh" "${DEMARCHE_FUZZ_SECONDS:-20}"
DEMARCHE_ASAN_DIR="$sanitized" CXX=clang++ "$root/scripts/sanitize.sh"
