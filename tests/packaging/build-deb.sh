#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the Debian package of the build tree with CPack into PACKAGE_DIR (emptied first).
#   build-deb.sh CPACK BUILD_DIR PACKAGE_DIR
# Exit 77 (skipped) when dpkg-shlibdeps (package dpkg-dev), which finds its dependencies, is missing.
set -euo pipefail
cpack="$1" build="$2" out="$3"
command -v dpkg-shlibdeps >/dev/null || { echo "dpkg-shlibdeps (dpkg-dev) is missing"; exit 77; }
rm -rf "$out"
exec "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$out"
