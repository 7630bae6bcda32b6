#!/usr/bin/env bash
# Throughput of `precis batch` with --jobs 1 and --jobs 2 over the BBC and
# LCSTS development sets (3,112 articles), JSONL output; prints wall times
# (median of 5 runs each, /usr/bin/time) and the speed-up.
# Usage: bench/batch_scaling.sh [build-dir]
set -euo pipefail
build=${1:-build}
data=$(cd "$(dirname "$0")/../../shared/data/summarization" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
run() {  # jobs -> seconds
  local times=()
  for _ in 1 2 3 4 5; do
    rm -f "$tmp/out.jsonl"
    /usr/bin/time -f %e -o "$tmp/t" "$build/precis" batch "$data/en_bbc_dev.jsonl" \
      "$data/zh_lcsts_dev.jsonl" --out "$tmp/out.jsonl" --jobs "$1" --quiet 2>/dev/null
    times+=("$(cat "$tmp/t")")
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 3p
}
one=$(run 1)
two=$(run 2)
echo "jobs 1: ${one} s   jobs 2: ${two} s   speed-up: $(echo "scale=2; $one / $two" | bc)x"
