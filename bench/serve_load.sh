#!/usr/bin/env bash
# Load on precis serve with wrk (Debian's), on loopback: POST /v1/briefs of a
# 2,000-character Chinese article whose content differs in every request (so
# each one is briefed and stored), then GET search; requests/s, latency
# percentiles, errors, and the server's resident memory before and after.
#
# Usage: bench/serve_load.sh [BUILD_DIR] [SECONDS]   (defaults: build, 30)
# The article is CLTS sample 5 of ../shared/data (read in place), the same
# one brief_bench times; without ../shared, the Chinese example four times.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
seconds="${2:-30}"
command -v wrk >/dev/null || { echo "serve_load: wrk not found (apt-get install wrk)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT

python3 - "$work/article.json" <<'PY'
import json, sys, os
path = "../shared/data/summarization/zh_clts_samples_dev.jsonl"
article = None
if os.path.exists(path):
    for line in open(path, encoding="utf-8"):
        j = json.loads(line)
        if j.get("id") == "clts-sample-5":
            article = {"title": j.get("title", ""), "source": j.get("source", ""), "paragraphs": j["paragraphs"]}
if article is None:
    text = open("examples/zh-ukraine-force.md", encoding="utf-8").read()
    paragraphs = [p for p in text.split("\n\n") if p.strip() and not p.startswith(("---", "title:", "#"))] * 4
    article = {"title": "示例", "paragraphs": paragraphs}
json.dump(article, open(sys.argv[1], "w", encoding="utf-8"), ensure_ascii=False, separators=(",", ":"))
print("serve_load: article of %d characters in %d paragraphs" % (sum(len(p) for p in article["paragraphs"]), len(article["paragraphs"])), file=sys.stderr)
PY

# Each request's article differs in one sentence (a counter per thread).
cat > "$work/post.lua" <<'LUA'
local f = io.open(os.getenv("PRECIS_LOAD_ARTICLE"), "r")
local article = f:read("*a")
f:close()
local head, tail = article:match('^(.-"paragraphs":%[)(.*)$')
local counter = 0
thread_id = 0  -- set in each thread by setup (a global: thread:set writes globals)
local threads = 0
setup = function(thread)
  thread:set("thread_id", threads)
  threads = threads + 1
end
request = function()
  counter = counter + 1
  local extra = '"第' .. thread_id .. '-' .. counter .. '号补充：本段内容用于区分请求。",'
  local body = '{"article":' .. head .. extra .. tail .. '}'
  return wrk.format("POST", "/v1/briefs", {["Content-Type"] = "application/json"}, body)
end
done = function(summary, latency, requests)
  io.write(string.format("non-2xx or errors: %d\n", summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
LUA
cat > "$work/get.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("non-2xx or errors: %d\n", summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
LUA

"$build/precis" serve --listen 127.0.0.1:0 --store "$work/briefs.db" --rate-limit 0 2> "$work/serve.log" &
pid=$!
for _ in $(seq 100); do grep -q listening "$work/serve.log" && break; sleep 0.1; done
port="$(sed -n 's/.*127\.0\.0\.1:\([0-9]*\)\/.*/\1/p' "$work/serve.log" | head -1)"
url="http://127.0.0.1:$port"
rss() { awk '/VmRSS/ {print $2 " kB"}' "/proc/$pid/status"; }
echo "serve_load: server RSS at start $(rss)"
export PRECIS_LOAD_ARTICLE="$work/article.json"
wrk -t2 -c4 -d10s -s "$work/post.lua" "$url" > /dev/null
warm="$(rss)"
echo "serve_load: server RSS after a 10 s warm-up of POSTs $warm"
echo "== POST /v1/briefs, new content each request, ${seconds} s"
wrk -t2 -c4 -d"${seconds}s" --latency -s "$work/post.lua" "$url" | grep -E 'Latency|50%|90%|99%|Requests/sec|requests in|errors|Non-2xx'
echo "serve_load: server RSS after the POSTs $(rss); briefs stored: $(curl -s --noproxy '*' "$url/metrics" | awk '/^precis_briefs_stored/ {print $2}')"
echo "== GET /v1/briefs?q=... (search), ${seconds} s"
wrk -t2 -c8 -d"${seconds}s" --latency -s "$work/get.lua" "$url/v1/briefs?q=%E8%A1%A5%E5%85%85&limit=20" | grep -E 'Latency|50%|90%|99%|Requests/sec|requests in|errors|Non-2xx'
after="$(rss)"
echo "serve_load: server RSS after the searches $after ($(awk -v a="${warm% kB}" -v b="${after% kB}" 'BEGIN {printf "%+.1f %%", 100 * (b - a) / a}') since the warm-up); requests answered: $(curl -s --noproxy '*' "$url/metrics" | awk '/^precis_requests_total/ {n += $NF} END {print n}')"
echo "serve_load: store $(du -h "$work/briefs.db" | cut -f1) (plus WAL $(du -h "$work/briefs.db-wal" 2>/dev/null | cut -f1))"
