#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the PNG sizes of the application and MIME type icons from their SVG sources
# (resources/icons/hicolor/scalable/…). The PNGs are committed; run this after changing an SVG.
# Needs rsvg-convert (Debian package librsvg2-bin).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../resources/icons/hicolor"
for size in 16 24 32 48 64 128 256; do
  for svg in scalable/apps/*.svg scalable/mimetypes/*.svg; do
    context="$(basename "$(dirname "$svg")")"
    mkdir -p "${size}x${size}/$context"
    rsvg-convert -w "$size" -h "$size" "$svg" -o "${size}x${size}/$context/$(basename "$svg" .svg).png"
  done
done
