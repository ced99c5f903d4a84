#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# ParkZero developer entry point.
#   tools/dev.sh run   install what is missing, build (Release) and start the editor on the demo park
#   tools/dev.sh test  install what is missing, build (Release) and run the whole test suite
#   tools/dev.sh package  install what is missing, build (Release) and make the Debian package
#                      build/parkzero_<version>_<arch>.deb (docs/packaging.md)
#   tools/dev.sh fuzz [SECONDS [TARGET...]]
#                      install what is missing (and clang), build the libFuzzer targets of fuzz/
#                      (or only the TARGETs named, e.g. epw) in build-fuzz and run each for
#                      SECONDS (default 60); fails on any crash, leak, timeout or sanitizer
#                      report (docs/reliability.md)
#   tools/dev.sh sanitize [asan|tsan]
#                      install what is missing (and clang), build instrumented with clang at -O1 and
#                      run the tests; fails on any sanitizer report (docs/reliability.md, "Sanitizers").
#                      asan (default): AddressSanitizer, LeakSanitizer and UndefinedBehaviorSanitizer,
#                      everything in build-asan, the whole test suite but the package tests;
#                      tsan: ThreadSanitizer in build-tsan, only the tests of the threaded engine
# All are idempotent: a second run only rebuilds what changed.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${PARKZERO_BUILD_DIR:-$here/build}"
jobs="${PARKZERO_JOBS:-$(nproc)}"

packages=(
  build-essential cmake pkg-config
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev libgl-dev
  libqcustomplot-dev libboost-dev libbenchmark-dev
  libgdal-dev libproj-dev libglpk-dev
  fonts-noto-cjk fonts-wqy-microhei poppler-utils
  dpkg-dev lintian desktop-file-utils appstream
)
# Only for `fuzz` and `sanitize`: libFuzzer and the sanitizers come with clang.
fuzz_packages=(clang libclang-rt-14-dev)

# Installs what is missing of the packages above and of the packages given as arguments.
install_missing() {
  local missing=()
  for p in "${packages[@]}" "$@"; do
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

# Builds the fuzzers (only the core libraries and fuzz/, instrumented) and runs each target of
# <build>/fuzz/targets.txt (or those named after $1) for $1 seconds on a fresh corpus of its seeds.
fuzz() {
  local seconds="${1:-60}"
  [[ $seconds =~ ^[0-9]+$ ]] || { echo "usage: tools/dev.sh fuzz [SECONDS [TARGET...]]" >&2; exit 2; }
  shift || true
  local only=("$@") builds=(fuzzers)
  ((${#only[@]})) && builds=("${only[@]/#/fuzz_}")
  local fbuild="${PARKZERO_FUZZ_BUILD_DIR:-$here/build-fuzz}"
  CC=clang CXX=clang++ cmake -S "$here" -B "$fbuild" -DPARKZERO_FUZZ=ON \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build "$fbuild" -j "$jobs" --target "${builds[@]}"

  local work
  work="$(mktemp -d "${TMPDIR:-/tmp}/parkzero-fuzz.XXXXXX")"
  export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
  export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
  local failed=() summary=() name exe dict max_len seeds
  while IFS=$'\t' read -r name exe dict max_len seeds; do
    [[ -z $name || $name == \#* ]] && continue
    [[ ${#only[@]} -eq 0 || " ${only[*]} " == *" $name "* ]] || continue
    local dir="$work/$name"
    mkdir -p "$dir/corpus" "$dir/artifacts"
    local glob file n=0
    IFS=';' read -ra globs <<<"$seeds"
    for glob in "${globs[@]}"; do
      for file in "$here"/$glob; do
        [[ -f $file ]] || continue
        n=$((n + 1))
        cp "$file" "$dir/corpus/seed-$n-$(basename "$file")"
      done
    done
    local args=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
                -artifact_prefix="$dir/artifacts/")
    [[ -n $dict ]] && args+=(-dict="$dict")
    [[ $max_len != 0 ]] && args+=(-max_len="$max_len")
    # A target's LeakSanitizer suppressions, for leaks inside system libraries: fuzz/<name>.lsan.supp.
    local lsan="${LSAN_OPTIONS:-}" supp="$here/fuzz/$name.lsan.supp"
    [[ -f $supp ]] && lsan="suppressions=$supp${lsan:+:$lsan}"
    echo "== fuzz_$name: ${seconds}s, $n seed(s)${lsan:+, LSAN_OPTIONS=$lsan}"
    local rc=0
    LSAN_OPTIONS="$lsan" "$exe" "${args[@]}" "$dir/corpus" </dev/null >"$dir/log" 2>&1 || rc=$?
    local execs cov ft
    # A run that stops on its first input has no stats (grep finds nothing: not an error here).
    execs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/log" | tail -1)"
    cov="$(grep -oE 'cov: [0-9]+' "$dir/log" | tail -1 | cut -d' ' -f2 || true)"
    ft="$(grep -oE 'ft: [0-9]+' "$dir/log" | tail -1 | cut -d' ' -f2 || true)"
    summary+=("$(printf '%-12s %12s execs  cov %6s  ft %6s' "$name" "${execs:-?}" "${cov:-?}" "${ft:-?}")")
    if ((rc != 0)) || [[ -n $(ls -A "$dir/artifacts") ]] \
        || grep -qE 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error:' "$dir/log"; then
      failed+=("$name")
      echo "   FAILED (exit $rc): $dir/log"
      { grep -E 'ERROR:|runtime error:|SUMMARY:|Test unit written' "$dir/log" || true; } | head -20 | sed 's/^/   /'
    fi
  done <"$fbuild/fuzz/targets.txt"

  echo
  printf '%s\n' "${summary[@]}"
  if ((${#failed[@]})); then
    echo "FAILED: ${failed[*]} (logs, corpora and crash inputs in $work)" >&2
    exit 1
  fi
  rm -rf "$work"
  echo "no crash, leak, timeout or sanitizer report"
}

# The tests of the threaded engine (ComputeEngine, ScenarioRunner, parallelFor), run under tsan.
tsan_tests=(tst_computeengine tst_scenariorunner tst_incremental tst_liveresults)

# Builds instrumented ($1: asan or tsan) and runs the tests; a sanitizer report fails its test
# (halt_on_error: the process stops with an error at the first report).
sanitize() {
  local kind="${1:-asan}" sanitizers sbuild targets=() tests=()
  case "$kind" in
    asan)
      sanitizers=address,undefined
      sbuild="${PARKZERO_ASAN_BUILD_DIR:-$here/build-asan}"
      # The package tests check the Release package (CPack, dpkg, lintian), not code: an
      # instrumented build is not what ships.
      tests=(-E '^package_')
      export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:strict_init_order=1"
      export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
      ;;
    tsan)
      sanitizers=thread
      sbuild="${PARKZERO_TSAN_BUILD_DIR:-$here/build-tsan}"
      # tst_liveresults compares the GUI's numbers with parkzero-cli's.
      targets=(--target "${tsan_tests[@]}" parkzero-cli)
      local names="${tsan_tests[*]}"
      tests=(-R "^(${names// /|})\$")
      # Qt is not built with ThreadSanitizer: it would report the memmove and pthread calls of
      # Qt's own threads (their synchronisation, futexes inside Qt, it cannot see).
      # ignore_noninstrumented_modules checks the accesses of ParkZero's code only.
      export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:ignore_noninstrumented_modules=1"
      ;;
    *)
      echo "usage: tools/dev.sh sanitize [asan|tsan]" >&2
      exit 2
      ;;
  esac
  CC=clang CXX=clang++ cmake -S "$here" -B "$sbuild" -DPARKZERO_SANITIZE="$sanitizers" \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPARKZERO_BUILD_BENCHMARKS=OFF >/dev/null
  cmake --build "$sbuild" -j "$jobs" "${targets[@]}"
  export QT_QPA_PLATFORM=offscreen
  cd "$sbuild"
  ctest --output-on-failure -j "$jobs" "${tests[@]}"
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
  fuzz)
    install_missing "${fuzz_packages[@]}"
    shift
    fuzz "$@"
    ;;
  sanitize)
    install_missing "${fuzz_packages[@]}"
    shift
    sanitize "$@"
    ;;
  *)
    echo "usage: tools/dev.sh run [FILE] | test | package | fuzz [SECONDS [TARGET...]] | sanitize [asan|tsan]" >&2
    exit 2
    ;;
esac
