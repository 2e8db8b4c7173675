#!/usr/bin/env bash
# Runs every check and test, then prints one closing line: "N passed, N failed".
# Each gate below runs even when an earlier one failed, so one run shows everything broken.
# Two lanes run side by side (these machines have two cores); each lane's steps keep their order.
set -uo pipefail
cd "$(dirname "$0")/.."

start=$(date +%s)
packages_missing=0
scripts/ensure-test-packages.sh --check >/dev/null 2>&1 || packages_missing=1
scripts/ensure-test-packages.sh || exit 1

results=test-results
rm -rf "$results" && mkdir -p "$results"

gate() { # gate NAME COMMAND...: runs a check that counts as one test; records its outcome and seconds
  local name=$1 started=$SECONDS outcome=passed
  shift
  echo "── $name: $*"
  "$@" || outcome=failed
  printf '%s\t%s\t%d\n' "$name" "$outcome" $((SECONDS - started)) >>"$results/gates.tsv"
  [ $outcome = passed ] || echo "✗ $name failed"
}

vitest_project() { # vitest_project NAME: its test counts come from its JSON report
  local started=$SECONDS
  echo "── vitest: $1"
  npx vitest run --project "$1" --reporter=default --reporter=json --outputFile="$results/vitest-$1.json"
  printf 'vitest %s: %d s\n' "$1" $((SECONDS - started))
}

in_background() { # in_background NAME FUNCTION: runs a lane beside this one, its output kept in a log
  "$2" >"$results/$1.log" 2>&1 &
  lane_pid=$!
  lane_log="$results/$1.log"
}

finish_background() { # waits for the lane started last, then shows its output
  wait "$lane_pid"
  echo "── (ran alongside) $lane_log"
  cat "$lane_log"
}

checks() { # what needs no build
  gate lint npx biome check --error-on-warnings .
  gate typecheck npx astro check --minimumSeverity warning
  gate convert-check npm run --silent convert -- --check
  vitest_project unit
}

evals() { # what reads dist/ but no PDF, and builds nothing
  gate search-eval npm run --silent search:eval
  gate search-eval-exhaustive npm run --silent search:eval -- --exhaustive
}

# The two site variants are built once; every later step and test file reads them.
in_background checks checks
gate build npm run --silent build
gate build-base env BASE_PATH=/report/ SITE_URL=https://report.example OUT_DIR=dist-base npm run --silent build
finish_background

in_background evals evals
gate pdf npm run --silent pdf
vitest_project site
finish_background

# Alone: two builds of different content at once would share Astro's .astro/ (its content modules).
# 1× only, one run each: proves npm run bench still runs end to end (figures are printed, not asserted).
gate bench-smoke npm run --silent bench -- --smoke

seconds=$(($(date +%s) - start))
printf '{ "finished": "%s", "seconds": %d, "installedPackages": %s }\n' \
  "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$seconds" "$([ $packages_missing -eq 1 ] && echo true || echo false)" \
  >"$results/timing.json"
echo "npm test: ${seconds} s; each gate's seconds: $results/gates.tsv"
node scripts/test-summary.ts "$results"
