#!/usr/bin/env bash
# The shared store's throughput: `parallax ingest` of one generated stream into a throwaway PostgreSQL server by
# 1, 2 and 4 workers (`--shard K/N`), each worker timed from its start to the last one's exit, beside one worker
# into SQLite; then the latency of a story read through `parallax serve` while two workers ingest.
#
#   Benchmarks/Postgres/run.sh                   # 4,000 articles
#   COUNT=2000 Benchmarks/Postgres/run.sh
#
# Needs ../shared/bench (the stream is made from its real texts) and PostgreSQL's server binaries (installed by
# Scripts/postgres-server.sh when missing). Prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/../.."
SHARED=${PARALLAX_SHARED:-../shared}
COUNT=${COUNT:-4000}
OUT=${OUT:-/tmp/parallax-postgres-bench}
WORKERS=${WORKERS:-"1 2 4"}
READS=${READS:-40}

swift build -c release --product parallax >/dev/null
swift build -c release --product stream-benchmark >/dev/null
BIN=.build/release
rm -rf "$OUT" && mkdir -p "$OUT"
"$BIN/stream-benchmark" generate "$SHARED/bench" "$OUT/stream" --count "$COUNT" >/dev/null
STREAM="$OUT/stream/stream.jsonl"

SERVER=$(bash Scripts/postgres-server.sh start "$OUT/pg")
trap 'kill $(jobs -p) 2>/dev/null || true; bash Scripts/postgres-server.sh stop "$OUT/pg" || true' EXIT
database() { # a fresh database's URL
  psql "$SERVER" -XqAt -c "CREATE DATABASE $1" >/dev/null
  echo "${SERVER%/*}/$1"
}
now() { date +%s.%N; }

# Runs $1 workers into store $2; prints the seconds from the first start to the last exit.
ingest() {
  local workers=$1 store=$2 start end pids=()
  start=$(now)
  for k in $(seq 1 "$workers"); do
    "$BIN/parallax" ingest --store "$store" --shard "$k/$workers" "$STREAM" >"$OUT/ingest-$workers-$k.log" 2>&1 &
    pids+=($!)
  done
  for pid in "${pids[@]}"; do wait "$pid"; done
  end=$(now)
  python3 -c "print(f'{$end - $start:.2f}')"
}

echo "| store | workers | articles | seconds | articles/s | stories |"
echo "|---|---|---|---|---|---|"
seconds=$(ingest 1 "$OUT/one.sqlite")
stories=$("$BIN/parallax" stories --store "$OUT/one.sqlite" | tail -n +2 | wc -l)
echo "| SQLite | 1 | $COUNT | $seconds | $(python3 -c "print(round($COUNT / $seconds, 1))") | $stories |"
for workers in $WORKERS; do
  url=$(database "workers_$workers")
  seconds=$(ingest "$workers" "$url")
  stored=$(psql "$url" -XqAt -c "SELECT COUNT(*) FROM article")
  stories=$("$BIN/parallax" stories --store "$url" | tail -n +2 | wc -l)
  echo "| PostgreSQL | $workers | $stored | $seconds | $(python3 -c "print(round($stored / $seconds, 1))") | $stories |"
done

# Reads under load: a server on a store that holds the first half of the stream, read while two workers ingest
# the second half. Each read of a story that changed since the last one briefs it again.
url=$(database reads)
head -n $((COUNT / 2)) "$STREAM" > "$OUT/first-half.jsonl"
tail -n +$((COUNT / 2 + 1)) "$STREAM" > "$OUT/second-half.jsonl"
"$BIN/parallax" ingest --store "$url" "$OUT/first-half.jsonl" >/dev/null 2>&1
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$BIN/parallax" serve --store "$url" --port "$port" >"$OUT/serve.log" 2>&1 &
until curl -sf "http://127.0.0.1:$port/health" >/dev/null; do sleep 0.2; done
story=$(curl -sf "http://127.0.0.1:$port/api/stories?limit=200" | python3 -c '
import json, sys
stories = json.load(sys.stdin)["stories"]
print(max(stories, key=lambda s: (s["articles"], s["id"]))["id"])')
read_times() { # $1 reads of the story's brief; prints each time_total in seconds
  for _ in $(seq 1 "$READS"); do
    curl -s -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$port/api/stories/$story"
    sleep 0.1
  done
}
read_times > "$OUT/reads-idle.txt"
workers=()
for k in 1 2; do
  "$BIN/parallax" ingest --store "$url" --shard "$k/2" "$OUT/second-half.jsonl" >"$OUT/reads-ingest-$k.log" 2>&1 &
  workers+=($!)
done
# Reads for as long as either worker runs.
while kill -0 "${workers[0]}" 2>/dev/null || kill -0 "${workers[1]}" 2>/dev/null; do
  curl -s -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$port/api/stories/$story"
  sleep 0.1
done > "$OUT/reads-busy.txt"
for pid in "${workers[@]}"; do wait "$pid"; done
python3 - "$OUT/reads-idle.txt" "$OUT/reads-busy.txt" "$story" <<'PY'
import statistics, sys
def summary(path):
    times = sorted(float(line) * 1000 for line in open(path) if line.strip())
    return statistics.median(times), times[int(0.95 * (len(times) - 1))], len(times)
print()
print(f"Story {sys.argv[3]} read through GET /api/stories/ID (the brief as JSON):")
print("| while | reads | median ms | p95 ms |")
print("|---|---|---|---|")
for label, path in (("nothing else runs", sys.argv[1]), ("two workers ingest", sys.argv[2])):
    median, p95, n = summary(path)
    print(f"| {label} | {n} | {median:.1f} | {p95:.1f} |")
PY
