#!/bin/sh
# make-forum.sh: --help, a wrong N refused, and a forum of 3 contributions
# that `coopkit build --batch` builds whole: three kits, the third left out of
# the programme (its authors did not agree), the others in it.
#   sh make_forum_test.sh COOPKIT
set -eu
coopkit="$1"
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../.."
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

sh "$here/make-forum.sh" --help | grep -q "Usage: make-forum.sh" || fail "--help"
if sh "$here/make-forum.sh" trois "$scratch/bad" 2>/dev/null; then fail "N=trois accepted"; fi

sh "$here/make-forum.sh" 3 "$scratch/forum"
[ "$(ls "$scratch/forum" | wc -l)" -eq 3 ] || fail "not 3 exports: $(ls "$scratch/forum")"
organisations="$(grep -h "^Organisation porteuse" "$scratch"/forum/*.txt | sort -u | wc -l)"
[ "$organisations" -eq 3 ] || fail "the exports share an organisation"
grep -q "site.*: Non$" "$scratch/forum/contribution-0003.txt" || fail "0003 has consent"

cd "$root"
SOURCE_DATE_EPOCH=1700000000 CI=true "$coopkit" build --batch "$scratch/forum" \
  --out "$scratch/out" >"$scratch/log" 2>&1 || { cat "$scratch/log"; fail "the batch failed"; }
for kit in contribution-0001 contribution-0002 contribution-0003; do
  [ -s "$scratch/out/$kit/contribution.pdf" ] || fail "no kit for $kit"
done
grep -q "not in the programme: .*contribution-0003.txt" "$scratch/log" || fail "0003 published"
if grep -q "not in the programme: .*contribution-000[12]" "$scratch/log"; then
  fail "a consenting contribution left out"
fi
echo "make-forum.sh: 3 contributions built"
