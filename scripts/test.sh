#!/usr/bin/env bash
# Runs every check and test, then prints one closing line: "N passed, N failed".
# Each gate below runs even when an earlier one failed, so one run shows everything broken.
set -uo pipefail
cd "$(dirname "$0")/.."

scripts/ensure-test-packages.sh || exit 1

results=test-results
rm -rf "$results" && mkdir -p "$results"

gate() { # gate NAME COMMAND...: runs a check that counts as one test
  local name=$1
  shift
  echo "── $name: $*"
  if "$@"; then
    printf '%s\tpassed\n' "$name" >>"$results/gates.tsv"
  else
    printf '%s\tfailed\n' "$name" >>"$results/gates.tsv"
    echo "✗ $name failed"
  fi
}

vitest_project() { # vitest_project NAME: its test counts come from its JSON report
  echo "── vitest: $1"
  npx vitest run --project "$1" --reporter=default --reporter=json --outputFile="$results/vitest-$1.json"
}

gate lint npx biome check --error-on-warnings .
gate typecheck npx astro check --minimumSeverity warning
gate convert-check npm run --silent convert -- --check
vitest_project unit
gate build npm run --silent build
gate build-base env BASE_PATH=/report/ SITE_URL=https://report.example OUT_DIR=dist-base npm run --silent build
gate pdf npm run --silent pdf
gate search-eval npm run --silent search:eval
gate search-eval-exhaustive npm run --silent search:eval -- --exhaustive
vitest_project site
# 1× only, one run each: proves npm run bench still runs end to end (figures are printed, not asserted).
gate bench-smoke npm run --silent bench -- --smoke

node scripts/test-summary.ts "$results"
