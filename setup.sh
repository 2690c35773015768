#!/bin/sh
# Sets coopkit up on Debian 12 and either writes the default kit or runs the
# tests. Run as root (or through sudo) from anywhere:
#   ./setup.sh kit    install what is missing, build, write the kit to out/
#   ./setup.sh test   install what is missing, build, run every test
set -eu

cd "$(dirname "$0")"
mode=${1:-}
case "$mode" in
  kit|test) ;;
  *) echo "usage: ./setup.sh kit|test" >&2; exit 2 ;;
esac

# Build tools, the libraries of each stage, the default fonts and hyphenation
# patterns, and the PDF tools the end-to-end tests check output with.
packages="cmake g++ make pkg-config
  libyaml-cpp-dev libkainjow-mustache-dev libcmark-gfm-dev libcmark-gfm-extensions-dev
  libhyphen-dev hyphen-fr libfreetype-dev libfontconfig-dev libhpdf-dev libcli11-dev
  libgtest-dev nlohmann-json3-dev fonts-noto-core fonts-noto-mono poppler-utils qpdf zbar-tools
  libicu-dev libqrencode-dev zlib1g-dev libharfbuzz-dev"

missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "Installing Debian packages:$missing"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  # shellcheck disable=SC2086
  $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

jobs=$(nproc 2>/dev/null || echo 2)
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j "$jobs" -- --no-print-directory >/dev/null

if [ "$mode" = kit ]; then
  exec build/src/app/coopkit build
fi
ctest --test-dir build --output-on-failure -j "$jobs"
