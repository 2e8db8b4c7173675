#!/usr/bin/env bash
# Runs every check and test, then prints one closing line: "N passed, N failed".
# Each gate below runs even when an earlier one failed, so one run shows everything broken.
# Lanes run side by side (these machines have two cores); each lane's steps keep their order.
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
  lane_pids[$1]=$!
}

finish_background() { # finish_background NAME: waits for that lane, then shows its output
  wait "${lane_pids[$1]}"
  echo "── (ran alongside) $results/$1.log"
  cat "$results/$1.log"
}
declare -A lane_pids

checks() { # what needs no build
  gate lint npx biome check --error-on-warnings .
  gate convert-check npm run --silent convert -- --check
  vitest_project unit
}

typecheck() { # astro check writes the project's .astro/ (its content sync), as the builds of the real report do
  gate typecheck npx astro check --minimumSeverity warning
}

evals() { # what reads dist/ but no PDF, and builds nothing
  # Accuracy only: "each query alone" (a fresh visit per query) is a bench figure, which the bench smoke measures.
  gate search-eval npm run --silent search:eval -- --alone 0
  gate search-eval-exhaustive npm run --silent search:eval -- --exhaustive
}

bench_smoke() { # proves npm run bench still runs end to end: 1×, one run each (figures are printed, not asserted)
  # In a copy of the project: Astro keeps a project's content modules in its .astro/, so two builds of different
  # content in one project must not overlap, and the smoke's builds run beside the site tests' own builds.
  # The copy shares node_modules (and its caches) and the anchor folder, where the anchor's install is kept.
  local copy
  copy=$(mktemp -d "${TMPDIR:-/tmp}/npm-test-bench-XXXXXX")
  git ls-files -z --cached --others --exclude-standard | tar --null --ignore-failed-read -T - -cf - | tar -xf - -C "$copy"
  ln -s "$PWD/node_modules" "$copy/node_modules"
  rm -rf "$copy/bench/anchor" && ln -s "$PWD/bench/anchor" "$copy/bench/anchor"
  gate bench-smoke bash -c "cd '$copy' && npm run --silent bench -- --smoke"
  mkdir -p bench/results && cp "$copy/bench/results/smoke.json" bench/results/ 2>/dev/null
  rm -rf "$copy"
}

# The bench smoke and the checks that need no build run beside everything else.
in_background bench-smoke bench_smoke
in_background checks checks
in_background typecheck typecheck

# The two site variants are built once; every later step and test file reads them.
gate build npm run --silent build
gate build-base env BASE_PATH=/report/ SITE_URL=https://report.example OUT_DIR=dist-base npm run --silent build

in_background evals evals
gate pdf npm run --silent pdf
# The site tests build reports of other content in this project: not while astro check syncs it.
finish_background typecheck
vitest_project site
finish_background checks
finish_background evals
finish_background bench-smoke

seconds=$(($(date +%s) - start))
printf '{ "finished": "%s", "seconds": %d, "installedPackages": %s }\n' \
  "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$seconds" "$([ $packages_missing -eq 1 ] && echo true || echo false)" \
  >"$results/timing.json"
echo "npm test: ${seconds} s; each gate's seconds: $results/gates.tsv"
node scripts/test-summary.ts "$results"
