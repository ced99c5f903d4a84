#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# lintian on the Debian package that CPack made: fails on errors; warnings are printed (the known
# ones are explained in docs/packaging.md). Exit 77 (skipped) without lintian or dpkg-shlibdeps.
#   lintian.sh PACKAGE_DIR
set -euo pipefail
command -v lintian >/dev/null || { echo "lintian is not installed"; exit 77; }
command -v dpkg-shlibdeps >/dev/null || { echo "dpkg-shlibdeps (dpkg-dev) is missing: no package"; exit 77; }
deb="$(ls -t "$1"/parkzero_*.deb | head -n 1)"
exec lintian --fail-on error "$deb"
