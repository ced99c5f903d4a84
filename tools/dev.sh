#!/usr/bin/env bash
# ParkZero developer entry point.
#   tools/dev.sh run   install what is missing, build (Release) and start the editor on the demo park
#   tools/dev.sh test  install what is missing, build (Release) and run the whole test suite
#   tools/dev.sh package  install what is missing, build (Release) and make the Debian package
#                      build/parkzero_<version>_<arch>.deb (docs/packaging.md)
# All are idempotent: a second run only rebuilds what changed.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${PARKZERO_BUILD_DIR:-$here/build}"
jobs="${PARKZERO_JOBS:-$(nproc)}"

packages=(
  build-essential cmake pkg-config
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev libgl-dev
  libqcustomplot-dev libboost-dev libbenchmark-dev
  libgdal-dev libproj-dev
  fonts-noto-cjk
  dpkg-dev lintian desktop-file-utils appstream
)

install_missing() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    local sudo=()
    [[ $(id -u) -eq 0 ]] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

configure_and_build() {
  cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$build" -j "$jobs"
}

case "${1:-}" in
  run)
    install_missing
    configure_and_build
    shift
    exec "$build/app/parkzero" "${@:-$here/resources/examples/ordos-demo.parkzero}"
    ;;
  test)
    install_missing
    configure_and_build
    export QT_QPA_PLATFORM=offscreen
    cd "$build"
    exec ctest --output-on-failure -j "$jobs"
    ;;
  package)
    install_missing
    configure_and_build
    cd "$build"
    cpack -G DEB
    ;;
  *)
    echo "usage: tools/dev.sh run [FILE] | test | package" >&2
    exit 2
    ;;
esac
