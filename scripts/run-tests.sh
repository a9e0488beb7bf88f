#!/usr/bin/env bash
# Quick start, part two: set up, build, and run the whole test suite (no display needed).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/setup.sh"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "${DEMARCHE_BUILD_DIR:-$root/build}" --output-on-failure -j"$(nproc)" "$@"
