#!/usr/bin/env bash
# Renders the Marginalia icon PNGs from the SVG sources into assets/icons/hicolor/.
# The PNGs are committed, so building the app or the packages never needs a renderer;
# run this again only after changing assets/icons/marginalia.svg or marginalia-16.svg.
#
#   packaging/render-icons.sh
#
# Uses rsvg-convert (Debian: librsvg2-bin) if present, else ImageMagick's convert.
# 16 and 24 px come from marginalia-16.svg (drawn on a 16-px grid, no pencil): the full
# drawing turns to mush that small. Every other size comes from marginalia.svg.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
icons="$root/assets/icons"
sizes=(16 24 32 48 64 128 256 512)

render() { # render SVG SIZE OUT
    local svg="$1" size="$2" out="$3"
    if command -v rsvg-convert >/dev/null; then
        rsvg-convert --width "$size" --height "$size" --format png --output "$out" "$svg"
    elif command -v convert >/dev/null; then
        # -density so the SVG is rasterised at the target size, not scaled from 96 dpi.
        convert -background none -density "$((96 * size / 256 + 1))" "$svg" \
            -resize "${size}x${size}" "PNG32:$out"
    else
        echo "render-icons.sh: need rsvg-convert (apt-get install librsvg2-bin) or ImageMagick convert" >&2
        exit 1
    fi
}

for size in "${sizes[@]}"; do
    dir="$icons/hicolor/${size}x${size}/apps"
    mkdir -p "$dir"
    if [ "$size" -le 24 ]; then
        src="$icons/marginalia-16.svg"
    else
        src="$icons/marginalia.svg"
    fi
    render "$src" "$size" "$dir/marginalia.png"
    echo "$dir/marginalia.png"
done
