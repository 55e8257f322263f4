#!/usr/bin/env bash
# Installs whatever pgcarve needs and is missing. Idempotent and quick when all is there.
#   scripts/setup.sh serve   the app's build tools: wasm32 target, trunk, wasm-bindgen-cli, wasm-opt
#   scripts/setup.sh test    the above, plus Chromium, chromedriver, libclang, PostgreSQL 15 and e2e npm packages
# Versions measured on this machine kind: ../shared/TOOLCHAIN.md.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
mode=${1:-serve}
say() { printf 'setup: %s\n' "$*"; }

ensure_wasm_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_trunk() {
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    say "installing trunk $TRUNK_VERSION (about 10 minutes the first time)"
    # Pinned: 0.22 needs a newer rustc than this machine has.
    cargo install trunk --version "$TRUNK_VERSION" --locked --force
  fi
}

# wasm-bindgen-cli must be exactly the wasm-bindgen version in Cargo.lock.
ensure_wasm_bindgen() {
  local wanted
  wanted=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)
  if [ -z "$wanted" ]; then
    echo "setup: could not find wasm-bindgen's version in Cargo.lock" >&2
    exit 1
  fi
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wanted" ]; then
    say "installing wasm-bindgen-cli $wanted (about 3 minutes)"
    # --locked can fail when its lockfile names a crate version the registry lacks.
    cargo install wasm-bindgen-cli --version "$wanted" --locked --force ||
      cargo install wasm-bindgen-cli --version "$wanted" --force
  fi
}

# npm ci into DIR unless its node_modules already matches its package-lock.json.
ensure_npm_packages() {
  local dir=$1
  if ! cmp -s "$dir/package-lock.json" "$dir/node_modules/.pgcarve-installed-lock.json"; then
    say "installing npm packages in $dir"
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --prefix "$dir" --no-audit --no-fund
    cp "$dir/package-lock.json" "$dir/node_modules/.pgcarve-installed-lock.json"
  fi
}

ensure_apt_packages() {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing Debian packages: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q "${missing[@]}"
  fi
}

ensure_wasm_target
ensure_trunk
ensure_wasm_bindgen
ensure_npm_packages tools # wasm-opt 132 from npm's binaryen; Debian's 108 breaks the app
if [ "$mode" = test ]; then
  ensure_apt_packages chromium chromium-driver libclang-dev postgresql-15
  ensure_npm_packages e2e
fi
