#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Validates the desktop entry or the AppStream metainfo with the freedesktop tools.
#   validate.sh desktop FILE     desktop-file-validate (package desktop-file-utils)
#   validate.sh appstream FILE   appstreamcli validate (package appstream)
# Exit 77 (skipped) when the tool is missing.
set -euo pipefail
kind="$1" file="$2"
case "$kind" in
  desktop)
    command -v desktop-file-validate >/dev/null || { echo "desktop-file-validate is not installed"; exit 77; }
    out="$(desktop-file-validate "$file" 2>&1)" || { echo "$out"; exit 1; }
    # It exits 0 on warnings and hints too; treat any output as a failure.
    [[ -z $out ]] || { echo "$out"; exit 1; }
    ;;
  appstream)
    command -v appstreamcli >/dev/null || { echo "appstreamcli is not installed"; exit 77; }
    # The component id "parkzero" is not reverse-DNS: ParkZero has no domain yet
    # (docs/packaging.md). Every other warning fails.
    exec appstreamcli validate --no-net --override=cid-desktopapp-is-not-rdns=info "$file"
    ;;
  *) echo "usage: validate.sh desktop|appstream FILE" >&2; exit 2 ;;
esac
echo "$file: valid"
