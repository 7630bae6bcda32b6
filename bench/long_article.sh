#!/usr/bin/env bash
# Cost of one long article: the paragraphs of the BBC development set joined
# into one English article of N bytes (default 2,500,000) and of a tenth of
# that, each briefed by `precis brief` (median of 3 runs of /usr/bin/time:
# wall seconds and peak resident KB). Linear cost means the two differ ten
# times. "wrapped": the long article's text hard-wrapped at 72 columns with
# no blank line, as plain text often comes: the reader joins its lines
# again.
# Usage: bench/long_article.sh [build-dir] [bytes]
set -euo pipefail
build=${1:-build}
bytes=${2:-2500000}
data=$(cd "$(dirname "$0")/../../shared/data/summarization" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$data/en_bbc_dev.jsonl" "$bytes" "$tmp" <<'PY'
import json, sys
source, size, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
paragraphs = []
for line in open(source, encoding="utf-8"):
    paragraphs += json.loads(line)["paragraphs"]
    if sum(len(p) for p in paragraphs) > size:
        break
for name, cut in (("long", size), ("tenth", size // 10)):
    kept, total = [], 0
    for p in paragraphs:
        if total > cut:
            break
        kept.append(p)
        total += len(p)
    open(f"{out}/{name}.txt", "w", encoding="utf-8").write("A long article\n\n" + "\n\n".join(kept))
    if name == "long":
        import textwrap
        lines = textwrap.wrap(" ".join(kept), 72)
        open(f"{out}/wrapped.txt", "w", encoding="utf-8").write("A long article\n\n" + "\n".join(lines) + "\n")
PY
for name in tenth long wrapped; do
  runs=()
  for _ in 1 2 3; do
    /usr/bin/time -f '%e %M' -o "$tmp/t" "$build/precis" brief "$tmp/$name.txt" > /dev/null
    runs+=("$(cat "$tmp/t")")
  done
  median=$(printf '%s\n' "${runs[@]}" | sort -n | sed -n 2p)
  printf '%-7s %9d bytes  %s s  %s KB\n' "$name" "$(wc -c < "$tmp/$name.txt")" ${median}
done
