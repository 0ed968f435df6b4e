#!/usr/bin/env bash
# The Spark backfill in local mode on a sample, checked against the single-process tools on the same files:
# copies exactly those of `parallax dedup` (exact and near-duplicate), stories at BCubed F1 >= 0.99 against
# `parallax ingest`, and the store it loads listing exactly the stories `ingest` makes.
#
#   spark/test_backfill.sh [POSTGRES_URL]     # the store is a new database on that server, else a SQLite file
#
# Needs Java 17 and pyspark + pyarrow (SPARK_PYTHON: a Python that has them, default python3; spark-submit from
# that environment) and a release build of parallax (built here when missing; PARALLAX_BIN names another).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${SPARK_PYTHON:-python3}
SUBMIT=${SPARK_SUBMIT:-$(dirname "$PY")/spark-submit}
[ -x "$SUBMIT" ] || SUBMIT=spark-submit
OUT=$(mktemp -d /tmp/parallax-spark-test.XXXXXX)
trap 'rm -rf "$OUT"' EXIT
BIN=${PARALLAX_BIN:-$(pwd)/.build/release/parallax}
[ -x "$BIN" ] || swift build -c release --product parallax >/dev/null

# The sample: the Samples story (wire copies, rewrites, a follow-up, an unrelated story) as JSON Lines, its
# feed, and the same articles as web pages in a WARC archive.
mkdir -p "$OUT/input"
"$PY" - "$OUT/input/samples.jsonl" Samples/*.txt <<'PY'
import json, os, sys
with open(sys.argv[1], "w") as out:
    for path in sys.argv[2:]:
        out.write(json.dumps({"id": os.path.basename(path), "text": open(path).read()}) + "\n")
PY
cp Samples/feeds.jsonl "$OUT/input/feeds.jsonl"
# With ../shared, also the 100 MultiLing 2011 articles (ten stories followed over days), one file per topic.
MULTILING=${PARALLAX_SHARED:-../shared}/bench/summarization/multiling2011-en/SourceTexts
if [ -d "$MULTILING" ]; then
  "$PY" - "$OUT/input" "$MULTILING" <<'PY'
import json, os, sys
out, folder = sys.argv[1], sys.argv[2]
for name in sorted(os.listdir(folder)):
    with open(os.path.join(out, f"multiling-{name[:4]}.jsonl"), "a") as topic:
        topic.write(json.dumps({"id": name, "text": open(os.path.join(folder, name), encoding="utf-8").read()}) + "\n")
PY
fi
cp Tests/ParallaxInputTests/Fixtures/samples.warc.gz "$OUT/input/samples.warc.gz"
FILES=$(ls "$OUT"/input/* | sort)

if [ -n "${1:-}" ]; then
  database="parallax_spark_$$"
  psql "$1" -XqAt -c "CREATE DATABASE $database"
  STORE="${1%/*}/$database"
else
  STORE="$OUT/loaded.sqlite"
fi

# One story window holds the whole sample (its dates span years), as `ingest` sees it.
PYSPARK_PYTHON="$PY" "$SUBMIT" --master 'local[2]' spark/backfill.py --input "$OUT/input" --output "$OUT/backfill" \
  --window-days 100000 --store "$STORE" --parallax "$BIN" >"$OUT/spark.out" 2>"$OUT/spark.log" || { grep -v "^\s*at \|INFO" "$OUT/spark.log" | tail -40; exit 1; }
grep '^backfill:' "$OUT/spark.out"

# shellcheck disable=SC2086
"$BIN" ingest --store "$OUT/reference.sqlite" $FILES >/dev/null
# shellcheck disable=SC2086
"$BIN" dedup --format json $FILES > "$OUT/dedup.json"
"$BIN" stories --store "$STORE" --format json > "$OUT/loaded-stories.json"
"$BIN" stories --store "$OUT/reference.sqlite" --format json > "$OUT/reference-stories.json"
"$PY" spark/check_backfill.py "$OUT/backfill" "$OUT/reference.sqlite" "$OUT/dedup.json" \
  "$OUT/loaded-stories.json" "$OUT/reference-stories.json"
[ -n "${1:-}" ] && psql "$1" -XqAt -c "DROP DATABASE $database WITH (FORCE)"
echo "spark backfill: ok"
