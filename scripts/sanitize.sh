#!/usr/bin/env bash
# CI sanitizer job: builds the non-GUI libraries and their tests with AddressSanitizer and
# UndefinedBehaviorSanitizer in build-asan, then runs the unit suites; any report fails the run.
# usage: scripts/sanitize.sh [extra ctest arguments]
# Env: DEMARCHE_ASAN_DIR (build dir, default <root>/build-asan), CXX (gcc by default; clang++ works),
#      DEMARCHE_SANITIZE_EXCLUDE (ctest -E regex of suites to skip; none by default).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${DEMARCHE_ASAN_DIR:-$root/build-asan}
jobs=$(nproc)
launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
start=$(date +%s)
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${DEMARCHE_SANITIZE_BUILD_TYPE:-RelWithDebInfo}" \
    -DCMAKE_CXX_COMPILER="${CXX:-g++}" "${launcher[@]}" \
    -DDEMARCHE_SANITIZE=ON -DDEMARCHE_GUI=OFF -DDEMARCHE_WERROR="${DEMARCHE_WERROR:-OFF}"
# Only what the tests need: the test executables pull in the libraries (benchmarks are skipped).
# (accuracy suites are skipped: they score whole corpora and are labelled apart from `unit`).
mapfile -t targets < <(cmake --build "$build" --target help \
    | sed -n 's/^\(\(core\|extract\|io\|store\|cli\)_tst_[a-z0-9]*\):.*/\1/p' | grep -v accuracy)
cmake --build "$build" -j"$jobs" --target "${targets[@]}" demarche-cli
built=$(date +%s)

export QT_QPA_PLATFORM=offscreen
# Stop at the first report, with a stack; leaks count as failures too.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
status=0
ctest --test-dir "$build" -L unit -E "${DEMARCHE_SANITIZE_EXCLUDE:-^$}" \
    --output-on-failure -j"$jobs" --timeout 600 "$@" || status=$?
echo "sanitize.sh: build $((built - start)) s, tests $(($(date +%s) - built)) s" >&2
exit $status
