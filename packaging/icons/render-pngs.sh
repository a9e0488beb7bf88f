#!/bin/sh
# Regenerates the hicolor PNGs from the SVG. The PNGs are committed (generated once) so that a
# build needs no SVG rasteriser; run this again after editing org.demarche.Demarche.svg.
# Needs rsvg-convert (Debian package librsvg2-bin).
set -eu
cd "$(dirname "$0")"
for size in 16 22 24 32 48 64 128 256; do
    mkdir -p "hicolor/${size}x${size}"
    rsvg-convert --width "$size" --height "$size" org.demarche.Demarche.svg \
        --output "hicolor/${size}x${size}/org.demarche.Demarche.png"
done
