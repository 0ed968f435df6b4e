#!/usr/bin/env bash
# The Spark backfill's speed: a generated stream (from the real bench texts) dated over one year and split into
# files of 1,000 articles, backfilled with spark-submit --master local[1] and then local[2] on this machine (30-day
# story windows; CORES names other core counts); prints articles/s and articles/s per core.
#
#   Benchmarks/Spark/run.sh                       # 20,000 articles
#   COUNT=100000 Benchmarks/Spark/run.sh
#   COUNT=1000000 CORES=2 DRIVER_MEMORY=12g Benchmarks/Spark/run.sh   # 2 cores only, a larger driver
#
# Needs ../shared/bench, Java 17 and pyspark + pyarrow (SPARK_PYTHON: a Python that has them).
set -euo pipefail
cd "$(dirname "$0")/../.."
SHARED=${PARALLAX_SHARED:-../shared}
COUNT=${COUNT:-20000}
OUT=${OUT:-/tmp/parallax-spark-bench}
PY=${SPARK_PYTHON:-python3}
SUBMIT=$(dirname "$PY")/spark-submit
[ -x "$SUBMIT" ] || SUBMIT=spark-submit

swift build -c release --product parallax >/dev/null
swift build -c release --product stream-benchmark >/dev/null
rm -rf "$OUT" && mkdir -p "$OUT/files"
.build/release/stream-benchmark generate "$SHARED/bench" "$OUT/stream" --count "$COUNT" >/dev/null
# As an archive's files are: a year of articles in order, 1,000 to a file, each dated (the stream has no dates).
python3 - "$OUT/stream/stream.jsonl" "$OUT/files" "$COUNT" <<'PY'
import datetime, json, sys
source, folder, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
out = None
for number, line in enumerate(open(source)):
    if number % 1000 == 0:
        out = open(f"{folder}/part-{number // 1000:04d}.jsonl", "w")
    article = json.loads(line)
    article["published"] = str(datetime.date(2024, 1, 1) + datetime.timedelta(days=number * 365 // count))
    out.write(json.dumps(article) + "\n")
PY

echo "| cores | articles | seconds | articles/s | articles/s per core |"
echo "|---|---|---|---|---|"
for cores in ${CORES:-1 2}; do
  start=$(date +%s.%N)
  PYSPARK_PYTHON="$PY" "$SUBMIT" --master "local[$cores]" --driver-memory "${DRIVER_MEMORY:-4g}" spark/backfill.py \
    --input "$OUT/files" --output "$OUT/out-$cores" --parallax "$(pwd)/.build/release/parallax" \
    >"$OUT/run-$cores.out" 2>"$OUT/run-$cores.log"
  end=$(date +%s.%N)
  python3 -c "
seconds = $end - $start
print(f'| $cores | $COUNT | {seconds:.1f} | {$COUNT / seconds:.1f} | {$COUNT / seconds / $cores:.1f} |')"
done
grep "^backfill:" "$OUT/run-$cores.out"
