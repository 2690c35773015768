#!/bin/sh
# Checks the scheduled-build files against their CI's schema, and that each
# check can fail: a copy with a misspelt key must be refused.
# .github/workflows/kit.yml: @action-validator/cli (GitHub's workflow schema);
# .gitlab-ci.yml: gitlab-ci-local --list (GitLab's CI schema), in a scratch
# git repository holding only that file. Both come from npm.
set -eu
cd "$(dirname "$0")/../.."
scratch=$(mktemp -d "${TMPDIR:-/tmp}/coopkit-workflows-XXXXXX")
trap 'rm -rf "$scratch"' EXIT

github() { npx --yes @action-validator/cli@0.6.0 "$1"; }
gitlab() {
  rm -rf "$scratch/gitlab" && mkdir "$scratch/gitlab" && cp "$1" "$scratch/gitlab/.gitlab-ci.yml"
  (cd "$scratch/gitlab" && git init -q && npx --yes gitlab-ci-local@4.52.2 --list)
}

# check NAME VALIDATOR FILE MISSPELLING: FILE must pass, its copy with the
# sed expression MISSPELLING applied must not.
check() {
  if ! "$2" "$3" >"$scratch/log" 2>&1; then
    cat "$scratch/log" >&2
    echo "FAIL: $3 is not a valid $1 file" >&2
    exit 1
  fi
  sed "$4" "$3" >"$scratch/broken.yml"
  if "$2" "$scratch/broken.yml" >/dev/null 2>&1; then
    echo "FAIL: the $1 check accepted a copy of $3 with a misspelt key" >&2
    exit 1
  fi
  echo "$3 is a valid $1 file"
}
check "GitHub Actions workflow" github .github/workflows/kit.yml 's/runs-on:/runs-onn:/'
check "GitLab CI" gitlab .gitlab-ci.yml 's/^  artifacts:/  artifactz:/'
