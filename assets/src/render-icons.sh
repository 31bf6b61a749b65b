#!/usr/bin/env bash
# Renders the icons from their SVG sources (assets/src/svg/) into the PNGs and the .icns that are
# committed: the build never needs these tools. Run it after changing an SVG, then commit the output.
#
#   Debian/Ubuntu: sudo apt-get install -y librsvg2-bin icnsutils     (rsvg-convert, png2icns)
#   macOS:         brew install librsvg; the .icns comes from iconutil instead of png2icns
#
#   assets/src/render-icons.sh
set -euo pipefail

ASSETS="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROOT="$(dirname "$ASSETS")"
SVG="$ASSETS/src/svg"
ICONS="$ASSETS/src/main/resources/com/revops/assets/icons"

command -v rsvg-convert >/dev/null || { echo "render-icons: rsvg-convert is missing (apt-get install librsvg2-bin)" >&2; exit 1; }

# svg → png at size×size; sizes of 32 px and below use the pixel-fitted small drawing.
render_app() {
    local size=$1 out=$2 source="$SVG/app/app-icon.svg"
    if (( size <= 32 )); then source="$SVG/app/app-icon-small.svg"; fi
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio "$source" --output "$out"
}

# App icon: window/dock icon sizes for the console, the Linux package icon, the macOS .icns.
mkdir -p "$ICONS"
for size in 16 24 32 48 64 128 256 512 1024; do
    render_app "$size" "$ICONS/app-$size.png"
done
mkdir -p "$ROOT/jpackage/linux"
cp "$ICONS/app-256.png" "$ROOT/jpackage/linux/revops.png"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
if command -v iconutil >/dev/null; then
    # macOS: an .iconset with the @2x names iconutil expects.
    set_dir="$WORK/revops.iconset"
    mkdir -p "$set_dir"
    for size in 16 32 128 256 512; do
        render_app "$size" "$set_dir/icon_${size}x${size}.png"
        render_app $((size * 2)) "$set_dir/icon_${size}x${size}@2x.png"
    done
    mkdir -p "$ROOT/jpackage/macos"
    iconutil --convert icns --output "$ROOT/jpackage/macos/revops.icns" "$set_dir"
elif command -v png2icns >/dev/null; then
    # png2icns picks the icns slot from each PNG's size (16, 32, 48, 128, 256, 512, 1024).
    png2icns "$ROOT/jpackage/macos/revops.icns" \
        "$ICONS/app-16.png" "$ICONS/app-32.png" "$ICONS/app-48.png" "$ICONS/app-128.png" \
        "$ICONS/app-256.png" "$ICONS/app-512.png" "$ICONS/app-1024.png" >/dev/null
else
    echo "render-icons: neither iconutil nor png2icns found; jpackage/macos/revops.icns not updated" >&2
fi

# UI icons: one SVG (stroke="currentColor") → 16 and 24 px in two inks.
#   on-light: slate-700 ink for light themes;  on-dark: slate-200 ink for dark themes.
for variant in on-light on-dark; do
    if [[ "$variant" == on-light ]]; then ink="#334155"; else ink="#E2E8F0"; fi
    mkdir -p "$ICONS/ui/$variant"
    for source in "$SVG"/ui/*.svg; do
        name="$(basename "$source" .svg)"
        sed "s/currentColor/$ink/g" "$source" > "$WORK/$name.svg"
        for size in 16 24; do
            rsvg-convert --width "$size" --height "$size" "$WORK/$name.svg" --output "$ICONS/ui/$variant/$name-$size.png"
        done
    done
done
echo "render-icons: done ($(find "$ICONS" -name '*.png' | wc -l) PNGs)."
