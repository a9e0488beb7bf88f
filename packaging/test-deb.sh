#!/bin/sh
# Builds the Debian package from a built tree, unpacks it into a temporary root with dpkg -x
# and runs the installed demarche-cli on the installed seeds, as a user would after
# `apt install ./demarche_*.deb`.
#   test-deb.sh BUILD_DIR
# Exits 77 (skipped under ctest) when cpack, dpkg or dpkg-shlibdeps is missing.
set -eu
build=$(cd "$1" && pwd)
for tool in cpack dpkg dpkg-deb dpkg-shlibdeps file; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "SKIP: $tool is not installed (packages cmake, dpkg-dev, file)" >&2
        exit 77
    fi
done
if [ ! -x "$build/src/cli/demarche-cli" ]; then
    echo "FAIL: $build/src/cli/demarche-cli is not built; build the tree before this test" >&2
    exit 1
fi

# In a sanitizer build the installed binaries carry ASan; leaks are the unit tests' business, and
# Qt's plugin loading would make every run here report some.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"

work=$(mktemp -d "${TMPDIR:-/tmp}/demarche-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

echo "== cpack"
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log"; fail "cpack failed"; }
set -- "$work"/out/demarche_*.deb
[ -f "$1" ] || { cat "$work/cpack.log"; fail "no demarche_*.deb in $work/out"; }
deb=$1
echo "package: $(basename "$deb"), $(stat -c %s "$deb") bytes"
dpkg-deb --info "$deb"

if command -v lintian >/dev/null 2>&1; then
    echo "== lintian"
    # The default maintainer address is a placeholder until DEMARCHE_MAINTAINER is set.
    lintian --fail-on error --allow-root \
        --suppress-tags bogus-mail-host,bogus-mail-host-in-debian-changelog "$deb" \
        || fail "lintian found errors in the package"
fi

echo "== dependencies"
depends=$(dpkg-deb --field "$deb" Depends)
# dpkg-shlibdeps must have run: Qt and the C++ runtime come from the executables' ELF needs.
for package in libqt6core6 libstdc++6 libc6 libqt6sql6-sqlite; do
    echo "$depends" | grep -q "$package" || fail "Depends lacks $package: $depends"
done

echo "== contents"
root=$work/root
dpkg -x "$deb" "$root"
dpkg-deb --contents "$deb" | awk '{print $6}'
for file in usr/bin/demarche-cli usr/share/doc/demarche/copyright usr/share/demarche/seeds; do
    [ -e "$root/$file" ] || fail "$file is not in the package"
done
if [ -e "$build/src/app/demarche" ]; then
    for file in usr/bin/demarche \
        usr/share/applications/org.demarche.Demarche.desktop \
        usr/share/metainfo/org.demarche.Demarche.metainfo.xml \
        usr/share/mime/packages/org.demarche.Demarche.xml \
        usr/share/icons/hicolor/scalable/apps/org.demarche.Demarche.svg \
        usr/share/icons/hicolor/16x16/apps/org.demarche.Demarche.png \
        usr/share/icons/hicolor/256x256/apps/org.demarche.Demarche.png; do
        [ -e "$root/$file" ] || fail "$file is not in the package"
    done
fi
ls "$root"/usr/share/demarche/seeds/* >/dev/null 2>&1 || fail "the installed seeds folder is empty"
for binary in "$root"/usr/bin/*; do
    if ldd "$binary" | grep -q "not found"; then
        ldd "$binary"
        fail "$binary needs a library that is not installed"
    fi
done

if [ -e "$root/usr/bin/demarche" ]; then
    echo "== desktop integration"
    if command -v appstreamcli >/dev/null 2>&1; then
        # Checks the metainfo against the installed .desktop file and icons, as a software
        # centre would see them.
        appstreamcli validate-tree --no-net --strict --explain "$root" \
            || fail "appstreamcli validate-tree rejects the installed files"
    fi
    if command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database "$root/usr/share/mime" 2>/dev/null
        grep -qx "application/x-demarche-project:\*.demarche" "$root/usr/share/mime/globs" \
            || fail "shared-mime-info does not map *.demarche to application/x-demarche-project"
    fi
    # The desktop app must start from the package alone (libraries, Qt plugins); --version
    # exits before any window opens. timeout guards against an app that ignores it.
    version=$(dpkg-deb --field "$deb" Version)
    QT_QPA_PLATFORM=offscreen timeout 60 "$root/usr/bin/demarche" --version \
        >"$work/version.txt" 2>"$work/version.err" \
        || { cat "$work/version.err"; fail "the installed demarche --version failed"; }
    if [ -s "$work/version.txt" ]; then
        grep -q "$version" "$work/version.txt" || fail "demarche --version does not print $version"
    fi
    grep -qx "MimeType=application/x-demarche-project;" \
        "$root/usr/share/applications/org.demarche.Demarche.desktop" \
        || fail "the desktop file does not open application/x-demarche-project"
fi

echo "== installed demarche-cli"
cli=$root/usr/bin/demarche-cli
seeds=$root/usr/share/demarche/seeds
# The installed CLI must find its seeds beside itself, not in the source tree.
unset DEMARCHE_SEEDS
"$cli" --help >"$work/help.txt" || fail "demarche-cli --help failed"
grep -q extract "$work/help.txt" || fail "demarche-cli --help does not mention extract"
"$cli" extract --help >"$work/extract-help.txt" 2>&1 || fail "demarche-cli extract --help failed"
[ -s "$work/extract-help.txt" ] || fail "demarche-cli extract --help printed nothing"
# --strict: a seed the installed CLI cannot read fails the test.
"$cli" extract --strict "$seeds" >"$work/events.jsonl" || fail "demarche-cli extract $seeds failed"
(cd "$work" && "$cli" extract --strict >"$work/events-default.jsonl") \
    || fail "demarche-cli extract with the default input failed"
cmp -s "$work/events.jsonl" "$work/events-default.jsonl" \
    || fail "the default input gives other events than the installed seeds"
lines=$(grep -c . "$work/events.jsonl" || true)
echo "events from the installed seeds: $lines"
if [ "$lines" -gt 0 ] && command -v python3 >/dev/null 2>&1; then
    python3 -c '
import json, sys
for number, line in enumerate(open(sys.argv[1], encoding="utf-8"), 1):
    if line.strip():
        event = json.loads(line)
        if not isinstance(event, dict):
            sys.exit("line %d is not a JSON object" % number)
' "$work/events.jsonl" || fail "demarche-cli extract printed something that is not JSON Lines"
    head -n 3 "$work/events.jsonl"
fi
echo "PASS"
