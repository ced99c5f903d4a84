#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The SPDX licence identifier of ParkZero's own files.
#   tools/spdx-headers.sh          add "SPDX-License-Identifier: GPL-3.0-or-later" where it is missing
#   tools/spdx-headers.sh --check  list the files without an SPDX identifier; exit 1 if there are any
# Files: every tracked *.cpp and *.h ("// SPDX-…" as the first line), CMakeLists.txt, *.cmake,
# *.sh and shell scripts with a #! line ("# SPDX-…" as the first line, or the second after a #!).
# A file that already names an SPDX identifier in its first three lines is left alone, so a
# second run changes nothing. Outside a git checkout, all files under the tree except build*/
# are considered.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
identifier='SPDX-License-Identifier: GPL-3.0-or-later'

mode=fix
case "${1:-}" in
  "") ;;
  --check) mode=check ;;
  *) echo "usage: tools/spdx-headers.sh [--check]" >&2; exit 2 ;;
esac

cd "$root"

list_files() {
  if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    git ls-files -z
  else
    find . \( -name .git -o -name 'build*' \) -prune -o -type f -print0 | sed -z 's|^\./||'
  fi
}

# The comment marker for a file, or nothing when the file takes no header.
marker_for() {
  local file="$1"
  case "$file" in
    *.cpp|*.h) echo '//' ;;
    CMakeLists.txt|*/CMakeLists.txt|*.cmake|*.sh) echo '#' ;;
    *)
      local first
      IFS= read -r first <"$file" || true
      [[ $first =~ ^#!.*(/|[[:space:]])(ba|da|z)?sh([[:space:]]|$) ]] && echo '#'
      ;;
  esac
  return 0
}

missing=()
while IFS= read -r -d '' file; do
  [[ -f $file && ! -L $file ]] || continue
  marker="$(marker_for "$file")"
  [[ -n $marker ]] || continue
  head -n 3 "$file" | grep -q 'SPDX-License-Identifier:' && continue
  missing+=("$file")
  [[ $mode == fix ]] || continue
  tmp="$(mktemp)"
  {
    first=""
    IFS= read -r first <"$file" || true
    if [[ $first == '#!'* ]]; then
      printf '%s\n%s %s\n' "$first" "$marker" "$identifier"
      tail -n +2 "$file"
    else
      printf '%s %s\n' "$marker" "$identifier"
      cat "$file"
    fi
  } >"$tmp"
  cat "$tmp" >"$file" # keeps the file's mode
  rm -f "$tmp"
done < <(list_files)

if [[ $mode == check ]]; then
  if ((${#missing[@]})); then
    echo "Files without an SPDX licence identifier (run tools/spdx-headers.sh to add it):"
    printf '  %s\n' "${missing[@]}"
    exit 1
  fi
  echo "All source files carry an SPDX licence identifier."
else
  echo "Added the SPDX identifier to ${#missing[@]} file(s)."
fi
