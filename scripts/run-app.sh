#!/usr/bin/env bash
# Quick start, part one: set up, build, and open the desktop app on the bundled seeds/.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/setup.sh"
app="${DEMARCHE_BUILD_DIR:-$root/build}/src/app/demarche"
export DEMARCHE_SEEDS="$root/seeds"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "run-app: no display; starting the app under xvfb-run (use an X session to see it)"
    exec xvfb-run -a -s "-screen 0 1600x1000x24" "$app" "$@"
fi
exec "$app" "$@"
