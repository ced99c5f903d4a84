#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package as installed: extracts the .deb that CPack made into a scratch root
# (dpkg -x) and runs the programs from there with a clean environment, away from the source and
# build trees: parkzero-cli --version (once it has one) and validate and simulate on the installed
# example park, the editor offscreen with --export-map. Checks the files desktop integration
# needs and the package's dependencies.
#   installed.sh PACKAGE_DIR VERSION BUILD_DIR
# Exit 77 (skipped) when dpkg-shlibdeps is missing, so that no package could be made.
set -euo pipefail
packages="$1" version="$2" build="$3"

command -v dpkg-shlibdeps >/dev/null || { echo "dpkg-shlibdeps (dpkg-dev) is missing: no package"; exit 77; }
deb="$(ls -t "$packages"/parkzero_*.deb | head -n 1)"
echo "package: $deb"

fail() { echo "FAIL: $*" >&2; exit 1; }

root="$(mktemp -d)"
trap 'rm -rf "$root"' EXIT
dpkg -x "$deb" "$root/install"
mkdir -p "$root/home" "$root/work" "$root/runtime"
chmod 700 "$root/runtime"
bin="$root/install/usr/bin"
share="$root/install/usr/share"
example="$share/parkzero/examples/ordos-demo.parkzero"

# Only the two programs; everything desktop integration and man need.
[[ "$(ls "$bin")" == $'parkzero\nparkzero-cli' ]] || fail "usr/bin holds: $(ls "$bin" | tr '\n' ' ')"
for f in applications/parkzero.desktop metainfo/parkzero.metainfo.xml mime/packages/parkzero.xml \
         icons/hicolor/scalable/apps/parkzero.svg icons/hicolor/48x48/apps/parkzero.png \
         icons/hicolor/scalable/mimetypes/application-x-parkzero.svg \
         man/man1/parkzero.1.gz man/man1/parkzero-cli.1.gz \
         parkzero/translations/parkzero_zh_CN.qm parkzero/translations/parkzero_en.qm \
         parkzero/examples/ordos-demo.parkzero doc/parkzero/copyright doc/parkzero/changelog.gz; do
  [[ -s "$share/$f" ]] || fail "missing usr/share/$f"
done

# Run-time dependencies found by dpkg-shlibdeps.
depends="$(dpkg-deb -f "$deb" Depends)"
echo "Depends: $depends"
for p in libqt6widgets6 libqt6svg6 libqcustomplot2.1-qt6 libc6; do
  grep -q "$p" <<<"$depends" || fail "Depends lacks $p"
done

# Nothing may point back into the build tree.
for program in "$bin"/*; do
  ! readelf -d "$program" | grep -Eq 'RPATH|RUNPATH' || fail "$program has an RPATH"
  ! ldd "$program" | grep -qF "$build" || fail "$program loads a library from the build tree"
done

run() {
  (cd "$root/work" && env -i PATH=/usr/bin:/bin HOME="$root/home" XDG_RUNTIME_DIR="$root/runtime" \
     LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen "$@")
}

if out="$(run "$bin/parkzero-cli" --version 2>&1)"; then
  grep -qF "$version" <<<"$out" || fail "parkzero-cli --version printed: $out"
  echo "parkzero-cli --version: $out"
else
  echo "parkzero-cli has no --version yet"
fi
out="$(run "$bin/parkzero" --version 2>&1)" || fail "parkzero --version failed: $out"
grep -qF "$version" <<<"$out" || fail "parkzero --version printed: $out"
echo "parkzero --version: $out"

out="$(run "$bin/parkzero-cli" validate "$example" 2>&1)" || fail "validate: $out"
[[ "$out" == *": OK"* ]] || fail "validate printed: $out"
echo "validate: $out"

run "$bin/parkzero-cli" simulate "$example" --json result.json --hourly hourly.csv >/dev/null \
  || fail "simulate failed"
grep -q '"annual_generation_kWh"' "$root/work/result.json" || fail "simulate wrote no results"
rows="$(wc -l <"$root/work/hourly.csv")"
((rows > 8760)) || fail "hourly.csv has $rows lines"
echo "simulate: result.json, hourly.csv with $rows lines"

run "$bin/parkzero" "$example" --export-map plan.svg || fail "parkzero --export-map failed"
head -c 2000 "$root/work/plan.svg" | grep -q '<svg' || fail "plan.svg is no SVG"
echo "export-map: plan.svg, $(wc -c <"$root/work/plan.svg") bytes"
echo "The installed package works."
