#!/usr/bin/env bash
# Retakes the screenshots under docs/screenshots/ from a fresh release build.
set -euo pipefail
cd "$(dirname "$0")/.."
make build
mkdir -p docs/screenshots
(cd e2e && PGCARVE_SCREENSHOTS=1 npx playwright test --workers=1 \
  tests/screenshot.spec.ts tests/theme.spec.ts tests/diagram.spec.ts tests/drag.spec.ts)
ls -l docs/screenshots
