#!/usr/bin/env bash
# Installs everything precis needs to build, test and run, from Debian 12 packages.
# Usage: scripts/install-deps.sh   (as root, or with sudo available)
set -euo pipefail

packages=(
  build-essential cmake pkg-config ca-certificates
  # text processing
  libicu-dev libstemmer-dev libopencc-dev opencc darts
  # data converted at build time into precis' own tables
  python3-jieba pinyin-database libsqlite3-dev wordnet-base
  # web pages
  libgumbo-dev libuchardet-dev zlib1g-dev libcurl4-openssl-dev libcpp-httplib-dev libpugixml-dev
  # command line, JSON
  libcli11-dev nlohmann-json3-dev
  # tests and benchmarks
  libgtest-dev libgmock-dev libbenchmark-dev
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#packages[@]} packages already installed"
  exit 0
fi

SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
