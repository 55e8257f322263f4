#!/usr/bin/env bash
# Runs every test of pgcarve and ends with one line: `N passed, M failed`.
#   1. native cargo tests of all crates (the real-PostgreSQL tests among them)
#   2. the release build of the wasm app (counts as one test)
#   3. the Playwright suite in headless Chromium against the built dist/
# Expects scripts/setup.sh test to have run (make test does that).
set -uo pipefail
cd "$(dirname "$0")/.."
logs=target/test-logs
mkdir -p "$logs"
passed=0
failed=0
skipped=0

stage() { printf '\n=== %s ===\n' "$*"; }

stage "native cargo tests (all crates, real PostgreSQL included)"
cargo test --workspace --locked --no-fail-fast 2>&1 | tee "$logs/cargo.log"
cargo_status=${PIPESTATUS[0]}
read -r cargo_passed cargo_failed cargo_ignored < <(
  awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i; if ($(i+1) ~ /^ignored/) g += $i } }
       END { print p + 0, f + 0, g + 0 }' "$logs/cargo.log")
if [ "$cargo_status" -ne 0 ] && [ "$cargo_failed" -eq 0 ]; then
  cargo_failed=1 # it did not build, or a test binary crashed
fi
passed=$((passed + cargo_passed)); failed=$((failed + cargo_failed)); skipped=$((skipped + cargo_ignored))

stage "wasm release build (trunk)"
cargo fetch --locked
if trunk build --release --offline 2>&1 | tee "$logs/trunk.log"; then
  passed=$((passed + 1))
else
  failed=$((failed + 1))
fi

stage "Playwright in headless Chromium"
if [ -f dist/index.html ]; then
  (cd e2e && PLAYWRIGHT_JSON_OUTPUT_NAME="../$logs/playwright.json" npx playwright test --reporter=list,json)
  read -r e2e_passed e2e_failed e2e_skipped < <(node -e '
    const fs = require("fs");
    try {
      const report = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
      const s = report.stats;
      // A spec file that fails to load is an error, not a test: count it as a failure.
      console.log(s.expected + s.flaky, s.unexpected + (report.errors || []).length, s.skipped);
    } catch (e) { console.log(0, 1, 0); }' "$logs/playwright.json")
else
  echo "no dist/ to test: the wasm build failed"
  e2e_passed=0; e2e_failed=1; e2e_skipped=0
fi
passed=$((passed + e2e_passed)); failed=$((failed + e2e_failed)); skipped=$((skipped + e2e_skipped))

echo
if [ "$skipped" -gt 0 ]; then
  echo "$skipped tests were skipped or ignored: a skipped test is not a pass"
  failed=$((failed + skipped))
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
