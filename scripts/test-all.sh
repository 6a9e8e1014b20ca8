#!/usr/bin/env bash
# `npm test`: the whole gate, in the order CI runs it — typecheck, lint + format, electron-builder
# config, unit/integration (Vitest), build (web + Electron/Node bundles), packaging (Vitest on the built out/),
# e2e (Playwright in Chromium against the built host).
# Every stage runs even when an earlier one failed, so one run shows everything; the last line is
# `N passed, N failed` (tests counted individually; typecheck/lint/build count as one check each).
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results
passed=0 failed=0 skipped=0
failures=()
check() { # name, command...
  local name=$1; shift
  printf '\n=== %s\n' "$name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); failures+=("$name"); fi
}
count_json() { # file, node expression printing "passed failed skipped"
  node -e "$2" "$1" 2>/dev/null || echo "0 1 0"
}
VITEST_COUNT="const r=require(require('path').resolve(process.argv[1]));console.log(r.numPassedTests, r.numFailedTests + (r.numFailedTestSuites||0), r.numPendingTests + r.numTodoTests)"
vitest_stage() { # name, json file, vitest args...
  local name=$1 json=$2; shift 2
  printf '\n=== %s (vitest)\n' "$name"
  rm -f "$json"
  npx vitest run --reporter=default --reporter=json --outputFile.json="$json" "$@"
  local rc=$?
  read -r vp vf vs < <(count_json "$json" "$VITEST_COUNT")
  passed=$((passed + vp)) failed=$((failed + vf)) skipped=$((skipped + vs))
  if [ "$rc" -ne 0 ] && [ "$vf" -eq 0 ]; then failed=$((failed + 1)); failures+=("$name: vitest exit $rc"); fi
}

check "typecheck" bash -c 'for p in preload/contract main native preload renderer tests; do npx tsc -p $p/tsconfig.json || exit 1; done'
check "lint" npx eslint .
check "format" npx prettier --check . --log-level warn
check "electron-builder config" node scripts/validate-builder-config.cjs

vitest_stage "unit tests" test-results/unit.json

check "build (web)" npx vite build --logLevel warn
check "build (electron bundles)" npx electron-vite build --logLevel warn
# What ships: the device bundle's path, electron-builder's globs against out/ (needs the build above).
vitest_stage "packaging tests" test-results/packaging.json -c vitest.packaging.config.ts

printf '\n=== e2e (playwright, Chromium against the browser host)\n'
rm -f test-results/e2e.json
npx playwright test
e2e_rc=$?
read -r ep ef es < <(count_json test-results/e2e.json "const r=require(require('path').resolve(process.argv[1]));const s=r.stats;console.log(s.expected, s.unexpected + s.flaky, s.skipped)")
passed=$((passed + ep)) failed=$((failed + ef)) skipped=$((skipped + es))
if [ "$e2e_rc" -ne 0 ] && [ "$ef" -eq 0 ]; then failed=$((failed + 1)); failures+=("playwright exit $e2e_rc"); fi

printf '\n'
if ((${#failures[@]})); then printf 'failed stages: %s\n' "${failures[*]}"; fi
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
[ "$failed" -eq 0 ]
