#!/bin/sh
# Builds the fuzz preset (clang, libFuzzer, ASan + UBSan) and runs each fuzz
# target for SECONDS (default 30) on a copy of its seed corpus, so that the
# committed corpus never grows. Every crash, leak, timeout or memory blow-up
# is copied into tests/fuzz/regressions/<target>/, where fuzz_replay_test
# replays it on every build; the script then exits with status 1.
#   tests/fuzz/run_fuzzers.sh [SECONDS]
set -eu

cd "$(dirname "$0")/../.."
seconds=${1:-30}
fuzz_dir=tests/fuzz
build_dir=build-fuzz

launcher=""
command -v ccache >/dev/null 2>&1 && launcher="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"
# shellcheck disable=SC2086
[ -f "$build_dir/CMakeCache.txt" ] || cmake --preset fuzz $launcher >/dev/null
cmake --build --preset fuzz -j "$(nproc 2>/dev/null || echo 2)" >/dev/null

work=$(mktemp -d "${TMPDIR:-/tmp}/coopkit-fuzz-XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
export ASAN_OPTIONS=detect_leaks=1:strict_string_checks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan-suppressions.txt"

found=0
# target:max_len (bytes): room for the largest seed and then some.
for spec in yaml:16384 template:8192 markdown:16384 image:32768 font:655360 forum_export:16384 csv_table:8192; do
  target=${spec%%:*}
  mkdir -p "$work/$target/corpus" "$work/$target/artifacts" "$work/$target/tmp"
  for seed in "$fuzz_dir/corpus/$target"/*; do
    case "$seed" in
      *.list) xargs cp -t "$work/$target/corpus/" <"$seed" ;;  # kept elsewhere: Debian's fonts
      *) cp "$seed" "$work/$target/corpus/" ;;
    esac
  done
  status=0
  TMPDIR=$work/$target/tmp "$build_dir/tests/fuzz/${target}_fuzzer" \
    -max_total_time="$seconds" -max_len="${spec#*:}" -rss_limit_mb=2048 -timeout=10 \
    -dict="$fuzz_dir/$target.dict" -artifact_prefix="$work/$target/artifacts/" \
    "$work/$target/corpus" >"$work/$target/log" 2>&1 || status=$?
  runs=$(sed -n 's/^#\([0-9]*\).*DONE.*/\1/p' "$work/$target/log" | tail -n 1)
  artifacts=$(ls "$work/$target/artifacts")
  if [ "$status" = 0 ] && [ -z "$artifacts" ]; then
    echo "$target: ${runs:-?} inputs in $seconds s, nothing found"
    continue
  fi
  found=1
  mkdir -p "$fuzz_dir/regressions/$target"
  echo "$target: FOUND A BUG (libFuzzer exit $status); the end of its report:" >&2
  tail -n 60 "$work/$target/log" >&2
  for artifact in $artifacts; do
    cp "$work/$target/artifacts/$artifact" "$fuzz_dir/regressions/$target/$artifact"
    echo "  kept as $fuzz_dir/regressions/$target/$artifact: rename it after what it is," \
      "fix the bug and commit both (fuzz_replay_test replays it)" >&2
  done
done
exit "$found"
