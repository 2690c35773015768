#!/bin/sh
# Sets coopkit up on Debian 12 and either writes the default kit or runs the
# tests. Run as root (or through sudo) from anywhere:
#   ./setup.sh kit [OPTION...]
#                     install what is missing, build, write the kit to out/
#                     (OPTIONs go to `coopkit build`, e.g. --content DIR)
#   ./setup.sh test   install what is missing, build, check the code's format
#                     and run every test: on the release build, then the same
#                     suite under AddressSanitizer and UndefinedBehaviorSanitizer
#                     with asserts on, then each fuzz target for
#                     COOPKIT_FUZZ_SECONDS (default 20)
set -eu

cd "$(dirname "$0")"
mode=${1:-}
case "$mode" in
  kit|test) shift ;;
  -h|--help) sed -n '2,11s/^# \{0,1\}//p' "$0"; exit 0 ;;
  *) echo "usage: ./setup.sh kit [OPTION...] | test" >&2; exit 2 ;;
esac

# Prints a step's title; on a terminal, a command's progress lines are shown
# on one line that is overwritten, elsewhere (CI, logs) only the titles.
step() { printf '%s\n' "$*"; }
if [ -t 1 ]; then interactive=1; else interactive=0; fi

# Runs "$@", its output shown as a one-line progress on a terminal and kept
# in a log shown whole if the command fails.
run_quietly() {
  log=$(mktemp)
  status=0
  if [ "$interactive" = 1 ]; then
    { "$@" 2>&1 || echo "exit-status $?"; } | tee "$log" |
      awk '{ line = substr($0, 1, 76); printf "\r\033[K  %s", line; fflush() } END { printf "\r\033[K" }'
  else
    { "$@" >"$log" 2>&1 || echo "exit-status $?" >>"$log"; }
  fi
  if grep -q '^exit-status ' "$log"; then
    status=$(sed -n 's/^exit-status //p' "$log" | tail -n 1)
    grep -v "^exit-status " "$log" >&2
  fi
  rm -f "$log"
  return "$status"
}

# Build tools, the libraries of each stage, the default fonts and hyphenation
# patterns, and the PDF tools the end-to-end tests check output with.
packages="cmake g++ make pkg-config
  libyaml-cpp-dev libkainjow-mustache-dev libcmark-gfm-dev libcmark-gfm-extensions-dev
  libhyphen-dev hyphen-fr libfreetype-dev libfontconfig-dev libhpdf-dev libcli11-dev
  libgtest-dev nlohmann-json3-dev fonts-noto-core fonts-noto-mono poppler-utils qpdf zbar-tools
  libicu-dev libqrencode-dev zlib1g-dev libpng-dev libharfbuzz-dev libxxhash-dev
  libpoppler-cpp-dev libexif-dev libjpeg-dev icc-profiles-free"
# The fuzz targets are built with clang and its libFuzzer runtime; the code's
# format is checked with clang-format; the published page is checked in
# Chromium.
[ "$mode" = test ] && packages="$packages clang libclang-rt-14-dev clang-format chromium"
# The workflow files are checked with @action-validator/cli and gitlab-ci-local from
# npm, the page with html-validate and playwright-core (Node.js may come from
# elsewhere than Debian: its npm and npx are enough).
if [ "$mode" = test ] && ! command -v npx >/dev/null 2>&1; then
  packages="$packages nodejs npm"
fi

missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  step "Installing Debian packages:$missing"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  export DEBIAN_FRONTEND=noninteractive
  run_quietly $sudo apt-get update
  # shellcheck disable=SC2086
  run_quietly $sudo apt-get install -y --no-install-recommends $missing
fi

jobs=$(nproc 2>/dev/null || echo 2)
launcher=""
if command -v ccache >/dev/null 2>&1; then
  launcher="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"
  # Sources compiled with a precompiled header (the tests) are cached too.
  export CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime
fi

# build PRESET: configures and builds one of CMakePresets.json's trees.
build() {
  step "Building coopkit ($1; a few minutes the first time on $jobs cores)"
  # shellcheck disable=SC2086
  run_quietly cmake --preset "$1" $launcher
  run_quietly cmake --build --preset "$1" -j "$jobs"
}

build release
if [ "$mode" = kit ]; then
  step "Writing the kit to out/"
  exec build/src/app/coopkit build "$@"
fi

step "Code format (.clang-format)"
sources=$(find src tests -name '*.cc' -o -name '*.h' | sort)
# shellcheck disable=SC2086
if ! clang-format --dry-run --Werror $sources 2>/dev/null; then
  # shellcheck disable=SC2086
  unformatted=$(for f in $sources; do clang-format --dry-run --Werror "$f" >/dev/null 2>&1 || echo "$f"; done)
  echo "not formatted with .clang-format:" $unformatted >&2
  echo "  fix: clang-format -i" $unformatted >&2
  exit 1
fi
step "Tests (release build)"
ctest --preset release -j "$jobs"
build asan
step "Tests (AddressSanitizer + UndefinedBehaviorSanitizer, asserts on)"
ctest --preset asan -j "$jobs"
# A bounded run of every fuzz target (tests/fuzz/run_fuzzers.sh): what it
# finds is kept in tests/fuzz/regressions/ and fails the step.
fuzz_seconds=${COOPKIT_FUZZ_SECONDS:-20}
step "Fuzzing each parser of content, templates, Markdown, images, fonts, forum exports and tables ($fuzz_seconds s each)"
run_quietly tests/fuzz/run_fuzzers.sh "$fuzz_seconds"
