#!/bin/sh
# Builds the shipped kit with COOPKIT into a scratch folder and checks its
# index.html as a visitor's browser would: html-validate (the standard,
# accessibility and document presets), then headless Chromium
# (index_page_in_chromium.cjs).
# Then that the check can fail: the same page with a thumbnail gone must be
# refused. The npm packages are installed once into NPM_FOLDER.
#   tests/ci/check_index_page.sh COOPKIT NPM_FOLDER [SCREENSHOTS]
set -eu
coopkit=$1
npm_folder=$2
screenshots=${3:-}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/coopkit-index-XXXXXX")
trap 'rm -rf "$work"' EXIT

modules=$npm_folder/node_modules
if [ ! -d "$modules/playwright-core" ] || [ ! -d "$modules/html-validate" ]; then
  mkdir -p "$npm_folder"
  npm install --prefix "$npm_folder" --no-audit --no-fund --no-save --silent \
    playwright-core@1.49.1 html-validate@8.29.0
fi

cd "$here/../.."
SOURCE_DATE_EPOCH=1796083200 "$coopkit" build -q --out "$work/out" \
  --sources https://example.org/crge/kit
# Every rule for whole documents but subresource integrity, which is for
# files from other hosts (the page has none).
"$modules/.bin/html-validate" --preset standard,a11y,document --rule require-sri:off \
  "$work/out/index.html"
NODE_PATH=$modules node "$here/index_page_in_chromium.cjs" "$work/out" $screenshots

rm "$work"/out/thumbnails/guide-*.png
if NODE_PATH=$modules node "$here/index_page_in_chromium.cjs" "$work/out" >"$work/log" 2>&1 ||
  ! grep -q "thumbnails/guide-.*\.png does not load" "$work/log"; then
  cat "$work/log" >&2
  echo "FAIL: the Chromium check did not refuse a page whose image is missing" >&2
  exit 1
fi
