#!/bin/sh
# Validates desktop metadata with the freedesktop tools:
#   check-metadata.sh appstream FILE.metainfo.xml   (appstreamcli, package appstream)
#   check-metadata.sh desktop FILE.desktop          (desktop-file-validate, package desktop-file-utils)
# Exits 77, which ctest reports as skipped, when the tool is not installed.
set -eu
kind=$1
file=$2
case $kind in
appstream) tool=appstreamcli ;;
desktop) tool=desktop-file-validate ;;
*) echo "usage: $0 appstream|desktop FILE" >&2; exit 2 ;;
esac
if ! command -v "$tool" >/dev/null 2>&1; then
    echo "SKIP: $tool is not installed" >&2
    exit 77
fi
if [ "$kind" = appstream ]; then
    # --no-net: CI has no network; warnings fail too, so the metadata stays clean.
    appstreamcli validate --no-net --strict --explain "$file"
else
    # desktop-file-validate exits 0 on hints but prints them; treat any output as a failure.
    output=$(desktop-file-validate "$file" 2>&1) || { echo "$output"; exit 1; }
    if [ -n "$output" ]; then
        echo "$output"
        exit 1
    fi
    echo "$file: valid"
fi
