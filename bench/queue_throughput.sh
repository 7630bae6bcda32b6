#!/usr/bin/env bash
# Throughput of precis workers on a Redis Stream with a PostgreSQL store,
# both throw-away servers on Unix sockets (Debian's redis-server and
# PostgreSQL, as scripts/install-deps.sh installs them): JOBS jobs are
# queued with `precis batch --queue`, then 1, 2 and 4 worker processes
# (--jobs 1 each) drain the queue (--until-empty) into a fresh database;
# each run is timed with /usr/bin/time. Also the CPU each job costs one
# worker, and the Redis commands it sends.
#
# Usage: bench/queue_throughput.sh [BUILD_DIR] [JOBS]   (defaults: build, 2000)
# The jobs are the first JOBS/2 articles of zh_lcsts_dev and of en_bbc_dev
# (../shared/data, read in place); without ../shared, the bundled examples
# with numbered titles.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
jobs="${2:-2000}"
precis="$build/precis"
work="$(mktemp -d)"
pgbin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
as=()
if [ "$(id -u)" = 0 ]; then chown postgres "$work"; as=(runuser -u postgres --); fi
cleanup() {
  redis-cli -s "$work/redis.sock" shutdown nosave >/dev/null 2>&1 || true
  "${as[@]}" "$pgbin/pg_ctl" -D "$work/pg" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

redis-server --port 0 --unixsocket "$work/redis.sock" --dir "$work" --appendonly yes --save "" \
  --daemonize yes --logfile "$work/redis.log" >/dev/null
"${as[@]}" "$pgbin/initdb" -D "$work/pg" -U precis -A trust >/dev/null
"${as[@]}" "$pgbin/pg_ctl" -D "$work/pg" -l "$work/pg.log" -w \
  -o "-k $work -p 5499 -c listen_addresses=" start >/dev/null
for _ in $(seq 100); do redis-cli -s "$work/redis.sock" ping 2>/dev/null | grep -q PONG && break; sleep 0.05; done

python3 - "$work/jobs.jsonl" "$jobs" <<'PY'
import json, os, sys
out, n = sys.argv[1], int(sys.argv[2])
lines = []
for name in ("zh_lcsts_dev", "en_bbc_dev"):
    path = "../shared/data/summarization/%s.jsonl" % name
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            lines += [l.strip() for _, l in zip(range(n // 2), f)]
if len(lines) < n:
    from itertools import cycle
    base = []
    for f in ("examples/en-rate-decision.txt", "examples/zh-tw-typhoon.txt"):
        text = open(f, encoding="utf-8").read().split("\n\n")
        base.append([p.strip() for p in text if p.strip()])
    for i, paras in zip(range(n - len(lines)), cycle(base)):
        lines.append(json.dumps({"title": "Example %d" % i, "paragraphs": paras}, ensure_ascii=False))
open(out, "w", encoding="utf-8").write("\n".join(lines[:n]) + "\n")
PY

# CPU seconds so far of the Redis server, and of PostgreSQL: the postmaster
# with every process it has reaped (backends, whose time is added to it as
# they exit) and those still running.
server_cpu() {
  python3 - "$(redis-cli -s "$work/redis.sock" info server | tr -d '\r' | sed -n 's/^process_id://p')" \
    "$(head -1 "$work/pg/postmaster.pid")" <<'PY'
import os, sys
tick = os.sysconf("SC_CLK_TCK")
def fields(pid):
    return open("/proc/%s/stat" % pid).read().rsplit(")", 1)[1].split()
redis = fields(sys.argv[1])
pg = fields(sys.argv[2])
pg_cpu = sum(int(x) for x in pg[11:15])
for pid in filter(str.isdigit, os.listdir("/proc")):
    try:
        f = fields(pid)
    except OSError:
        continue
    if f[1] == sys.argv[2]:  # a child of the postmaster
        pg_cpu += int(f[11]) + int(f[12])
print("%.3f %.3f" % ((int(redis[11]) + int(redis[12])) / tick, pg_cpu / tick))
PY
}

# A warm-up (not reported): the data files and the servers' caches.
head -100 "$work/jobs.jsonl" >"$work/warm.jsonl"
"${as[@]}" "$pgbin/createdb" -h "$work" -p 5499 -U precis warm
"$precis" batch "$work/warm.jsonl" --queue "unix://$work/redis.sock?stream=warm" --quiet 2>/dev/null
"$precis" worker --queue "unix://$work/redis.sock?stream=warm" --until-empty \
  --store "postgresql:///warm?host=$work&port=5499&user=precis" 2>/dev/null

db=0
for workers in 1 2 4; do
  db=$((db + 1))
  stream="jobs$db"
  queue="unix://$work/redis.sock?stream=$stream"
  "${as[@]}" "$pgbin/createdb" -h "$work" -p 5499 -U precis "b$db"
  store="postgresql:///b$db?host=$work&port=5499&user=precis"
  "$precis" batch "$work/jobs.jsonl" --queue "$queue" --quiet 2>"$work/enqueue.log"
  queued=$(redis-cli -s "$work/redis.sock" xlen "$stream")
  redis-cli -s "$work/redis.sock" config resetstat >/dev/null
  read -r redis0 pg0 < <(server_cpu)
  start=$(date +%s.%N)
  pids=()
  for w in $(seq "$workers"); do
    /usr/bin/time -f "%e s wall, %U s user, %S s sys, %M KB max RSS" -o "$work/time.$w" \
      "$precis" worker --queue "$queue" --store "$store" --consumer "w$w" --until-empty 2>"$work/worker.$w" &
    pids+=($!)
  done
  for p in "${pids[@]}"; do wait "$p"; done
  end=$(date +%s.%N)
  read -r redis1 pg1 < <(server_cpu)
  stored=$("${as[@]}" "$pgbin/psql" -h "$work" -p 5499 -U precis -d "b$db" -Atc "select count(*) from briefs")
  calls=$(redis-cli -s "$work/redis.sock" info commandstats | tr -d '\r' |
    awk -F'[:=,]' '/^cmdstat_/ {n += $3} END {print n}')
  python3 - "$workers" "$queued" "$stored" "$start" "$end" "$calls" "$redis0" "$redis1" "$pg0" "$pg1" \
    "$work"/time.* <<'PY'
import sys
workers, queued, stored, start, end, calls, r0, r1, p0, p1 = sys.argv[1:11]
seconds = float(end) - float(start)
cpu = 0.0
for path in sys.argv[11:]:
    parts = open(path).read().split(",")
    cpu += float(parts[1].split()[0]) + float(parts[2].split()[0])
n = int(queued)
print("%s worker%s: %s jobs, %s briefs stored in %.2f s: %.0f jobs/s; CPU a job: workers %.2f ms, "
      "PostgreSQL %.2f ms, Redis %.2f ms; %.1f Redis commands a job" % (workers, "" if workers == "1" else "s",
      queued, stored, seconds, n / seconds, 1000 * cpu / n, 1000 * (float(p1) - float(p0)) / n,
      1000 * (float(r1) - float(r0)) / n, int(calls) / n))
PY
done
