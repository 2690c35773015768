#!/bin/sh
# Checks .github/workflows/kit.yml against GitHub's workflow schema with
# @action-validator/cli (npm), and that the check can fail: a copy with a
# misspelt key must be refused.
set -eu
cd "$(dirname "$0")/../.."
validate() { npx --yes @action-validator/cli@0.6.0 "$1" >/dev/null 2>&1; }
if ! validate .github/workflows/kit.yml; then
  npx --yes @action-validator/cli@0.6.0 .github/workflows/kit.yml >&2 || true
  echo "FAIL: .github/workflows/kit.yml is not a valid workflow" >&2
  exit 1
fi
broken=$(mktemp --suffix=.yml)
trap 'rm -f "$broken"' EXIT
sed 's/runs-on:/runs-onn:/' .github/workflows/kit.yml >"$broken"
if validate "$broken"; then
  echo "FAIL: the validator accepted a workflow with a misspelt key" >&2
  exit 1
fi
echo "kit.yml is a valid workflow"
